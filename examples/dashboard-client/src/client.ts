import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createStreamClient } from 'graphql-sse';

export interface DashboardClientOptions {
  /** The gateway, e.g. http://127.0.0.1:4000. */
  url: string;
  /** An API key (`ck_…`) for restricted records; anonymous without. */
  apiKey?: string;
}

export interface DashboardClient {
  client: Client;
  /** Closes the event streams of open subscriptions. */
  close(): void;
}

/**
 * An urql client for Concord: queries and mutations over HTTP at /graphql, subscriptions over
 * Server-Sent Events at /graphql/stream (graphql-sse's client), both with the same API key.
 */
export function createDashboardClient(options: DashboardClientOptions): DashboardClient {
  const headers: Record<string, string> = options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {};
  const streams = createStreamClient({ url: new URL('/graphql/stream', options.url).href, headers, retryAttempts: 3 });
  const client = new Client({
    url: new URL('/graphql', options.url).href,
    fetchOptions: { headers },
    preferGetMethod: false,
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: streams.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { client, close: () => streams.dispose() };
}
