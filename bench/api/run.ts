import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import type { ActivityRecord } from '../../src/modules/activity/activity.model';
import { startEmbeddedEngine, type EngineHandle } from '../../src/db/engine';
import { ensureIndexes } from '../../src/db/indexes';
import { seedKnownOrganisations } from '../../src/modules/organisation/organisation.seed';
import { generateDataset, hasDataset, sampleRecords } from './dataset';
import { startGatewayProcess } from './gateway-process';
import { load, probe } from './load';
import { PAGE_WITH_JOINS } from './query';
import { markdownReport, type SizeResult, type VariantResult } from './report';
import type { Variant } from './serve';

/**
 * API benchmark: the gateway (DataLoader joins) against a naive resolver-per-field variant of the
 * same schema, on the same synthetic data, one after the other, each in its own process.
 *   npx tsx bench/api/run.ts [--sizes=300,1000 (embedded) | 10000,100000 (MongoDB)] [--duration=10] [--connections=10] [--first=50]
 *                            [--seed=20240101] [--probe-timeout=60] [--data-dir=DIR]
 * Database: CONCORD_BENCH_MONGODB_URI (loopback only), else the embedded engine in DIR (default:
 * a new temporary folder; pass --data-dir to keep the generated data for the next run). The
 * embedded engine is restarted before each variant: it goes on executing the commands of a
 * request abandoned at the probe timeout, which would slow down whatever is measured next.
 * For each size and variant: one request alone (latency, DB commands, answer hash), then
 * autocannon for --duration seconds, unless that one request took longer than the run itself.
 * The naive variant is not run when the DataLoader one already missed the one-request timeout.
 * Prints a markdown table; writes the JSON to bench/results/api-<timestamp>.json.
 */
const projectRoot = path.resolve(__dirname, '../..');
const resultsDir = path.join(projectRoot, 'bench', 'results');

interface Options {
  sizes: number[];
  durationS: number;
  connections: number;
  first: number;
  seed: number;
  probeTimeoutS: number;
  dataDir: string | undefined;
}

function options(argv: string[]): Options {
  const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  return {
    // 10k/100k need MongoDB; the embedded engine scans the collection for every query (README, Performance).
    sizes: (value('sizes') ?? (process.env.CONCORD_BENCH_MONGODB_URI ? '10000,100000' : '300,1000')).split(',').map(Number),
    durationS: Number(value('duration') ?? 10),
    connections: Number(value('connections') ?? 10),
    first: Number(value('first') ?? 50),
    seed: Number(value('seed') ?? 20240101),
    probeTimeoutS: Number(value('probe-timeout') ?? 60),
    dataDir: value('data-dir'),
  };
}

const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

/** The database server: the given MongoDB, or the embedded engine (re)started on one data folder. */
interface Server {
  embedded: boolean;
  /** A URI on a freshly (re)started server. */
  restart(): Promise<string>;
  stop(): Promise<void>;
}

function server(opts: Options): Server {
  const given = process.env.CONCORD_BENCH_MONGODB_URI;
  if (given) {
    if (!/^mongodb:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/.test(given)) throw new Error('CONCORD_BENCH_MONGODB_URI must point at a loopback address');
    return { embedded: false, restart: async () => given, stop: async () => undefined };
  }
  const dataDir = opts.dataDir ? path.resolve(opts.dataDir) : mkdtempSync(path.join(os.tmpdir(), 'concord-bench-api-'));
  log(`embedded engine in ${dataDir}`);
  let engine: EngineHandle | undefined;
  return {
    embedded: true,
    restart: async () => {
      await engine?.stop();
      engine = await startEmbeddedEngine({ dataDir, onPrepare: (what) => log(what) });
      return engine.uri;
    },
    stop: async () => engine?.stop(),
  };
}

/** Generates the size's dataset unless the database already holds it; returns the time taken, null when reused. */
async function ensureDataset(uri: string, dbName: string, spec: { activities: number; seed: number }, templates: ActivityRecord[]): Promise<number | null> {
  const client = await new MongoClient(uri).connect();
  try {
    const db = client.db(dbName);
    if (await hasDataset(db, spec)) return null;
    log(`${dbName}: generating ${spec.activities} activities from ${templates.length} sample records…`);
    const t0 = Date.now();
    await db.dropDatabase();
    await ensureIndexes(db);
    await seedKnownOrganisations(db);
    await generateDataset(db, spec, templates, (done) => done % 10_000 === 0 && log(`${dbName}: ${done}`));
    return Date.now() - t0;
  } finally {
    await client.close();
  }
}

async function measureVariant(variant: Variant, uri: string, dbName: string, opts: Options): Promise<VariantResult> {
  const gateway = await startGatewayProcess(variant, uri, dbName);
  try {
    const variables = { first: opts.first };
    log(`${dbName} ${variant}: one request…`);
    let single = await probe(gateway, PAGE_WITH_JOINS, variables, opts.probeTimeoutS * 1000);
    // A fast first answer includes warm-up (JIT, connection pool): measure a second one.
    if (single.latencyMs !== null && single.latencyMs < 2000) single = await probe(gateway, PAGE_WITH_JOINS, variables, opts.probeTimeoutS * 1000);
    if (single.latencyMs === null || single.error) return { variant, probe: single, load: null, skipped: 'no answer to one request' };
    if (single.latencyMs > opts.durationS * 1000) {
      return { variant, probe: single, load: null, skipped: `one request takes longer than the ${opts.durationS} s run` };
    }
    log(`${dbName} ${variant}: ${opts.connections} connections for ${opts.durationS} s…`);
    const loaded = await load(gateway, PAGE_WITH_JOINS, variables, { durationS: opts.durationS, connections: opts.connections, timeoutS: opts.probeTimeoutS });
    return { variant, probe: single, load: loaded };
  } finally {
    await gateway.stop();
  }
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const started = Date.now();
  const db = server(opts);
  const templates = await sampleRecords();
  const sizes: SizeResult[] = [];
  try {
    for (const activities of opts.sizes) {
      const spec = { activities, seed: opts.seed };
      const dbName = `concord_bench_n${activities}_s${opts.seed}`;
      const generatedMs = await ensureDataset(await db.restart(), dbName, spec, templates);
      const variants: VariantResult[] = [await measureVariant('dataloader', await db.restart(), dbName, opts)];
      // The naive variant sends the same page query and more commands: when the DataLoader one
      // already misses the timeout, running it would only spend the time limit.
      variants.push(
        variants[0]!.probe.latencyMs === null
          ? { variant: 'naive', probe: { latencyMs: null, commands: null, dataHash: null, error: 'not run: the DataLoader variant already exceeded the timeout' }, load: null, skipped: 'not run' }
          : await measureVariant('naive', await db.restart(), dbName, opts),
      );
      const hashes = variants.map((v) => v.probe.dataHash);
      sizes.push({ activities, generatedMs, variants, sameAnswer: hashes.every((h) => h !== null) ? hashes[0] === hashes[1] : null });
    }
  } finally {
    await db.stop();
  }
  const engineName = db.embedded ? 'embedded engine (FerretDB 1.24, SQLite)' : 'MongoDB (CONCORD_BENCH_MONGODB_URI)';
  const settings =
    `API benchmark on ${engineName}, ${os.cpus().length} CPUs: page of ${opts.first} activities with joins, ` +
    `${opts.connections} connections for ${opts.durationS} s per variant, one-request timeout ${opts.probeTimeoutS} s, seed ${opts.seed}, ` +
    `total ${((Date.now() - started) / 1000).toFixed(0)} s.`;
  const markdown = markdownReport(sizes, settings);
  process.stdout.write(`${markdown}\n`);
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `api-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ settings: { ...opts, engine: engineName }, sizes }, null, 2));
  log(`results: ${path.relative(projectRoot, file)}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
