import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { isAlive } from '../../src/db/engine';
import { writeDocSection } from '../docs-section';
import { processMemory } from '../ingest/cli-ingest';
import { benchDbName, ingestPortfolio, openBenchDatabase, type BenchDatabase } from '../ingest/run';
import { ensurePortfolio } from '../portfolio/portfolio';
import { startGatewayProcess, type GatewayProcess } from './gateway-process';
import { load, timedRequest, type BenchRequest, type LoadResult, type Timed } from './load';
import { COUNTRY_GAPS, COUNTRY_OVERLAPS, COUNTRY_PAGE, COVERAGE_COUNTRY_THEME } from './query';
import { markdownReport, type QueryResult, type SizeResult } from './report';
import type { Variant } from './serve';

/**
 * API benchmark on a mirror filled through the real command line (bench/ingest: the bundled
 * publisher files grown to the size, `concord ingest iati`, then the sample recommendations).
 *   npx tsx bench/api/run.ts [--sizes=10000,100000] [--seed=20240101] [--country=KE] [--first=50]
 *                            [--repeat=5] [--duration=30] [--connections=16] [--timeout=120]
 *                            [--data-dir=DIR] [--cache-dir=DIR] [--no-doc]
 *   npx tsx bench/api/run.ts --report=bench/results/api-A.json[,…]   (the doc section from earlier runs)
 * --data-dir: the embedded engine's folder; a size already ingested there (by this benchmark or
 * by bench:ingest with the same seed) is reused. Database: CONCORD_BENCH_MONGODB_URI (loopback
 * only), else the embedded engine.
 * Per query: a fresh gateway process; the first request after its start is "cold", then
 * --repeat requests give the warm median; database commands per request from the driver's
 * command monitoring. The country page is also answered by the naive resolver-per-field schema
 * and by a raw-driver endpoint (same JSON, compared by hash); then --connections clients for
 * --duration seconds on the gateway. Writes bench/results/api-<timestamp>.json and the
 * section of docs/benchmarks.md.
 */
const projectRoot = path.resolve(__dirname, '../..');
const resultsDir = path.join(projectRoot, 'bench', 'results');

interface Options {
  sizes: number[];
  seed: number;
  country: string;
  first: number;
  repeat: number;
  durationS: number;
  connections: number;
  timeoutS: number;
  dataDir: string | undefined;
  cacheDir: string;
  doc: boolean;
}

function options(argv: string[]): Options {
  const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  return {
    sizes: (value('sizes') ?? '10000,100000').split(',').map(Number),
    seed: Number(value('seed') ?? 20240101),
    country: (value('country') ?? 'KE').toUpperCase(),
    first: Number(value('first') ?? 50),
    repeat: Number(value('repeat') ?? 5),
    durationS: Number(value('duration') ?? 30),
    connections: Number(value('connections') ?? 16),
    timeoutS: Number(value('timeout') ?? 120),
    dataDir: value('data-dir'),
    cacheDir: path.resolve(value('cache-dir') ?? path.join(os.tmpdir(), 'concord-bench-portfolio')),
    doc: !argv.includes('--no-doc'),
  };
}

const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Ingests the size through the CLI unless the database already holds it; the ingest's wall time, or null when reused. */
async function ensureMirror(database: BenchDatabase, opts: Options, activities: number): Promise<number | null> {
  const dbName = benchDbName(activities, opts.seed);
  const client = await new MongoClient(database.uri).connect();
  try {
    const marker = await client.db(dbName).collection('bench_dataset').findOne({ _id: 'spec' as never });
    if (marker?.activities === activities && marker?.seed === opts.seed && marker?.via === 'concord ingest iati') return null;
  } finally {
    await client.close();
  }
  const portfolio = ensurePortfolio(opts.cacheDir, { activities, seed: opts.seed });
  const { cli } = await ingestPortfolio(database, portfolio, dbName);
  return cli.wallMs;
}

interface Measured {
  cold: Timed;
  warm: Timed[];
  gatewayPeakRssMiB: number | null;
}

/** A fresh gateway: one cold request, then `repeat` warm ones. */
async function measure(variant: Variant, database: BenchDatabase, dbName: string, request: BenchRequest | ((gw: GatewayProcess) => Promise<BenchRequest>), opts: Options): Promise<Measured> {
  const repeat = opts.repeat;
  const failed = (error: string): Measured => ({ cold: { ms: null, commands: null, hash: null, bytes: 0, error }, warm: [], gatewayPeakRssMiB: null });
  if (await database.revive()) return failed('the embedded engine had died (see the log); restarted, not measured');
  let gateway: GatewayProcess;
  try {
    gateway = await startGatewayProcess(variant, database.uri, dbName);
  } catch (err) {
    return failed(`gateway did not start: ${(err as Error).message}`);
  }
  try {
    const req = typeof request === 'function' ? await request(gateway) : request;
    const cold = await timedRequest(gateway, req, opts.timeoutS * 1000);
    const warm: Timed[] = [];
    // A request that failed cold with an error is not repeated; one that timed out is (its warm
    // runs say whether it answers once the gateway is warm), and every timeout is counted.
    for (let i = 0; i < repeat && (!cold.error || cold.timedOut); i++) warm.push(await timedRequest(gateway, req, opts.timeoutS * 1000));
    const engineDied = database.enginePid !== null && !isAlive(database.enginePid);
    if (engineDied) cold.error = `${cold.error ? `${cold.error}; ` : ''}the embedded engine died during this query`;
    return { cold, warm, gatewayPeakRssMiB: processMemory(gateway.pid)?.hwmMiB ?? null };
  } finally {
    await gateway.stop();
  }
}

/** The first scan after the engine opened its store reads it from disk: timed apart, so that "cold" is the gateway's. */
async function warmEngine(database: BenchDatabase, dbName: string): Promise<number> {
  const client = await new MongoClient(database.uri).connect();
  try {
    const started = performance.now();
    await client.db(dbName).collection('activities').countDocuments({ mirrorState: 'ACTIVE' });
    return performance.now() - started;
  } finally {
    await client.close();
  }
}

/**
 * A timed-out warm request counts in the median at the timeout (its real time is longer), so the
 * median is then a lower bound; timeouts are counted, never dropped.
 */
function result(name: string, variant: Variant, m: Measured, timeoutMs: number): QueryResult {
  const ok = m.warm.filter((t) => t.ms !== null && !t.error);
  const warmTimeouts = m.warm.filter((t) => t.timedOut).length;
  return {
    name,
    variant,
    coldMs: m.cold.error ? null : m.cold.ms,
    warmMedianMs: median([...ok.map((t) => t.ms!), ...Array<number>(warmTimeouts).fill(timeoutMs)]),
    warmMedianIsLowerBound: warmTimeouts > 0,
    warmRuns: ok.length,
    requests: 1 + m.warm.length,
    timeouts: (m.cold.timedOut ? 1 : 0) + warmTimeouts,
    commandsCold: m.cold.commands,
    commandsWarm: median(ok.map((t) => t.commands ?? 0)),
    bytes: m.cold.bytes,
    hash: m.cold.hash,
    error: m.cold.error ?? m.warm.find((t) => t.error)?.error,
    gatewayPeakRssMiB: m.gatewayPeakRssMiB === null ? null : Math.round(m.gatewayPeakRssMiB),
  };
}

async function measureSize(database: BenchDatabase, opts: Options, activities: number): Promise<SizeResult> {
  const dbName = benchDbName(activities, opts.seed);
  const ingestMs = await ensureMirror(database, opts, activities);
  log(`${dbName}: first scan after the engine opened its store…`);
  const engineWarmUpMs = await warmEngine(database, dbName);
  log(`  ${engineWarmUpMs.toFixed(0)} ms`);
  const page = (first: number, after: string | null = null): BenchRequest => ({ kind: 'graphql', query: COUNTRY_PAGE, variables: { country: opts.country, first, after } });
  const country = { country: opts.country };
  const queries: [string, BenchRequest | ((gw: GatewayProcess) => Promise<BenchRequest>)][] = [
    [`${opts.country} page of ${opts.first}`, page(opts.first)],
    [
      `${opts.country} page 2 by cursor`,
      async (gw) => {
        // The cursor comes from page 1, asked on the same gateway before the timed request (so this one is not cold).
        const first = await timedRequest(gw, page(opts.first), opts.timeoutS * 1000);
        const cursor = (first.data as { activities?: { pageInfo: { endCursor: string | null } } } | undefined)?.activities?.pageInfo.endCursor ?? null;
        return page(opts.first, cursor);
      },
    ],
    [`${opts.country} page of 10 (commands vs page size)`, page(10)],
    ['coverage country × theme', { kind: 'graphql', query: COVERAGE_COUNTRY_THEME, variables: {} }],
    [`${opts.country} overlaps page`, { kind: 'graphql', query: COUNTRY_OVERLAPS, variables: country }],
    [`${opts.country} gaps page`, { kind: 'graphql', query: COUNTRY_GAPS, variables: country }],
    [`${opts.country} meeting report (GET /reports/overlaps, html)`, { kind: 'get', path: `/reports/overlaps?country=${opts.country}&format=html` }],
  ];
  const results: QueryResult[] = [];
  for (const [name, request] of queries) {
    log(`${dbName}: ${name}…`);
    results.push(result(name, 'dataloader', await measure('dataloader', database, dbName, request, opts), opts.timeoutS * 1000));
    log(`  cold ${results.at(-1)!.coldMs?.toFixed(0)} ms, warm ${results.at(-1)!.warmMedianMs?.toFixed(0)} ms ${results.at(-1)!.error ?? ''}`);
  }
  // The baselines get the same probe as Concord: a fresh process, one cold request, --repeat warm ones.
  for (const variant of ['raw', 'naive'] as const) {
    log(`${dbName}: ${opts.country} page of ${opts.first}, ${variant}…`);
    results.push(result(`${opts.country} page of ${opts.first}`, variant, await measure(variant, database, dbName, page(opts.first), opts), opts.timeoutS * 1000));
    log(`  cold ${results.at(-1)!.coldMs?.toFixed(0)} ms, warm ${results.at(-1)!.warmMedianMs?.toFixed(0)} ms ${results.at(-1)!.error ?? ''}`);
  }

  log(`${dbName}: ${opts.connections} clients for ${opts.durationS} s on the ${opts.country} page…`);
  await database.revive();
  let loaded: LoadResult | null = null;
  let loadPeakRssMiB: number | null = null;
  try {
    const gateway = await startGatewayProcess('dataloader', database.uri, dbName);
    try {
      await timedRequest(gateway, page(opts.first), opts.timeoutS * 1000);
      loaded = await load(gateway, page(opts.first) as Extract<BenchRequest, { kind: 'graphql' }>, { durationS: opts.durationS, connections: opts.connections, timeoutS: opts.timeoutS });
      loadPeakRssMiB = Math.round(processMemory(gateway.pid)?.hwmMiB ?? 0);
    } finally {
      await gateway.stop();
    }
  } catch (err) {
    log(`  load run failed: ${(err as Error).message}`);
  }
  const engine = database.enginePid === null ? null : processMemory(database.enginePid);
  return { activities, ingestMs, engineWarmUpMs, queries: results, load: loaded, loadGatewayPeakRssMiB: loadPeakRssMiB, engineRssMiB: engine ? Math.round(engine.rssMiB) : null };
}

const DOC_HEADING = 'API: a country meeting’s queries, cold and warm';

interface SavedRun {
  command: string;
  machine: string;
  engine: string;
  totalS?: number;
  options: Options;
  sizes: SizeResult[];
}

const metaOf = (run: Omit<SavedRun, 'sizes'>, totalS: number) => ({
  command: run.command,
  machine: run.machine,
  engine: run.engine,
  first: run.options.first,
  country: run.options.country,
  repeat: run.options.repeat,
  connections: run.options.connections,
  durationS: run.options.durationS,
  totalS,
});

/** Rewrites the doc section from saved runs (--report=a.json,b.json), each under its own command. */
function reportSaved(files: string[]): void {
  const runs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as SavedRun);
  const markdown = runs.map((r) => markdownReport(r.sizes, metaOf(r, r.totalS ?? 0))).join('\n\n');
  writeDocSection(DOC_HEADING, markdown);
  process.stdout.write(`${markdown}\n`);
}

async function main(): Promise<void> {
  const saved = process.argv.slice(2).find((a) => a.startsWith('--report='));
  if (saved) return reportSaved(saved.slice('--report='.length).split(','));
  const opts = options(process.argv.slice(2));
  const started = Date.now();
  const database = await openBenchDatabase(opts.dataDir, 'concord-bench-api-');
  const sizes: SizeResult[] = [];
  try {
    for (const activities of opts.sizes) sizes.push(await measureSize(database, opts, activities));
  } finally {
    await database.stop();
  }
  const engineEnv = ['CONCORD_ENGINE_HEAP_MB', 'CONCORD_ENGINE_CACHE_MB'].filter((k) => process.env[k]).map((k) => `${k}=${process.env[k]} `).join('');
  const command = `${engineEnv}npm run bench:api -- --sizes=${opts.sizes.join(',')} --seed=${opts.seed} --repeat=${opts.repeat} --duration=${opts.durationS} --connections=${opts.connections} --timeout=${opts.timeoutS}${opts.dataDir ? ' --data-dir=DIR' : ''}`;
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 20)} MiB, Node ${process.version}`;
  const totalS = (Date.now() - started) / 1000;
  const run = { command, machine, engine: database.engineName, totalS, options: opts };
  const markdown = markdownReport(sizes, metaOf(run, totalS));
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `api-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ ...run, sizes }, null, 2));
  if (opts.doc) writeDocSection(DOC_HEADING, markdown);
  process.stdout.write(`${markdown}\n\nJSON: ${path.relative(projectRoot, file)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
