import { createServer, type ConcordServer, type ServerDeps } from '../../src/server';
import { openTestDatabase, testLogger, type TestDatabase } from './database';

export interface TestGateway {
  database: TestDatabase;
  server: ConcordServer;
  /** http://127.0.0.1:PORT */
  baseUrl: string;
  /** POSTs a GraphQL request over real HTTP and returns status and parsed body. */
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: GraphQLBody }>;
  close(): Promise<void>;
}

export interface GraphQLBody {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

/** The gateway on its own database, listening on a free loopback port; `deps` replaces the logger or rate limiter. */
export async function startTestGateway(
  overrides: Record<string, string> = {},
  deps: Partial<Pick<ServerDeps, 'logger' | 'rateLimiter'>> = {},
): Promise<TestGateway> {
  const database = await openTestDatabase(overrides);
  const server = await createServer({
    orm: database.orm,
    config: database.config,
    logger: testLogger,
    embedded: false,
    ping: database.ping,
    ...deps,
  });
  const port = await server.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    database,
    server,
    baseUrl,
    post: async (query, variables, headers = {}) => {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      return { status: res.status, body: JSON.parse(text) as GraphQLBody };
    },
    close: async () => {
      await server.stop();
      await database.destroy();
    },
  };
}
