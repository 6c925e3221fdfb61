import { createHash } from 'node:crypto';
import autocannon from 'autocannon';
import type { GatewayProcess } from './gateway-process';

/** What one benchmarked request is: a GraphQL operation, or a GET of another route. */
export type BenchRequest = { kind: 'graphql'; query: string; variables: Record<string, unknown> } | { kind: 'get'; path: string };

export interface Timed {
  /** Wall time, ms; null when it did not answer within the timeout. */
  ms: number | null;
  /** Database commands the request sent. */
  commands: number | null;
  /** sha256 of the GraphQL `data` (or of the body of a GET), to check that variants answer the same. */
  hash: string | null;
  bytes: number;
  /** The parsed GraphQL data, for follow-up requests (cursors). */
  data?: unknown;
  error?: string;
  /** True when no answer came within the timeout (then `ms` is null). */
  timedOut?: boolean;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  completed: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  commandsPerRequest: number | null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** One request on an otherwise idle gateway: latency, commands, and a hash of the answer. */
export async function timedRequest(gateway: GatewayProcess, request: BenchRequest, timeoutMs: number): Promise<Timed> {
  const before = await gateway.commands();
  const started = performance.now();
  try {
    const res =
      request.kind === 'graphql'
        ? await fetch(gateway.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: request.query, variables: request.variables }),
            signal: AbortSignal.timeout(timeoutMs),
          })
        : await fetch(`${gateway.origin}${request.path}`, { signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    const ms = performance.now() - started;
    const commands = (await gateway.commands()) - before;
    if (request.kind === 'get') return res.ok ? { ms, commands, hash: sha256(text), bytes: text.length } : { ms, commands, hash: null, bytes: text.length, error: `HTTP ${res.status}: ${text.slice(0, 200)}` };
    const json = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
    if (json.errors) return { ms, commands, hash: null, bytes: text.length, error: json.errors.map((e) => e.message).join('; ').slice(0, 300) };
    return { ms, commands, hash: sha256(JSON.stringify(json.data)), bytes: text.length, data: json.data };
  } catch (err) {
    const timedOut = (err as Error).name === 'TimeoutError';
    return { ms: null, commands: null, hash: null, bytes: 0, timedOut, error: `no answer within ${timeoutMs / 1000} s (${(err as Error).name}: ${(err as Error).message})` };
  }
}

/** autocannon against the gateway for `durationS` seconds with `connections` connections. */
export async function load(gateway: GatewayProcess, request: Extract<BenchRequest, { kind: 'graphql' }>, opts: { durationS: number; connections: number; timeoutS: number }): Promise<LoadResult> {
  const before = await gateway.commands();
  const result = await autocannon({
    url: gateway.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
    connections: opts.connections,
    duration: opts.durationS,
    timeout: opts.timeoutS,
  });
  const commands = (await gateway.commands()) - before;
  const completed = result['2xx'] + result.non2xx;
  return {
    requestsPerSecond: completed / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    completed,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    // Requests cut off at the end of the run may have sent commands too: an upper bound.
    commandsPerRequest: completed > 0 ? commands / completed : null,
  };
}
