import { readFileSync } from 'node:fs';
import path from 'node:path';
import { finished, type Finished, spawnEntry } from '../../support/spawn';

/** A real gateway process (`src/main.ts`) on the embedded engine of its own data folder, on 127.0.0.1. */
export interface GatewayProcess {
  /** http://127.0.0.1:<port> */
  readonly base: string;
  readonly pid: number;
  readonly dataDir: string;
  /** Its log so far (the last 2 MB). */
  log(): string;
  /** The engine serving the data folder now, as published in engine.json. */
  engine(): { pid: number; uri: string };
  /** True while the process runs. */
  running(): boolean;
  /** SIGTERM (SIGKILL after 30 s), then its exit code. */
  stop(): Promise<Finished>;
}

const LOG_KEPT = 2 * 1024 * 1024;

/**
 * Starts the gateway as `npm start` does (sample seeded into an empty mirror, engine supervised)
 * and resolves once it logs that it is ready (LOG_LEVEL info, which `env` must keep). `env` adds or overrides settings.
 */
export async function startGatewayProcess(dataDir: string, env: Record<string, string> = {}, readyWithinMs = 300_000): Promise<GatewayProcess> {
  const child = spawnEntry('src/main.ts', [], { PORT: '0', HOST: '127.0.0.1', CONCORD_DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    if (log.length > LOG_KEPT) log = log.slice(-LOG_KEPT);
  });
  const done = finished(child);
  const deadline = Date.now() + readyWithinMs;
  let url: string | undefined;
  while (!url) {
    if (child.exitCode !== null) throw new Error(`the gateway exited with code ${child.exitCode}: ${log.slice(-2000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the gateway was not ready within ${readyWithinMs / 1000}s: ${log.slice(-2000)}`);
    }
    url = /"url":"(http:\/\/127\.0\.0\.1:\d+)\/graphql"[^\n]*Concord gateway ready/.exec(log)?.[1];
    if (!url) await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base: url,
    pid: child.pid!,
    dataDir,
    log: () => log,
    engine: () => JSON.parse(readFileSync(path.join(dataDir, 'engine.json'), 'utf8')) as { pid: number; uri: string },
    running: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      // A gateway that cannot finish its shutdown (its engine gone for good) is killed after 30 s.
      const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const result = await done;
      clearTimeout(kill);
      return result;
    },
  };
}

/** Resident memory of a process in bytes (Linux /proc); null when it cannot be read. */
export function residentBytes(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

/** Peak resident memory so far of a process in bytes (Linux /proc VmHWM); null when it cannot be read. */
export function peakResidentBytes(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}
