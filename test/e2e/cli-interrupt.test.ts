import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Db, MongoClient } from 'mongodb';
import { testMongoUri } from '../support/database';
import { writeIatiCopies } from '../support/iati-copies';
import { finished, runEntry, spawnEntry } from '../support/spawn';

const ACTIVITIES = 2000;
const work = mkdtempSync(path.join(os.tmpdir(), 'concord-interrupt-'));
const bigFile = writeIatiCopies(path.join(work, 'big.xml'), ACTIVITIES / 100);
let client: MongoClient;
const databases: string[] = [];

beforeAll(async () => {
  client = await MongoClient.connect(testMongoUri());
});

afterAll(async () => {
  for (const name of databases) await client.db(name).dropDatabase();
  await client.close();
});

/** A database of its own per test, and the CLI's environment for it (a progress line every batch). */
function freshDatabase(): { db: () => Db; env: () => Record<string, string> } {
  const name = `concord_test_interrupt_${randomBytes(4).toString('hex')}`;
  databases.push(name);
  return {
    db: () => client.db(name),
    env: () => ({ MONGODB_URI: testMongoUri(), MONGODB_DB: name, LOG_LEVEL: 'silent', CONCORD_PROGRESS_SECONDS: '0' }),
  };
}

/** Resolves once the child wrote a line matching `pattern` on stderr. */
function stderrLine(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = buffer.split('\n').find((line) => pattern.test(line));
      if (match) {
        child.stderr.off('data', onData);
        resolve(match);
      }
    };
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before a line matched ${pattern}: ${buffer.slice(-500)}`)));
  });
}

/**
 * Starts an import of the big file and signals it once a progress line shows it is writing;
 * `times: 2` sends the signal twice in a row, as a terminal's Ctrl-C and a wrapper forwarding it do.
 */
async function importAndSignal(env: Record<string, string>, signal: NodeJS.Signals, times = 1) {
  const child = spawnEntry('src/cli/main.ts', ['ingest', 'iati', bigFile], env);
  const done = finished(child);
  await stderrLine(child, /^big\.xml: 500 read/);
  for (let i = 0; i < times; i++) child.kill(signal);
  return { pid: child.pid!, result: await done };
}

const progressLine = /^big\.xml: [\d ]+ read, /;

describe('SIGINT during concord ingest', () => {
  const { db, env } = freshDatabase();
  let first: Awaited<ReturnType<typeof importAndSignal>>['result'];

  beforeAll(async () => {
    first = (await importAndSignal(env(), 'SIGINT', 2)).result;
  }, 120_000);

  it('exits 130 with one line saying where it stopped', () => {
    expect(first.code).toBe(130);
    expect(first.stdout).toBe('');
    const lines = first.stderr.trim().split('\n').filter((line) => !progressLine.test(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^concord: interrupted by SIGINT: big\.xml stopped at a record boundary after \d+ records \(run [0-9a-f]{24} marked INTERRUPTED, nothing withdrawn\)/);
  });

  it('marks the run INTERRUPTED with the counts of what it wrote', async () => {
    const [run] = await db().collection('import_runs').find({ file: 'big.xml' }).toArray();
    expect(run).toMatchObject({ status: 'INTERRUPTED', owner: { pid: expect.any(Number) } });
    expect(run!.error).toMatch(/interrupted by SIGINT after \d+ records/);
    const { read, created, updated, unchanged, skipped } = run!.counts;
    expect(read).toBeGreaterThanOrEqual(500);
    expect(read).toBeLessThan(ACTIVITIES);
    expect(created + updated + unchanged + skipped).toBe(read);
    expect(first.stderr).toContain(`after ${read} records (run ${run!._id} marked INTERRUPTED`);
    expect(await db().collection('activities').countDocuments({ 'provenance.file': 'big.xml' })).toBe(created);
  });

  it('is redone by the next run, which says so and converges', async () => {
    const [interrupted] = await db().collection('import_runs').find({ file: 'big.xml' }).toArray();
    const again = await runEntry('src/cli/main.ts', ['ingest', 'iati', bigFile, '--json'], env());
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`big.xml: redoing import run ${interrupted!._id}, INTERRUPTED after ${interrupted!.counts.read} records`);
    const [file] = JSON.parse(again.stdout);
    expect(file).toMatchObject({
      status: 'SUCCEEDED',
      redoesRunId: String(interrupted!._id),
      counts: { read: ACTIVITIES, unchanged: interrupted!.counts.read, created: ACTIVITIES - interrupted!.counts.read },
    });
    expect(await db().collection('activities').countDocuments({ 'provenance.file': 'big.xml', mirrorState: 'ACTIVE' })).toBe(ACTIVITIES);
  }, 120_000);
});

describe('SIGTERM during concord ingest', () => {
  it('exits 143 and marks the run INTERRUPTED', async () => {
    const { db, env } = freshDatabase();
    const { result } = await importAndSignal(env(), 'SIGTERM');
    expect(result.code).toBe(143);
    expect(result.stderr).toMatch(/^concord: interrupted by SIGTERM: big\.xml stopped at a record boundary/m);
    const [run] = await db().collection('import_runs').find({ file: 'big.xml' }).toArray();
    expect(run).toMatchObject({ status: 'INTERRUPTED', error: expect.stringMatching(/by SIGTERM/) });
  }, 120_000);
});

describe('a CLI killed during an import', () => {
  it('leaves a RUNNING run that the next start marks ABANDONED and redoes', async () => {
    const { db, env } = freshDatabase();
    const { pid, result } = await importAndSignal(env(), 'SIGKILL');
    expect(result.code).toBeNull();
    const [left] = await db().collection('import_runs').find({ file: 'big.xml' }).toArray();
    expect(left).toMatchObject({ status: 'RUNNING', owner: { pid } });

    const again = await runEntry('src/cli/main.ts', ['ingest', 'iati', bigFile, '--json'], env());
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`concord: import run ${left!._id} of big.xml was left RUNNING by pid ${pid}, which has ended: marked ABANDONED`);
    expect(again.stderr).toContain(`big.xml: redoing import run ${left!._id}, ABANDONED (its process ended)`);
    expect(await db().collection('import_runs').findOne({ _id: left!._id })).toMatchObject({ status: 'ABANDONED', finishedAt: expect.any(Date) });
    expect(JSON.parse(again.stdout)[0]).toMatchObject({ status: 'SUCCEEDED', redoesRunId: String(left!._id), counts: { read: ACTIVITIES } });
    expect(await db().collection('activities').countDocuments({ 'provenance.file': 'big.xml', mirrorState: 'ACTIVE' })).toBe(ACTIVITIES);
  }, 180_000);
});

describe('SIGINT while an input is downloaded', () => {
  it('stops the download, exits 130 and says nothing was imported', async () => {
    let stalled: ServerResponse | undefined;
    let requested: () => void = () => undefined;
    const request = new Promise<void>((resolve) => (requested = resolve));
    const server = createServer((_req, res) => {
      // Headers and the start of a file, then nothing: a slow download.
      res.writeHead(200, { 'content-type': 'application/xml' }).write('<?xml version="1.0"?>\n<iati-activities version="2.03">\n');
      stalled = res;
      requested();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow.xml`;
    const { env } = freshDatabase();
    const child = spawnEntry('src/cli/main.ts', ['ingest', 'iati', url], env());
    const done = finished(child);
    await request;
    child.kill('SIGINT');
    const result = await done;
    stalled?.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(result.code).toBe(130);
    expect(result.stderr.trim().split('\n')).toEqual(['concord: interrupted by SIGINT while downloading the inputs; nothing was imported']);
  }, 60_000);
});
