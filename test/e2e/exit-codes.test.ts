import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { SAMPLE_DIR } from '../../src/ingest/sample';
import { currentOwner } from '../../src/modules/import/run-owner';
import { testMongoUri } from '../support/database';
import { writeIatiCopies } from '../support/iati-copies';
import { finished, runEntry, spawnEntry } from '../support/spawn';

// Every exit code of the README's tables. 130 and 143 (a stopped import) are in cli-interrupt.test.ts.

const dbName = `concord_test_exit_${randomBytes(4).toString('hex')}`;
const UNREACHABLE = 'mongodb://127.0.0.1:1/';
const env = (extra: Record<string, string> = {}) => ({ MONGODB_URI: testMongoUri(), MONGODB_DB: dbName, LOG_LEVEL: 'silent', CONCORD_SEED_SAMPLE: 'false', ...extra });
const cli = (args: string[], extra?: Record<string, string>) => runEntry('src/cli/main.ts', args, env(extra));
const gateway = (extra?: Record<string, string>) => runEntry('src/main.ts', [], env(extra));
const oneLine = (stderr: string) => stderr.trim().split('\n');

afterAll(async () => {
  const client = await MongoClient.connect(testMongoUri());
  await client.db(dbName).dropDatabase();
  await client.close();
});

describe('concord exit codes', () => {
  it('0: every input imported', async () => {
    expect((await cli(['ingest', 'iati', path.join(SAMPLE_DIR, 'foodsecurity-fixture_dportal.xml')])).code).toBe(0);
  });

  it('1: an input was refused', async () => {
    const result = await cli(['ingest', 'iati', '/nonexistent/activities.xml']);
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toEqual(['concord: /nonexistent/activities.xml: no such file or folder']);
  });

  it('2: bad command line', async () => {
    const result = await cli(['ingest', 'nowhere', 'x']);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toEqual(['concord: unknown source "nowhere": use iati, ohchr, recommendations, field-operations, experts or institutions']);
  });

  it('2: bad configuration', async () => {
    const result = await cli(['keys', 'list'], { MONGODB_DB: 'no spaces allowed' });
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toEqual([expect.stringMatching(/^concord: invalid configuration: MONGODB_DB: /)]);
  });

  it('2: an --out file that cannot be written, in one line', async () => {
    const result = await cli(['report', 'overlaps', '--format', 'md', '--out', '/nonexistent/report.md']);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toEqual(['concord: --out /nonexistent/report.md: cannot write (ENOENT)']);
  });

  it('3: the database is unreachable, in one line without a stack trace', async () => {
    const result = await cli(['keys', 'list'], { MONGODB_URI: UNREACHABLE });
    expect(result.code).toBe(3);
    expect(oneLine(result.stderr)).toEqual(['concord: cannot reach MongoDB at 127.0.0.1:1 (MONGODB_URI)']);
  });

  it('3: with LOG_LEVEL=debug the details go to the log', async () => {
    const result = await cli(['keys', 'list'], { MONGODB_URI: UNREACHABLE, LOG_LEVEL: 'debug' });
    expect(result.code).toBe(3);
    const log = oneLine(result.stderr).filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    expect(log).toContainEqual(expect.objectContaining({ level: 20, msg: 'command failed', err: expect.objectContaining({ stack: expect.stringContaining('DatabaseUnavailableError') }) }));
  });

  it('3: the database stops answering during an import, in one line', async () => {
    const proxy = await databaseProxy();
    const file = writeIatiCopies(path.join(mkdtempSync(path.join(os.tmpdir(), 'concord-lost-')), 'lost.xml'), 20);
    const child = spawnEntry('src/cli/main.ts', ['ingest', 'iati', file], env({ MONGODB_URI: proxy.uri, CONCORD_PROGRESS_SECONDS: '0' }));
    const done = finished(child);
    await new Promise<void>((resolve) => child.stderr.on('data', (chunk: Buffer) => chunk.toString().includes('500 read') && resolve()));
    await proxy.cut();
    const result = await done;
    expect(result.code).toBe(3);
    const lines = oneLine(result.stderr).filter((line) => !line.startsWith('lost.xml:'));
    expect(lines).toEqual([expect.stringMatching(/^concord: the database stopped answering \(.+\)$/)]);
  }, 120_000);
});

/** A TCP relay to the test database that can be cut, as a database that goes away would be. */
async function databaseProxy(): Promise<{ uri: string; cut: () => Promise<void> }> {
  const target = new URL(testMongoUri());
  const sockets = new Set<Socket>();
  const relay = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const uri = `mongodb://127.0.0.1:${(relay.address() as AddressInfo).port}/`;
  return {
    uri,
    cut: async () => {
      const closed = new Promise<void>((resolve) => relay.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

describe('gateway exit codes', () => {
  let blocker: Server;
  let busyPort: number;

  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    busyPort = (blocker.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('2: bad configuration', async () => {
    const result = await gateway({ PORT: 'abc' });
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toEqual([expect.stringMatching(/^concord: invalid configuration: PORT: PORT must be a number/)]);
  });

  it('2: the port is taken, in one line naming PORT', async () => {
    const result = await gateway({ PORT: String(busyPort), HOST: '127.0.0.1' });
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toEqual([
      `concord: port ${busyPort} on 127.0.0.1 is already in use: stop the process that holds it, or set PORT to a free port (PORT=0 picks one)`,
    ]);
  });

  it('3: the database is unreachable, in one line', async () => {
    const result = await gateway({ MONGODB_URI: UNREACHABLE });
    expect(result.code).toBe(3);
    expect(oneLine(result.stderr)).toEqual(['concord: cannot reach MongoDB at 127.0.0.1:1 (MONGODB_URI)']);
  });
});

describe('gateway start and stop', () => {
  let child: ChildProcessWithoutNullStreams;
  let runId: string;
  let stderr = '';

  beforeAll(async () => {
    const client = await MongoClient.connect(testMongoUri());
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    const { insertedId } = await client.db(dbName).collection('import_runs').insertOne({
      kind: 'IATI',
      file: 'left-running.xml',
      status: 'RUNNING',
      startedAt: new Date(),
      counts: { read: 0, created: 0, updated: 0, unchanged: 0, withdrawn: 0, skipped: 0, warnings: 0 },
      owner: { ...currentOwner(), pid: deadPid },
    });
    await client.close();
    runId = String(insertedId);
    child = spawnEntry('src/main.ts', [], env({ PORT: '0', LOG_LEVEL: 'info' }));
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('Concord gateway ready')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`gateway exited with ${code}: ${stderr.slice(-500)}`)));
    });
  }, 60_000);

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('marks ABANDONED the runs of ended processes when it starts', async () => {
    const client = await MongoClient.connect(testMongoUri());
    const run = await client.db(dbName).collection('import_runs').findOne({ file: 'left-running.xml' });
    await client.close();
    expect(run).toMatchObject({ status: 'ABANDONED' });
    expect(stderr).toContain(`"importRunId":"${runId}"`);
  });

  it('0: stopped by SIGTERM', async () => {
    const done = finished(child);
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
  });
});
