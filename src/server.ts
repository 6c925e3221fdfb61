import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/mongodb';
import type { GraphQLSchema } from 'graphql';
import { isDatabaseUnreachable } from './db/unavailable';
import { createAuthenticator } from './auth/authenticate';
import type { Config } from './config';
import { type GraphQLContext, buildContext } from './context';
import { CoordinationCache } from './modules/coordination/coordination.cache';
import { admit } from './http/admission';
import { errorLogPlugin } from './http/error-log.plugin';
import { formatError } from './http/format-error';
import { handleGraphQL } from './http/graphql-handler';
import { createStreamHandler } from './http/sse-handler';
import { concordError } from './errors';
import { cacheControlPlugins } from './http/cache-control';
import { schemaDocument, sendSchemaDocument } from './http/schema-document';
import { mirrorVersion } from './modules/activity/mirror-version';
import { sendAnalyticalReport, sendOverlapReport } from './http/report-route';
import { sendRosterReport } from './http/roster-report-route';
import { sendDashboard } from './http/dashboard';
import { sendIdeAsset, sendIdePage, wantsIdePage } from './http/ide';
import { queryLimits } from './http/query-limits';
import { type RateLimiter, TokenBucketRateLimiter } from './http/rate-limit';
import { sendError, sendJson } from './http/respond';
import type { Logger } from './logger';
import { DEFAULT_LIVE_FEED_OPTIONS, LiveFeed, type LiveFeedOptions } from './modules/live/live-feed';
import { buildSchema } from './schema';

export interface ServerDeps {
  orm: MikroORM;
  config: Config;
  logger: Logger;
  embedded: boolean;
  ping: () => Promise<boolean>;
  /** Per-client request budget; defaults to a token bucket of config.rateLimitPerMinute. */
  rateLimiter?: RateLimiter;
  /** The executable schema; defaults to buildSchema(). bench/api passes one with other resolvers. */
  schema?: GraphQLSchema;
  /** How the live-update feed reads the database; tests poll faster than the default. */
  live?: Partial<LiveFeedOptions>;
}

export interface ConcordServer {
  readonly apollo: ApolloServer<GraphQLContext>;
  readonly http: Server;
  /** Live updates: what subscriptions read and mutations publish to. */
  readonly live: LiveFeed;
  /** Starts listening; resolves with the bound port (useful with port 0). */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting, lets in-flight requests finish, then stops Apollo. */
  stop(): Promise<void>;
  /** A context as an HTTP request would get it, for executeOperation in tests. */
  context(): GraphQLContext;
}

/** Event streams (subscriptions) one API key, or one address when anonymous, may hold open at once. */
const MAX_STREAMS_PER_CLIENT = 8;

/** Builds the gateway: schema, plugins, per-request context and the HTTP routes. */
export async function createServer(deps: ServerDeps): Promise<ConcordServer> {
  const http = createHttpServer();
  const limits = queryLimits(deps.config);
  const schema = deps.schema ?? buildSchema();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    logger: deps.logger,
    introspection: deps.config.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // main.ts owns the signals: it stops HTTP, then the database, then the engine, in that order.
    stopOnTerminationSignals: false,
    formatError: formatError(deps.config),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      ApolloServerPluginLandingPageDisabled(),
      errorLogPlugin(deps.logger),
      ...(limits.plugins as ApolloServerPlugin<GraphQLContext>[]),
      ...cacheControlPlugins(),
    ],
  });
  await apollo.start();
  const contract = schemaDocument(schema);

  const coordination = new CoordinationCache(deps.orm.em.getDriver().getConnection().getDb());
  const live = new LiveFeed(deps.orm, deps.logger, { ...DEFAULT_LIVE_FEED_OPTIONS, ...deps.live });
  const contextDeps = { orm: deps.orm, config: deps.config, logger: deps.logger, embedded: deps.embedded, coordination, live };
  const streams = createStreamHandler({
    schema,
    limits,
    maxCost: deps.config.maxCost,
    introspection: deps.config.introspection,
    maxBodyBytes: deps.config.maxBodyBytes,
    formatError: formatError(deps.config),
    maxStreamsPerClient: MAX_STREAMS_PER_CLIENT,
  });
  const readMirrorVersion = () => mirrorVersion(deps.orm.em.getDriver().getConnection().getDb());
  const admission = {
    authenticate: createAuthenticator(deps.orm),
    limiter: deps.rateLimiter ?? new TokenBucketRateLimiter({ perMinute: deps.config.rateLimitPerMinute }),
  };

  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    route(req, res, requestId).catch((err: unknown) => {
      const unreachable = isDatabaseUnreachable(err);
      deps.logger.error({ err, requestId }, unreachable ? 'request failed: database unreachable' : 'request failed');
      if (!res.headersSent) sendError(res, unreachable ? 'DATABASE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR');
      else res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    switch (url.pathname) {
      case '/schema.graphql':
        if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 'BAD_REQUEST', 'Use GET for the schema.');
        return sendSchemaDocument(res, contract, req.headers['if-none-match']);
      case '/healthz':
        return sendJson(res, 200, { status: 'ok' });
      case '/readyz': {
        const ready = await deps.ping();
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'database unavailable' });
      }
      case '/graphql': {
        if (deps.config.ide && wantsIdePage(req, url)) return sendIdePage(res);
        const viewer = await admit(req, res, admission);
        if (!viewer) return;
        return handleGraphQL(apollo, req, res, url, deps.config.maxBodyBytes, async () => buildContext(contextDeps, viewer, requestId), readMirrorVersion);
      }
      case '/graphql/stream': {
        const viewer = await admit(req, res, admission);
        if (!viewer) return;
        const client = viewer.keyId ? `key:${viewer.keyId}` : `ip:${req.socket.remoteAddress ?? 'unknown'}`;
        const authorization = req.headers.authorization;
        // Each event is read with the key as it is then: a key revoked since ends the stream.
        return streams.handle(req, res, client, async () => {
          const auth = await admission.authenticate(authorization);
          if (!auth.ok) throw concordError('UNAUTHENTICATED', auth.reason);
          return buildContext(contextDeps, auth.viewer, requestId);
        });
      }
      case '/reports/overlaps': {
        if (req.method !== 'GET') return sendError(res, 'BAD_REQUEST', 'Use GET for reports.');
        const viewer = await admit(req, res, admission);
        if (!viewer) return;
        return sendOverlapReport(res, url, deps.orm.em.fork(), coordination, viewer);
      }
      case '/reports/analytical': {
        if (req.method !== 'GET') return sendError(res, 'BAD_REQUEST', 'Use GET for reports.');
        const viewer = await admit(req, res, admission);
        if (!viewer) return;
        return sendAnalyticalReport(res, url, deps.orm.em.fork(), coordination, viewer);
      }
      case '/reports/roster': {
        if (req.method !== 'GET') return sendError(res, 'BAD_REQUEST', 'Use GET for reports.');
        const viewer = await admit(req, res, admission);
        if (!viewer) return;
        return sendRosterReport(res, url, deps.orm.em.fork(), viewer);
      }
      default:
        if (sendDashboard(req, res, url)) return;
        if (deps.config.ide && req.method === 'GET' && url.pathname.startsWith('/ide/') && sendIdeAsset(url.pathname.slice('/ide/'.length), res)) return;
        return sendJson(res, 404, { error: 'not found', paths: ['/graphql', '/graphql/stream', '/reports/overlaps', '/reports/analytical', '/reports/roster', '/schema.graphql', '/healthz', '/readyz'] });
    }
  }

  return {
    apollo,
    http,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          http.off('error', reject);
          resolve((http.address() as AddressInfo).port);
        });
      }),
    live,
    // Open event streams complete first, so that draining HTTP does not wait for them.
    stop: () => {
      live.close();
      return apollo.stop();
    },
    context: () => buildContext(contextDeps),
  };
}
