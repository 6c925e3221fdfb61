import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { DEFAULT_ENGINE_CACHE_MB, DEFAULT_ENGINE_HEAP_MB, isAlive, startEmbeddedEngine, type EngineHandle } from '../../src/db/engine';
import { writeDocSection } from '../docs-section';
import { ensurePortfolio, type Portfolio } from '../portfolio/portfolio';
import { importRuns, processMemory, runCli, type CliRun, type FileRun } from './cli-ingest';
import type { Measurement } from './measure';
import { markdownReport, type IngestSizeResult } from './report';

/**
 * Ingest benchmark: the real command line, `concord ingest iati <folder>`, over a portfolio of
 * about 100 activities per file (bench/portfolio) into an empty mirror that grows to the size:
 * parse, validation pass, hashing, lookup of existing records, batched writes, withdraw step.
 *   npx tsx bench/ingest/run.ts [--sizes=10000,100000] [--seed=20240101] [--data-dir=DIR] [--cache-dir=DIR] [--no-doc]
 *   npx tsx bench/ingest/run.ts --report=bench/results/ingest-A.json[,…]   (the doc section from earlier runs, each with its command)
 * --data-dir: the embedded engine's folder; each size is ingested into database
 * concord_bench_n<size>_s<seed>, which the API benchmark then reuses (same --data-dir).
 * --cache-dir: where the generated XML files are kept (default: the OS temp folder).
 * Database: CONCORD_BENCH_MONGODB_URI (loopback only), else the embedded engine, started with
 * CONCORD_ENGINE_HEAP_MB / CONCORD_ENGINE_CACHE_MB when set (the CLI and gateways join it).
 * Per file, times come from the import runs the command records (durationMs); activities/s of
 * the first and the last 10 files show whether a growing mirror slows the import. A second,
 * labelled line parses the same files without any database (parse-only).
 * Writes the JSON to bench/results/ingest-<timestamp>.json and its section of docs/benchmarks.md.
 */
const projectRoot = path.resolve(__dirname, '../..');
const resultsDir = path.join(projectRoot, 'bench', 'results');
const measureScript = path.join(__dirname, 'measure.ts');
const EDGE_FILES = 10;

interface Options {
  sizes: number[];
  seed: number;
  dataDir: string | undefined;
  cacheDir: string;
  doc: boolean;
}

function options(argv: string[]): Options {
  const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  return {
    sizes: (value('sizes') ?? '10000,100000').split(',').map(Number),
    seed: Number(value('seed') ?? 20240101),
    dataDir: value('data-dir'),
    cacheDir: path.resolve(value('cache-dir') ?? path.join(os.tmpdir(), 'concord-bench-portfolio')),
    doc: !argv.includes('--no-doc'),
  };
}

const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

export const benchDbName = (activities: number, seed: number) => `concord_bench_n${activities}_s${seed}`;

/** Where the CLI finds the database: the given loopback MongoDB, or the engine this process holds open. */
export interface BenchDatabase {
  uri: string;
  env: Record<string, string>;
  enginePid: number | null;
  engineName: string;
  /** Starts the embedded engine again if its process died; true when it had to. */
  revive(): Promise<boolean>;
  stop(): Promise<void>;
}

/** The engine's heap and cache: CONCORD_ENGINE_HEAP_MB / CONCORD_ENGINE_CACHE_MB as the gateway reads them, else its defaults. */
function engineSettings(): { heapMb?: number; cacheMb?: number; label: string } {
  const heapMb = process.env.CONCORD_ENGINE_HEAP_MB ? Number(process.env.CONCORD_ENGINE_HEAP_MB) : undefined;
  const cacheMb = process.env.CONCORD_ENGINE_CACHE_MB ? Number(process.env.CONCORD_ENGINE_CACHE_MB) : undefined;
  const label =
    heapMb === undefined && cacheMb === undefined
      ? `default heap ${DEFAULT_ENGINE_HEAP_MB} MB and cache ${DEFAULT_ENGINE_CACHE_MB} MB`
      : `heap ${heapMb ?? DEFAULT_ENGINE_HEAP_MB} MB, cache ${cacheMb ?? DEFAULT_ENGINE_CACHE_MB} MB`;
  return { ...(heapMb === undefined ? {} : { heapMb }), ...(cacheMb === undefined ? {} : { cacheMb }), label };
}

export async function openBenchDatabase(dataDirOption: string | undefined, prefix: string): Promise<BenchDatabase> {
  const given = process.env.CONCORD_BENCH_MONGODB_URI;
  if (given) {
    if (!/^mongodb:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/.test(given)) throw new Error('CONCORD_BENCH_MONGODB_URI must point at a loopback address');
    return { uri: given, env: { MONGODB_URI: given }, enginePid: null, engineName: 'MongoDB (CONCORD_BENCH_MONGODB_URI)', revive: async () => false, stop: async () => undefined };
  }
  const dataDir = dataDirOption ? path.resolve(dataDirOption) : mkdtempSync(path.join(os.tmpdir(), prefix));
  const settings = engineSettings();
  log(`embedded engine in ${dataDir}, ${settings.label}`);
  let engine: EngineHandle = await startEmbeddedEngine({ dataDir, heapMb: settings.heapMb, cacheMb: settings.cacheMb, onPrepare: (what) => log(what) });
  const database: BenchDatabase = {
    uri: engine.uri,
    // The CLI and the gateways join this engine through the data folder, as they would in use.
    env: { CONCORD_DATA_DIR: dataDir },
    enginePid: engine.pid,
    engineName: `embedded engine (mongo-java-server 1.47, H2; ${settings.label})`,
    revive: async () => {
      if (isAlive(engine.pid)) return false;
      log('the embedded engine died; starting it again');
      await engine.stop();
      engine = await startEmbeddedEngine({ dataDir, heapMb: settings.heapMb, cacheMb: settings.cacheMb });
      database.uri = engine.uri;
      database.enginePid = engine.pid;
      return true;
    },
    stop: () => engine.stop(),
  };
  return database;
}

function rate(runs: FileRun[]): { activities: number; ms: number; perSecond: number } {
  const activities = runs.reduce((n, r) => n + r.read, 0);
  const ms = runs.reduce((n, r) => n + r.durationMs, 0);
  return { activities, ms, perSecond: ms > 0 ? (activities / ms) * 1000 : 0 };
}

function parseOnly(files: string[]): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', measureScript, 'stream', ...files], { cwd: projectRoot });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      const line = stdout.trim().split('\n').pop();
      resolve(line?.startsWith('{') ? (JSON.parse(line) as Measurement) : { mode: 'stream', file: `${files.length} files`, activities: 0, wallMs: 0, rssBeforeMiB: 0, peakRssMiB: 0, error: 'no result' });
    });
  });
}

/** Drops the size's database and ingests its portfolio through the CLI; marks the database for the API benchmark. */
export async function ingestPortfolio(database: BenchDatabase, portfolio: Portfolio, dbName: string): Promise<{ cli: CliRun; runs: FileRun[]; recommendations: CliRun }> {
  const client = await new MongoClient(database.uri).connect();
  try {
    await client.db(dbName).dropDatabase();
  } finally {
    await client.close();
  }
  const env = { ...database.env, MONGODB_DB: dbName, CONCORD_SEED_SAMPLE: 'false' };
  log(`${dbName}: concord ingest iati ${portfolio.files.length} files (${portfolio.activities} activities)…`);
  const cli = await runCli(['ingest', 'iati', '--json', portfolio.dir], env);
  if (cli.exitCode !== 0) throw new Error(`concord ingest iati exited with ${cli.exitCode}: ${cli.stderrTail}`);
  const recommendationsFile = path.join(projectRoot, 'data', 'sample', 'recommendations', 'uhri-sample.json');
  const recommendations = await runCli(['ingest', 'recommendations', '--json', recommendationsFile], env);
  if (recommendations.exitCode !== 0) throw new Error(`concord ingest recommendations exited with ${recommendations.exitCode}: ${recommendations.stderrTail}`);
  const runs = await importRuns(database.uri, dbName, 'IATI');
  const marker = await new MongoClient(database.uri).connect();
  try {
    await marker.db(dbName).collection('bench_dataset').replaceOne({ _id: 'spec' as never }, { activities: portfolio.activities, seed: portfolio.seed, via: 'concord ingest iati' }, { upsert: true });
  } finally {
    await marker.close();
  }
  return { cli, runs, recommendations };
}

interface SavedRun {
  command: string;
  machine: { node: string; cpu: string; cores: number; memoryMiB: number };
  engine: string;
  sizes: IngestSizeResult[];
}

const describeMachine = (m: SavedRun['machine']) => `${m.cores} cores (${m.cpu}), ${m.memoryMiB} MiB, Node ${m.node}`;

/** Rewrites the doc section from saved runs, one table per run under its own command. */
function reportSaved(files: string[]): void {
  const runs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as SavedRun);
  const markdown = runs.map((r) => markdownReport(r.sizes, { command: r.command, machine: describeMachine(r.machine), engine: r.engine, edgeFiles: EDGE_FILES })).join('\n\n');
  writeDocSection(DOC_HEADING, markdown);
  process.stdout.write(`${markdown}\n`);
}

const DOC_HEADING = 'Ingest: `concord ingest iati` into a growing mirror';

async function main(): Promise<void> {
  const saved = process.argv.slice(2).find((a) => a.startsWith('--report='));
  if (saved) return reportSaved(saved.slice('--report='.length).split(','));
  const opts = options(process.argv.slice(2));
  const database = await openBenchDatabase(opts.dataDir, 'concord-bench-ingest-');
  const sizes: IngestSizeResult[] = [];
  try {
    for (const activities of opts.sizes) {
      log(`portfolio of ${activities} activities in ${opts.cacheDir}…`);
      const portfolio = ensurePortfolio(opts.cacheDir, { activities, seed: opts.seed });
      const dbName = benchDbName(activities, opts.seed);
      const { cli, runs } = await ingestPortfolio(database, portfolio, dbName);
      const engineMemory = database.enginePid === null ? null : processMemory(database.enginePid);
      log(`${dbName}: parse only…`);
      const parse = await parseOnly(portfolio.files.map((f) => path.join(portfolio.dir, f)));
      const all = rate(runs);
      sizes.push({
        activities,
        files: portfolio.files.length,
        fileMiB: portfolio.bytes / 2 ** 20,
        cliWallMs: cli.wallMs,
        cliPeakRssMiB: cli.peakRssMiB,
        rssFirstMiB: cli.rssSamplesMiB.slice(2, 7),
        rssLastMiB: cli.rssSamplesMiB.slice(-5),
        engineRssMiB: engineMemory ? Math.round(engineMemory.rssMiB) : null,
        overall: all,
        first: rate(runs.slice(0, EDGE_FILES)),
        last: rate(runs.slice(-EDGE_FILES)),
        slowestFileMs: Math.max(...runs.map((r) => r.durationMs)),
        failedFiles: runs.filter((r) => r.status !== 'SUCCEEDED').length,
        parse,
      });
      log(`${dbName}: ${Math.round(all.perSecond)} activities/s over ${runs.length} files`);
    }
  } finally {
    await database.stop();
  }
  const machine = { node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryMiB: Math.round(os.totalmem() / 2 ** 20) };
  const command = `npm run bench:ingest -- --sizes=${opts.sizes.join(',')} --seed=${opts.seed}${opts.dataDir ? ' --data-dir=DIR' : ''}`;
  const markdown = markdownReport(sizes, { command, machine: describeMachine(machine), engine: database.engineName, edgeFiles: EDGE_FILES });
  mkdirSync(resultsDir, { recursive: true });
  const startedAt = new Date().toISOString();
  const out = path.join(resultsDir, `ingest-${startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, `${JSON.stringify({ startedAt, command, seed: opts.seed, machine, engine: database.engineName, sizes }, null, 2)}\n`);
  if (opts.doc) writeDocSection(DOC_HEADING, markdown);
  process.stdout.write(`${markdown}\n\nJSON: ${path.relative(projectRoot, out)}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
