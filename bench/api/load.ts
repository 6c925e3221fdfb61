import { createHash } from 'node:crypto';
import autocannon from 'autocannon';
import type { GatewayProcess } from './gateway-process';

export interface ProbeResult {
  /** Wall time of one request alone, ms; null when it did not answer within the probe timeout. */
  latencyMs: number | null;
  /** Database commands the request sent. */
  commands: number | null;
  /** sha256 of the response's data, to check that both variants answer the same. */
  dataHash: string | null;
  error?: string;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  completed: number;
  errors: number;
  non2xx: number;
  commandsPerRequest: number | null;
}

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/** One request on an idle gateway: latency, commands, and a hash of the answer. */
export async function probe(gateway: GatewayProcess, query: string, variables: Record<string, unknown>, timeoutMs: number): Promise<ProbeResult> {
  const before = await gateway.commands();
  const started = performance.now();
  try {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(query, variables),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const json = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
    const latencyMs = performance.now() - started;
    if (json.errors) return { latencyMs, commands: null, dataHash: null, error: json.errors.map((e) => e.message).join('; ') };
    const commands = (await gateway.commands()) - before;
    return { latencyMs, commands, dataHash: createHash('sha256').update(JSON.stringify(json.data)).digest('hex') };
  } catch (err) {
    return { latencyMs: null, commands: null, dataHash: null, error: `no answer within ${timeoutMs / 1000} s (${(err as Error).name})` };
  }
}

/** autocannon against the gateway for `durationS` seconds with `connections` connections. */
export async function load(
  gateway: GatewayProcess,
  query: string,
  variables: Record<string, unknown>,
  opts: { durationS: number; connections: number; timeoutS: number },
): Promise<LoadResult> {
  const before = await gateway.commands();
  const result = await autocannon({
    url: gateway.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body(query, variables),
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
    non2xx: result.non2xx,
    // Requests cut off at the end of the run may have sent commands too: an upper bound.
    commandsPerRequest: completed > 0 ? commands / completed : null,
  };
}
