import { type GraphQLFormattedError, GraphQLError } from 'graphql';
import type { Config } from '../config';
import { isDatabaseUnreachable } from '../db/unavailable';
import { ERROR_CODES } from '../errors';

const KNOWN_CODES = new Set<string>([...Object.keys(ERROR_CODES), 'PERSISTED_QUERY_NOT_SUPPORTED']);

/** graphql-js's message when a document passes `parseOptions.maxTokens` (graphql 16 writes "more that"). */
const TOKEN_LIMIT = /Document contains more tha[nt] \d+ tokens/;

/** The code a client sees: a known code, or INTERNAL_SERVER_ERROR for anything unexpected. */
export function clientCode(formatted: GraphQLFormattedError, error: unknown): string {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
  // Limits found while parsing or validating reach us wrapped by Apollo as parse/validation failures.
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && original instanceof GraphQLError && original.extensions.code === 'QUERY_TOO_COMPLEX') return 'QUERY_TOO_COMPLEX';
  if (code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message)) return 'QUERY_TOO_COMPLEX';
  if (code === 'INTERNAL_SERVER_ERROR' && isDatabaseUnreachable(error)) return 'DATABASE_UNAVAILABLE';
  return KNOWN_CODES.has(code) ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * Keeps errors that carry a known code (without any stack trace); anything else reaches the
 * client as INTERNAL_SERVER_ERROR, with no detail in production. Internal errors are logged with
 * their request id by the error-log plugin, not here.
 */
export function formatError(config: Config) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = clientCode(formatted, error);
    if (code === 'DATABASE_UNAVAILABLE') {
      return { message: ERROR_CODES.DATABASE_UNAVAILABLE.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    if (code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _drop, exception: _dropToo, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    return {
      message: config.env === 'production' ? ERROR_CODES.INTERNAL_SERVER_ERROR.message : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
