import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Collection, MongoClient } from 'mongodb';
import { type EngineHandle, startEmbeddedEngine } from '../../src/db/engine';

/**
 * Full scans of the embedded engine while it writes and compacts: every scan sees every document.
 * The engine's store frees a chunk once it holds no live page and is older than its retention
 * time (45 s from when it was written); a read that had not pinned its version then failed with
 * "Chunk N not found" (first seen on the first full read of a 100k-activity mirror). The launcher
 * now pins the store version each request reads. This test guards that wrapper (scans complete and
 * exact under replacement, ageing and reopen); it is not a reproduction of the original failure,
 * which on the unfixed launcher appeared only with a store of that size (it passed here 5 times
 * out of 5): the evidence for the fix is in docs/reliability.md.
 */

const DOCUMENTS = 60_000;
const BATCH = 100;
const SCAN_FOR_MS = 60_000;
const SCANNERS = 2;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'concord-fault-long-reads-'));
let engine: EngineHandle;
let client: MongoClient;
let docs: Collection<{ _id: string; key: string; n: number; v: number; body: string; tags: string[] }>;

const doc = (n: number, v: number) => ({
  _id: `d-${n}`,
  key: `k-${n}`,
  n,
  v,
  body: randomBytes(1500).toString('base64'),
  tags: Array.from({ length: 20 }, (_, k) => `t${(n * 7 + k) % 97}`),
});

async function replace(from: number, count: number, v: number): Promise<void> {
  const ops = Array.from({ length: count }, (_, k) => ({ replaceOne: { filter: { _id: `d-${from + k}` }, replacement: doc(from + k, v), upsert: true } }));
  await docs.bulkWrite(ops, { ordered: false });
}

beforeAll(async () => {
  // A small page cache, so that scans read pages from the file, as over a large mirror.
  const open = async () => {
    engine = await startEmbeddedEngine({ dataDir, heapMb: 1024, cacheMb: 16 });
    client = await MongoClient.connect(engine.uri);
    docs = client.db('long_reads').collection('docs');
  };
  await open();
  await docs.createIndex({ key: 1 }, { unique: true });
  // Written, then every document replaced once: the chunks are left half empty, for compaction
  // to rewrite and free as they age past the retention time, which they do during the scans.
  for (const v of [0, 1]) for (let n = 0; n < DOCUMENTS; n += BATCH) await replace(n, Math.min(BATCH, DOCUMENTS - n), v);
  // Reopened, as for the first full read of a freshly written mirror.
  await client.close();
  await engine.stop();
  await open();
}, 240_000);

afterAll(async () => {
  await client?.close();
  await engine?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('answers every full scan with every document while documents are replaced', async () => {
  let writing = true;
  let replaced = 0;
  const writer = (async () => {
    for (let v = 2; writing; v++) {
      await replace(Math.floor(Math.random() * (DOCUMENTS - 200)), 200, v);
      replaced += 200;
    }
  })();
  const scans: (number | string)[] = [];
  const until = Date.now() + SCAN_FOR_MS;
  const scanner = async () => {
    while (Date.now() < until) {
      try {
        const [all] = await docs.aggregate<{ n: number }>([{ $match: { body: { $not: /^zzzz/ } } }, { $group: { _id: null, n: { $sum: 1 } } }]).toArray();
        scans.push(all?.n ?? 0);
      } catch (err) {
        scans.push((err as Error).message);
      }
    }
  };
  await Promise.all(Array.from({ length: SCANNERS }, scanner));
  writing = false;
  await writer;
  expect(scans.filter((s) => s !== DOCUMENTS)).toEqual([]);
  expect(scans.length).toBeGreaterThanOrEqual(3);
  expect(replaced).toBeGreaterThan(0);
}, 150_000);
