import type { TypedDocumentString } from '../gql/graphql';
import { readApiKey } from '../state/api-key';

/** One GraphQL error as the gateway sends it. */
export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string };
}

/** A failed request: an HTTP or network failure, or GraphQL errors without data. */
export class RequestFailed extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

/** What to tell a person for each error code, so that every error state says what to do. */
const ADVICE: Record<string, string> = {
  UNAUTHENTICATED: 'The API key was refused: check it under “API key”, or clear it to read public data.',
  FORBIDDEN: 'Your API key does not allow this: an OHCHR editor or admin key is needed (a liaison key for its own organisation’s follow-ups).',
  RATE_LIMITED: 'Too many requests: wait a minute and try again.',
  DATABASE_UNAVAILABLE: 'The gateway cannot reach its database: try again shortly, or ask the operator to check /readyz.',
  BAD_USER_INPUT: 'A filter value is not valid: change or clear the filters.',
  QUERY_TOO_COMPLEX: 'The request was too large: narrow the filters.',
};

export function advice(error: unknown): string {
  if (error instanceof RequestFailed && error.code && ADVICE[error.code]) return ADVICE[error.code]!;
  if (error instanceof RequestFailed && error.code === null) return 'The gateway did not answer: check that it is running, then try again.';
  return 'Try again; if it keeps failing, the gateway log has the request id.';
}

/**
 * POSTs one GraphQL operation to /graphql, with the API key of this browser tab when one is set.
 * Operations are the typed documents of api/queries.ts: result and variables are checked against the schema.
 */
export async function graphql<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, signal?: AbortSignal): Promise<TResult> {
  const query = document.toString();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  const key = readApiKey();
  if (key) headers.authorization = `Bearer ${key}`;
  let response: Response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new RequestFailed('The gateway could not be reached.', null);
  }
  let body: { data?: TResult | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new RequestFailed(`The gateway answered ${response.status} without a GraphQL result.`, null);
  }
  const first = body.errors?.[0];
  if (first && (!body.data || response.status >= 400)) throw new RequestFailed(first.message, first.extensions?.code ?? 'ERROR');
  if (first) throw new RequestFailed(first.message, first.extensions?.code ?? 'ERROR');
  return body.data as TResult;
}
