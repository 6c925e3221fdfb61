import { GraphQLError } from 'graphql';

/**
 * The closed set of error codes a client can see in `errors[].extensions.code`.
 * Documented in the README; add a code here and there together.
 */
export const ERROR_CODES = {
  BAD_REQUEST: { status: 400, message: 'The HTTP request is not a GraphQL request Concord accepts (method, content type, CSRF-safe header, missing query).' },
  BAD_USER_INPUT: { status: 400, message: 'The request arguments are invalid.' },
  GRAPHQL_PARSE_FAILED: { status: 400, message: 'The query is not valid GraphQL.' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, message: 'The query does not match the schema.' },
  PERSISTED_QUERY_NOT_FOUND: { status: 200, message: 'The persisted query hash is unknown; send the query text with its hash once.' },
  OPERATION_RESOLUTION_FAILURE: { status: 400, message: 'The operation named in operationName is not in the document.' },
  QUERY_TOO_COMPLEX: { status: 400, message: 'The query exceeds a depth, cost, alias or token limit.' },
  UNAUTHENTICATED: { status: 401, message: 'The API key is missing, unknown or revoked.' },
  FORBIDDEN: { status: 403, message: 'The API key does not allow this.' },
  NOT_FOUND: { status: 404, message: 'The requested record does not exist.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; retry later.' },
  INTERNAL_SERVER_ERROR: { status: 500, message: 'An internal error occurred.' },
  DATABASE_UNAVAILABLE: { status: 503, message: 'The database cannot be reached.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error inside a GraphQL result; the HTTP status stays 200 as partial results may come with it. */
export function concordError(code: ErrorCode, message: string = ERROR_CODES[code].message, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** An error that rejects the whole request (thrown while building the context): carries its HTTP status. */
export function requestError(code: ErrorCode, message: string = ERROR_CODES[code].message): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: ERROR_CODES[code].status } } });
}

export const notFound = (type: string, id: string): GraphQLError =>
  concordError('NOT_FOUND', `${type} ${JSON.stringify(id)} does not exist.`, { type, id });

export const badInput = (field: string, message: string): GraphQLError =>
  concordError('BAD_USER_INPUT', `${field}: ${message}`, { field });

export const forbidden = (message: string = ERROR_CODES.FORBIDDEN.message): GraphQLError => concordError('FORBIDDEN', message);

export const unauthenticated = (message: string = ERROR_CODES.UNAUTHENTICATED.message): GraphQLError =>
  requestError('UNAUTHENTICATED', message);
