import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { isAlive, pings, startEmbeddedEngine } from '../../src/db/engine';
import { SAMPLE_DIR } from '../../src/ingest/sample';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { finished, runEntry, spawnEntry } from '../support/spawn';

/**
 * The embedded engine (mongo-java-server on H2) as Concord's processes share it: one engine per
 * data folder, alive while any registered user lives, durable across a clean stop, and a mirror
 * that converges after the engine is killed in the middle of an import.
 */

const folder = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), prefix));

/** Gateways started by a test; any still running when it ends (a failed assertion) are killed. */
const gateways: ChildProcessWithoutNullStreams[] = [];
function startGateway(env: Record<string, string>): ChildProcessWithoutNullStreams {
  const child = spawnEntry('src/main.ts', [], { PORT: '0', ...env });
  gateways.push(child);
  return child;
}
afterEach(() => {
  for (const child of gateways.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

async function waitUntil(probe: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The sample's IATI files copied `copies` times with new identifiers: a longer, real import. */
function copiedSample(copies: number): string[] {
  const dir = folder('concord-engine-files-');
  const files: string[] = [];
  for (const name of readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.xml')).sort()) {
    const xml = readFileSync(path.join(SAMPLE_DIR, name), 'utf8');
    for (let copy = 0; copy < copies; copy++) {
      const file = path.join(dir, `copy${copy}-${name}`);
      writeFileSync(file, xml.replace(/<iati-identifier>([^<]+)<\/iati-identifier>/g, `<iati-identifier>$1-COPY${copy}</iati-identifier>`));
      files.push(file);
    }
  }
  return files;
}

/** identifier → content hash and mirror state of every activity in a mirror. */
async function mirrorState(uri: string, dbName: string): Promise<Map<string, string>> {
  const client = await MongoClient.connect(uri);
  try {
    const docs = await client
      .db(dbName)
      .collection('activities')
      .find({}, { projection: { iatiIdentifier: 1, 'provenance.contentHash': 1, mirrorState: 1 } })
      .toArray();
    return new Map(docs.map((d) => [d.iatiIdentifier as string, `${d.provenance?.contentHash}:${d.mirrorState}`]));
  } finally {
    await client.close();
  }
}

async function countActivities(uri: string, dbName: string): Promise<number> {
  const client = await MongoClient.connect(uri);
  try {
    return await client.db(dbName).collection('activities').countDocuments();
  } finally {
    await client.close();
  }
}

describe('one engine per data folder, shared by Concord processes', () => {
  it('keeps serving a process that still uses it after the gateway that started it stops', async () => {
    const dataDir = folder('concord-engine-shared-');
    const gateway = startGateway({ CONCORD_DATA_DIR: dataDir, CONCORD_SEED_SAMPLE: 'false', LOG_LEVEL: 'info' });
    const gatewayDone = finished(gateway);
    let log = '';
    gateway.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await waitUntil(() => log.includes('gateway ready'), 'the gateway to be ready');

    const joined = await startEmbeddedEngine({ dataDir });
    expect(joined.owned).toBe(false);

    gateway.kill('SIGTERM');
    expect((await gatewayDone).code).toBe(0);
    expect(isAlive(joined.pid)).toBe(true);
    expect(await pings(joined.uri)).toBe(true);

    await joined.stop();
    await waitUntil(() => !isAlive(joined.pid), 'the engine to stop after its last user');
    expect(existsSync(path.join(dataDir, 'engine.json'))).toBe(false);
  });

  it('stops by itself when its only user dies without stopping it', async () => {
    const dataDir = folder('concord-engine-orphan-');
    const gateway = startGateway({ CONCORD_DATA_DIR: dataDir, CONCORD_SEED_SAMPLE: 'false', LOG_LEVEL: 'info' });
    const gatewayDone = finished(gateway);
    await waitUntil(() => existsSync(path.join(dataDir, 'engine.json')), 'the gateway to start its engine');
    const { pid } = JSON.parse(readFileSync(path.join(dataDir, 'engine.json'), 'utf8')) as { pid: number };

    gateway.kill('SIGKILL');
    await gatewayDone;
    await waitUntil(() => !isAlive(pid), 'the orphaned engine to stop', 20_000);
  });
});

describe('the gateway when its engine is killed', () => {
  it('answers with a clear error meanwhile, restarts the engine on its port and recovers without a restart', async () => {
    const dataDir = folder('concord-engine-fault-');
    const gateway = startGateway({ CONCORD_DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    const gatewayDone = finished(gateway);
    let log = '';
    gateway.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await waitUntil(() => log.includes('gateway ready'), 'the gateway to be ready', 120_000);
    const base = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(log)![1]!;
    const count = async () => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ activities(first: 1) { totalCount } }' }) });
      return (await res.json()) as { data?: { activities: { totalCount: number } } | null; errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[] };
    };
    const before = (await count()).data!.activities.totalCount;
    expect(before).toBeGreaterThan(400);
    const engine = JSON.parse(readFileSync(path.join(dataDir, 'engine.json'), 'utf8')) as { pid: number; uri: string };
    // The engine commits its writes within 200 ms: let the sample the gateway just loaded reach the disk.
    await new Promise((r) => setTimeout(r, 1000));

    process.kill(engine.pid, 'SIGKILL');
    await waitUntil(() => !isAlive(engine.pid), 'the engine to die');
    const during = await count();
    if (during.errors) {
      expect(during.errors.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(JSON.stringify(during)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    }

    await waitUntil(async () => (await fetch(`${base}/readyz`)).status === 200, 'the gateway to be ready again');
    const restarted = JSON.parse(readFileSync(path.join(dataDir, 'engine.json'), 'utf8')) as { pid: number; uri: string };
    expect(restarted.pid).not.toBe(engine.pid);
    expect(restarted.uri).toBe(engine.uri);
    let last: unknown;
    await waitUntil(async () => {
      const answer = await count();
      last = answer;
      return answer.data?.activities.totalCount === before;
    }, 'queries to answer again').catch((err: Error) => {
      throw new Error(`${err.message}; last answer: ${JSON.stringify(last)}`);
    });
    expect(log).toMatch(/the embedded engine stopped unexpectedly: restarting it/);
    expect(gateway.exitCode).toBeNull();

    gateway.kill('SIGTERM');
    expect((await gatewayDone).code).toBe(0);
    await waitUntil(() => !isAlive(restarted.pid), 'the restarted engine to stop with the gateway');
  }, 180_000);
});

describe('durability', () => {
  it('loses nothing written just before a clean stop', async () => {
    const dataDir = folder('concord-engine-durable-');
    const first = await startEmbeddedEngine({ dataDir });
    const client = await MongoClient.connect(first.uri);
    const docs = Array.from({ length: 500 }, (_, i) => ({ key: `doc-${i}`, n: i }));
    await client.db('durability').collection('docs').insertMany(docs);
    await client.db('durability').collection('docs').updateOne({ key: 'doc-499' }, { $set: { last: true } });
    await client.close();
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);

    const second = await startEmbeddedEngine({ dataDir });
    const reopened = await MongoClient.connect(second.uri);
    try {
      expect(second.pid).not.toBe(first.pid);
      expect(await reopened.db('durability').collection('docs').countDocuments()).toBe(500);
      expect(await reopened.db('durability').collection('docs').findOne({ key: 'doc-499' })).toMatchObject({ last: true });
    } finally {
      await reopened.close();
      await second.stop();
    }
  });

  it('converges to the same mirror when the engine is killed (SIGKILL) during an import and the import is run again', async () => {
    const files = copiedSample(4);
    const dbName = 'concord';

    // Reference: the same files imported without interruption, in a data folder of their own.
    const cleanDir = folder('concord-engine-clean-');
    const clean = await runEntry('src/cli/main.ts', ['ingest', 'iati', ...files], { CONCORD_DATA_DIR: cleanDir, MONGODB_DB: dbName, LOG_LEVEL: 'silent' });
    expect(clean.code).toBe(0);
    const cleanEngine = await startEmbeddedEngine({ dataDir: cleanDir });
    const expected = await mirrorState(cleanEngine.uri, dbName);
    await cleanEngine.stop();
    expect(expected.size).toBeGreaterThan(1000);

    // The same import, its engine killed part-way through.
    const dataDir = folder('concord-engine-killed-');
    mkdirSync(dataDir, { recursive: true });
    const engine = await startEmbeddedEngine({ dataDir });
    const importing = spawnEntry('src/cli/main.ts', ['ingest', 'iati', ...files], { CONCORD_DATA_DIR: dataDir, MONGODB_DB: dbName, LOG_LEVEL: 'silent' });
    const interrupted = finished(importing);
    await waitUntil(async () => (await countActivities(engine.uri, dbName).catch(() => 0)) >= 200, 'the import to write its first activities');
    process.kill(engine.pid, 'SIGKILL');
    const failed = await interrupted;
    await engine.stop();
    expect(failed.code).not.toBe(0);

    const rerun = await runEntry('src/cli/main.ts', ['ingest', 'iati', ...files], { CONCORD_DATA_DIR: dataDir, MONGODB_DB: dbName, LOG_LEVEL: 'silent' });
    expect(rerun.code).toBe(0);
    const after = await startEmbeddedEngine({ dataDir });
    try {
      expect(after.pid).not.toBe(engine.pid);
      const actual = await mirrorState(after.uri, dbName);
      expect(actual.size).toBe(expected.size);
      expect([...actual].filter(([id, state]) => expected.get(id) !== state)).toEqual([]);
    } finally {
      await after.stop();
    }
  }, 240_000);
});
