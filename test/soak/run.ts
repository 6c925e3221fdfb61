/**
 * npm run soak [-- --minutes N]   (default 10)
 *
 * Starts the real gateway on the embedded engine with the bundled sample in a data folder of its
 * own, runs 16 clients with the mixed real workload against 127.0.0.1 for N minutes, then prints
 * and writes to docs/reliability.md: requests, answers by status, errors, p50/p99 per operation,
 * and the gateway's and the engine's resident memory at start, after warm-up and at the end.
 * Exits 1 when a 5xx or an unclear answer was seen or the gateway's memory grew more than 10 %
 * after warm-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Answer, OPERATIONS, percentile, sender } from '../faults/support/workload';
import { residentBytes, startGatewayProcess } from '../faults/support/gateway-process';
import { type SoakResult, writeSoakSection } from './report';

const CLIENTS = 16;

function minutesArgument(argv: string[]): number {
  const at = argv.indexOf('--minutes');
  if (at < 0) return 10;
  const minutes = Number(argv[at + 1]);
  if (!(minutes > 0 && minutes <= 24 * 60)) {
    process.stderr.write('soak: --minutes takes a number of minutes (0 < N ≤ 1440)\n');
    process.exit(2);
  }
  return minutes;
}

async function main(): Promise<void> {
  const minutes = minutesArgument(process.argv.slice(2));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'concord-soak-'));
  process.stderr.write(`soak: starting the gateway on the embedded engine in ${dataDir}\n`);
  // The per-address rate limit would turn 16 loopback clients into 429s: the soak measures the
  // gateway, not the limiter.
  const gateway = await startGatewayProcess(dataDir, { CONCORD_RATE_LIMIT_PER_MINUTE: '100000000' });
  const enginePid = gateway.engine().pid;
  const memory = () => ({ gateway: residentBytes(gateway.pid), engine: residentBytes(gateway.engine().pid) });
  const atStart = memory();

  const answers: Answer[] = [];
  const send = sender(gateway.base, (answer) => answers.push(answer));
  const started = Date.now();
  const deadline = started + minutes * 60_000;
  const samples: { minute: number; gateway: number | null; engine: number | null }[] = [];
  const sampler = setInterval(() => {
    const now = memory();
    samples.push({ minute: (Date.now() - started) / 60_000, ...now });
    process.stderr.write(`soak: ${((Date.now() - started) / 60_000).toFixed(1)} min, ${answers.length} requests, gateway ${mb(now.gateway)}, engine ${mb(now.engine)}\n`);
  }, Math.min(10_000, (minutes * 60_000) / 40));

  const client = async (index: number) => {
    for (let n = index; Date.now() < deadline; n++) {
      await OPERATIONS[n % OPERATIONS.length]!(send, Math.floor(n / OPERATIONS.length));
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
  clearInterval(sampler);
  const elapsedMs = Date.now() - started;
  // Resident memory moves with every collection: compare the mean over a window right after the
  // warm-up (the first tenth of the run, at most a minute) with the mean over the last window.
  const window = Math.min(1, minutes / 10);
  const afterWarmUp = meanOf(samples.filter((s) => s.minute >= window && s.minute < 2 * window));
  const atEnd = meanOf(samples.filter((s) => s.minute >= elapsedMs / 60_000 - window));
  const engineRestarted = enginePidAtEnd(gateway, enginePid) !== enginePid;

  const stopped = await gateway.stop();
  rmSync(dataDir, { recursive: true, force: true });

  const result = summarise({ minutes, elapsedMs, answers, atStart, afterWarmUp, atEnd, samples, gatewayExit: stopped.code, engineRestarted });
  process.stdout.write(`${result.text}\n`);
  writeSoakSection(result);
  process.exit(result.passed ? 0 : 1);
}

/** The engine pid published at the end (the gateway restarts a dead engine; a soak should see none). */
function enginePidAtEnd(gateway: { engine(): { pid: number } }, fallback: number): number {
  try {
    return gateway.engine().pid;
  } catch {
    return fallback;
  }
}

type Memory = { gateway: number | null; engine: number | null };

function meanOf(samples: Memory[]): Memory {
  const mean = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
  };
  return { gateway: mean(samples.map((s) => s.gateway)), engine: mean(samples.map((s) => s.engine)) };
}

const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

interface Measured {
  minutes: number;
  elapsedMs: number;
  answers: Answer[];
  atStart: { gateway: number | null; engine: number | null };
  afterWarmUp: { gateway: number | null; engine: number | null };
  atEnd: { gateway: number | null; engine: number | null };
  samples: { minute: number; gateway: number | null; engine: number | null }[];
  gatewayExit: number | null;
  engineRestarted: boolean;
}

function summarise(m: Measured): SoakResult {
  const byStatus = new Map<number, number>();
  for (const a of m.answers) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
  const serverErrors = m.answers.filter((a) => a.status >= 500 || a.status === 0).length;
  const unclear = m.answers.filter((a) => a.outcome !== 'ok');
  const operations = [...new Set(m.answers.map((a) => a.operation))].map((operation) => {
    const ms = m.answers.filter((a) => a.operation === operation).map((a) => a.ms);
    return { operation, requests: ms.length, p50: percentile(ms, 50), p99: percentile(ms, 99) };
  });
  const all = m.answers.map((a) => a.ms);
  const growth = (from: number | null, to: number | null) => (from && to ? (to - from) / from : null);
  const gatewayGrowth = growth(m.afterWarmUp.gateway, m.atEnd.gateway);
  const engineGrowth = growth(m.afterWarmUp.engine, m.atEnd.engine);
  const passed = serverErrors === 0 && unclear.length === 0 && gatewayGrowth !== null && gatewayGrowth <= 0.1;
  const pct = (g: number | null) => (g === null ? 'n/a' : `${g >= 0 ? '+' : ''}${(g * 100).toFixed(1)} %`);
  const lines = [
    `clients: ${CLIENTS}, duration: ${(m.elapsedMs / 60_000).toFixed(1)} min, requests: ${m.answers.length} (${(m.answers.length / (m.elapsedMs / 1000)).toFixed(1)}/s)`,
    `answers by status: ${[...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s === 0 ? 'no answer' : s}: ${n}`).join(', ')}`,
    `5xx or no answer: ${serverErrors}; answers that were not a good 200: ${unclear.length}${unclear[0] ? ` (first: ${unclear[0].operation} ${unclear[0].status} ${unclear[0].sample})` : ''}`,
    `latency all requests: p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms`,
    `gateway RSS: ${mb(m.atStart.gateway)} at start, ${mb(m.afterWarmUp.gateway)} after warm-up, ${mb(m.atEnd.gateway)} at end (means over a window; ${pct(gatewayGrowth)} after warm-up)`,
    `engine RSS: ${mb(m.atStart.engine)} at start, ${mb(m.afterWarmUp.engine)} after warm-up, ${mb(m.atEnd.engine)} at end (means over a window; ${pct(engineGrowth)} after warm-up)`,
    `gateway exit code after SIGTERM: ${m.gatewayExit}; engine restarted during the soak: ${m.engineRestarted ? 'yes' : 'no'}`,
    `result: ${passed ? 'PASS' : 'FAIL'} (no 5xx, every answer a good 200, gateway RSS growth ≤ 10 % after warm-up)`,
  ];
  return {
    passed,
    text: lines.join('\n'),
    minutes: m.minutes,
    clients: CLIENTS,
    elapsedMs: m.elapsedMs,
    requests: m.answers.length,
    byStatus: [...byStatus].sort(([a], [b]) => a - b),
    serverErrors,
    unclear: unclear.length,
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    operations,
    memory: { atStart: m.atStart, afterWarmUp: m.afterWarmUp, atEnd: m.atEnd },
    gatewayGrowth,
    engineGrowth,
    samples: m.samples,
    gatewayExit: m.gatewayExit,
    engineRestarted: m.engineRestarted,
  };
}

main().catch((err: unknown) => {
  process.stderr.write(`soak: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
