import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { startEmbeddedEngine, type EngineHandle } from '../../src/db/engine';
import { ensureIndexes } from '../../src/db/indexes';
import { generateDataset, sampleRecords } from '../api/dataset';

/**
 * The embedded engine's store at scale: how long a stopped store of N activities takes to reopen
 * (engine ready, first query answered), its size on disk and the engine's memory.
 *   npx tsx bench/engine/run.ts [--sizes=10000,100000] [--runs=3] [--heap-mb=3072] [--cache-mb=1536] [--json]
 * Each size: a fresh data folder filled with the API benchmark's seeded dataset (real sample
 * activities cloned), a clean stop, then `runs` reopen cycles; medians are reported.
 */
interface Options {
  sizes: number[];
  runs: number;
  heapMb: number | undefined;
  cacheMb: number | undefined;
  json: boolean;
}

function options(argv: string[]): Options {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const number = (name: string) => (value(name) ? Number(value(name)) : undefined);
  return {
    sizes: (value('sizes') ?? '10000,100000').split(',').map(Number),
    runs: number('runs') ?? 3,
    heapMb: number('heap-mb'),
    cacheMb: number('cache-mb'),
    json: argv.includes('--json'),
  };
}

const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

interface SizeResult {
  activities: number;
  storeMb: number;
  fillSeconds: number;
  reopenMs: number;
  firstQueryMs: number;
  kenyaPageMs: number;
  engineRssMb: number;
}

const KENYA = { mirrorState: 'ACTIVE', restricted: false, 'recipientCountries.code': 'KE' };

async function measureSize(activities: number, opts: Options): Promise<SizeResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `concord-bench-engine-${activities}-`));
  const settings = { dataDir, heapMb: opts.heapMb, cacheMb: opts.cacheMb };
  const fillStart = process.hrtime.bigint();
  let engine: EngineHandle = await startEmbeddedEngine(settings);
  let client = await MongoClient.connect(engine.uri);
  const db = client.db('concord');
  await ensureIndexes(db);
  await generateDataset(db, { activities, seed: 20240101 }, await sampleRecords(), (done) => {
    if (done % 10_000 === 0) log(`${activities}: ${done} activities written`);
  });
  await client.close();
  await engine.stop();
  const fillSeconds = Number(process.hrtime.bigint() - fillStart) / 1e9;
  const storeMb = Math.round(statSync(path.join(dataDir, 'store.mv.db')).size / 1024 / 1024);
  log(`${activities}: store of ${storeMb} MB written in ${fillSeconds.toFixed(1)} s`);

  const reopen: number[] = [];
  const firstQuery: number[] = [];
  const kenya: number[] = [];
  let rss = 0;
  for (let run = 0; run < opts.runs; run++) {
    const t0 = process.hrtime.bigint();
    engine = await startEmbeddedEngine({ ...settings, onLog: (line) => log(`  engine: ${line}`) });
    const t1 = process.hrtime.bigint();
    client = await MongoClient.connect(engine.uri);
    const activitiesCollection = client.db('concord').collection('activities');
    const count = await activitiesCollection.countDocuments({ mirrorState: 'ACTIVE' });
    const t2 = process.hrtime.bigint();
    if (count !== activities) throw new Error(`reopened store has ${count} activities, expected ${activities}`);
    const pageStart = process.hrtime.bigint();
    await activitiesCollection.find(KENYA).sort({ sortLastUpdated: -1, _id: -1 }).limit(51).toArray();
    await activitiesCollection.countDocuments(KENYA);
    kenya.push(Number(process.hrtime.bigint() - pageStart) / 1e6);
    reopen.push(Number(t1 - t0) / 1e6);
    firstQuery.push(Number(t2 - t1) / 1e6);
    rss = Math.max(rss, rssMb(engine.pid));
    await client.close();
    await engine.stop();
    log(`${activities}: reopen ${reopen.at(-1)!.toFixed(0)} ms, first count ${firstQuery.at(-1)!.toFixed(0)} ms, Kenya page + count ${kenya.at(-1)!.toFixed(0)} ms`);
  }
  return {
    activities,
    storeMb,
    fillSeconds: Math.round(fillSeconds * 10) / 10,
    reopenMs: Math.round(median(reopen)),
    firstQueryMs: Math.round(median(firstQuery)),
    kenyaPageMs: Math.round(median(kenya)),
    engineRssMb: rss,
  };
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const results: SizeResult[] = [];
  for (const size of opts.sizes) results.push(await measureSize(size, opts));
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const lines = [
    `Embedded engine store (heap ${opts.heapMb ?? 'default'} MB, cache ${opts.cacheMb ?? 'default'} MB), median of ${opts.runs} reopen cycles, ${os.cpus().length} cores:`,
    '',
    '| activities | store on disk | reopen (engine ready) | first count | Kenya page of 50 + count (first after reopen) | engine RSS |',
    '|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.activities.toLocaleString('en')} | ${r.storeMb} MB | ${r.reopenMs} ms | ${r.firstQueryMs} ms | ${r.kenyaPageMs} ms | ${r.engineRssMb} MB |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
