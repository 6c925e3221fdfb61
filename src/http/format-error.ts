import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Config } from '../config';
import { ERROR_CODES } from '../errors';
import type { Logger } from '../logger';

const KNOWN_CODES = new Set<string>([...Object.keys(ERROR_CODES), 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Keeps errors that carry a known code; anything else is logged in full and reaches the client
 * as INTERNAL_SERVER_ERROR with no detail (in production) — never a stack trace.
 */
export function formatError(config: Config, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
    if (code !== 'INTERNAL_SERVER_ERROR' && KNOWN_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'internal error in GraphQL execution');
    return {
      message: config.env === 'production' ? ERROR_CODES.INTERNAL_SERVER_ERROR.message : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
