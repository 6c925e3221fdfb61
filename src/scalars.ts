import { GraphQLScalarType, Kind } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Resolvers } from './__generated__/graphql';

/**
 * Calendar dates travel as YYYY-MM-DD strings, as IATI writes them: graphql-scalars' LocalDate
 * (which checks that the day exists), under the schema's name `Date`.
 */
const DateScalar = new GraphQLScalarType({ ...GraphQLLocalDate.toConfig(), name: 'Date', description: 'A calendar date, ISO 8601 (YYYY-MM-DD).' });

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new TypeError(`DateTime must be ISO 8601, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Points in time; publishers' values are passed through as given (ISO 8601). */
const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const scalarResolvers: Resolvers = { Date: DateScalar, DateTime: DateTimeScalar };
