import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  createSourceEventStream,
  execute,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { type Response as SseResponse, type Request as SseRequest, createHandler } from 'graphql-sse';
import type { GraphQLContext } from '../context';
import { ERROR_CODES, type ErrorCode } from '../errors';
import { BodyTooLargeError, readBody } from './body';
import { clientCode } from './format-error';
import { operationCost } from './query-cost';
import type { QueryLimits } from './query-limits';
import { sendError } from './respond';
import { StreamCounter } from './sse-streams';

export interface StreamDeps {
  schema: GraphQLSchema;
  limits: Pick<QueryLimits, 'validationRules' | 'parseOptions'>;
  maxCost: number;
  introspection: boolean;
  maxBodyBytes: number;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Open streams allowed per API key, or per address when anonymous. */
  maxStreamsPerClient: number;
}

/** graphql-sse wants an indexable context; ours is the request's GraphQLContext. */
type StreamContext = GraphQLContext & Record<PropertyKey, unknown>;

/** What one stream request carries into the graphql-sse callbacks. */
interface StreamRequest {
  /** A new context, as a request would get it: one for subscribing, then one per event. */
  context: () => Promise<GraphQLContext>;
}

export interface StreamHandler {
  /** Answers one request to /graphql/stream for an admitted client (`client` names its budget). */
  handle(req: IncomingMessage, res: ServerResponse, client: string, context: () => Promise<GraphQLContext>): Promise<void>;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): SseResponse => [
  JSON.stringify(body),
  { status, statusText: '', headers: { 'content-type': 'application/json; charset=utf-8', ...headers } },
];

const refusal = (code: ErrorCode, message: string = ERROR_CODES[code].message, status: number = ERROR_CODES[code].status): SseResponse =>
  json(status, { errors: [{ message, extensions: { code } }] });

/**
 * GraphQL over Server-Sent Events (graphql-sse, distinct connections mode) for subscriptions, on
 * the gateway's own schema. Operations pass the same limits as on /graphql before they run:
 * tokens while parsing, depth, aliases and directives while validating, then cost. Each event is
 * executed with a fresh context (loaders, EntityManager) for the same viewer, so a subscription
 * open for hours never answers from stale caches. Queries and mutations belong to /graphql.
 */
export function createStreamHandler(deps: StreamDeps): StreamHandler {
  const rules = [...specifiedRules, ...deps.limits.validationRules, ...(deps.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  const contextFactories = new WeakMap<object, () => Promise<GraphQLContext>>();
  const streams = new StreamCounter(deps.maxStreamsPerClient);

  const handler = createHandler<IncomingMessage, StreamRequest, StreamContext>({
    schema: deps.schema,
    // graphql-sse's own token (its single connection mode) is not used: no reservations.
    authenticate: () => null,
    async onSubscribe(req: SseRequest<IncomingMessage, StreamRequest>, params) {
      let document: DocumentNode;
      try {
        document = parse(params.query, deps.limits.parseOptions);
      } catch (err) {
        const message = err instanceof Error ? err.message.replace(/^Syntax Error: /, '') : String(err);
        return /tokens/.test(message) ? refusal('QUERY_TOO_COMPLEX', message) : refusal('GRAPHQL_PARSE_FAILED', message);
      }
      const operation = getOperationAST(document, params.operationName);
      if (!operation) return refusal('OPERATION_RESOLUTION_FAILURE');
      if (operation.operation !== 'subscription') {
        return refusal('BAD_REQUEST', `/graphql/stream serves subscriptions; send ${operation.operation === 'query' ? 'queries' : 'mutations'} to /graphql.`);
      }
      const invalid = validate(deps.schema, document, rules);
      if (invalid.length > 0) {
        const tooComplex = invalid.some((e) => e.extensions.code === 'QUERY_TOO_COMPLEX');
        const code: ErrorCode = tooComplex ? 'QUERY_TOO_COMPLEX' : 'GRAPHQL_VALIDATION_FAILED';
        return json(ERROR_CODES[code].status, { errors: invalid.map((e) => ({ message: e.message, locations: e.locations, extensions: { code: e.extensions.code ?? code } })) });
      }
      const cost = operationCost(deps.schema, document, operation, params.variables ?? undefined);
      if (cost > deps.maxCost) {
        return refusal('QUERY_TOO_COMPLEX', `The subscription costs ${cost}, above the limit of ${deps.maxCost}; ask for fewer fields.`);
      }
      const contextValue = (await req.context.context()) as StreamContext;
      contextFactories.set(contextValue, req.context.context);
      return { schema: deps.schema, document, operationName: params.operationName, variableValues: params.variables, contextValue };
    },
    subscribe: (args) => subscribeWithFreshContexts(args, contextFactories.get(args.contextValue as object) ?? (async () => args.contextValue)),
    onNext(ctx, _req, result) {
      if (!('errors' in result) || !result.errors?.length) return;
      const errors = result.errors.map((error) => {
        const formatted = deps.formatError(error.toJSON(), error);
        if (clientCode(error.toJSON(), error) === 'INTERNAL_SERVER_ERROR') ctx.logger.error({ err: error.originalError ?? error, path: error.path }, 'internal error in a subscription event');
        return formatted;
      });
      return { ...result, errors: errors as unknown as GraphQLError[] };
    },
  });

  return {
    async handle(req, res, client, context) {
      if (req.method !== 'GET' && req.method !== 'POST') return sendError(res, 'BAD_REQUEST', 'Use GET or POST with Accept: text/event-stream.', { allow: 'GET, POST' });
      if (!(req.headers.accept ?? '').includes('text/event-stream')) {
        return sendError(res, 'BAD_REQUEST', '/graphql/stream answers Server-Sent Events: send Accept: text/event-stream.');
      }
      let body: string | null = null;
      if (req.method === 'POST') {
        try {
          body = await readBody(req, deps.maxBodyBytes);
        } catch (err) {
          if (!(err instanceof BodyTooLargeError)) throw err;
          res.setHeader('connection', 'close');
          return sendError(res, 'PAYLOAD_TOO_LARGE', `The request body exceeds the limit of ${deps.maxBodyBytes} bytes.`);
        }
      }
      const release = streams.open(client);
      if (!release) return sendError(res, 'RATE_LIMITED', `At most ${deps.maxStreamsPerClient} streams may be open per client; close one first.`);
      res.once('close', release);
      const [responseBody, init] = await handler({
        method: req.method,
        url: req.url ?? '/',
        headers: { get: (key) => (key === 'accept' ? 'text/event-stream' : headerValue(req, key)) },
        body,
        raw: req,
        context: { context },
      });
      res.writeHead(init.status, { ...init.headers, ...(typeof responseBody === 'string' || !responseBody ? {} : { 'x-accel-buffering': 'no' }) });
      if (!responseBody || typeof responseBody === 'string') {
        res.end(responseBody ?? undefined);
        return;
      }
      const stop = () => void responseBody.return(undefined);
      res.once('close', stop);
      for await (const message of responseBody) {
        if (!res.writable) break;
        res.write(message);
      }
      res.off('close', stop);
      res.end();
    },
  };
}

function headerValue(req: IncomingMessage, key: string): string | undefined {
  const value = req.headers[key.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The results of a subscription, one per event; `return` and `throw` too, which graphql-sse calls when the stream ends. */
export interface ExecutionResults extends AsyncIterableIterator<ExecutionResult> {
  return(): Promise<IteratorReturnResult<undefined>>;
  throw(error: unknown): Promise<never>;
}

/**
 * graphql-js's subscribe, except that each event is executed with a context of its own: the
 * source stream is created with the subscribing context, every event with `nextContext()`.
 * When `nextContext()` fails, that error is the last result. Ending the returned iterator ends the
 * source stream at once, even while it waits for an event.
 */
export async function subscribeWithFreshContexts(
  args: ExecutionArgs,
  nextContext: () => Promise<GraphQLContext>,
): Promise<ExecutionResults | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
  const events = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  let ended = false;
  const finish = async (): Promise<IteratorReturnResult<undefined>> => {
    ended = true;
    await events.return?.();
    return { done: true, value: undefined };
  };
  const results: ExecutionResults = {
    async next() {
      if (ended) return { done: true, value: undefined };
      const event = await events.next();
      if (event.done) return { done: true, value: undefined };
      let contextValue: GraphQLContext;
      try {
        contextValue = await nextContext();
      } catch (err) {
        // The context cannot be had any more (a revoked key): the subscriber is told why, then the stream ends.
        await finish();
        return { done: false, value: { errors: [err instanceof GraphQLError ? err : new GraphQLError('The event could not be read.', { originalError: err as Error })] } };
      }
      return { done: false, value: await execute({ ...args, rootValue: event.value, contextValue }) };
    },
    return: finish,
    async throw(error: unknown) {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return results;
}
