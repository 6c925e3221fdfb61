import { GraphQLScalarType, Kind } from 'graphql';
import type { Resolvers } from './__generated__/graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw new TypeError(`Date must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Calendar dates travel as YYYY-MM-DD strings, as IATI writes them. */
const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

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
