import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { testMongoUri } from '../support/database';
import { finished, spawnEntry } from '../support/spawn';

const dbName = `concord_test_gateway_stop_${randomBytes(4).toString('hex')}`;
const SAMPLE_FILES = 8;
/** The sample registers (experts, institutions), loaded after the files once the load is not stopped. */
const SAMPLE_REGISTER_FILES = 2;
let client: MongoClient;

beforeAll(async () => {
  client = await MongoClient.connect(testMongoUri());
});

afterAll(async () => {
  await client.db(dbName).dropDatabase();
  await client.close();
});

function startGateway(): ChildProcessWithoutNullStreams {
  return spawnEntry('src/main.ts', [], { MONGODB_URI: testMongoUri(), MONGODB_DB: dbName, PORT: '0', LOG_LEVEL: 'info' });
}

/** Resolves once the gateway logged `message`. */
function logged(child: ChildProcessWithoutNullStreams, message: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      if (buffer.includes(`"msg":"${message}"`)) {
        child.stderr.off('data', onData);
        resolve();
      }
    };
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code} before "${message}": ${buffer.slice(-500)}`)));
  });
}

/** The latest run of each sample file. */
async function latestRuns(): Promise<Map<string, string>> {
  const runs = await client.db(dbName).collection('import_runs').find({}).sort({ startedAt: 1 }).toArray();
  return new Map(runs.map((r) => [r.file as string, r.status as string]));
}

describe('SIGTERM while the gateway loads the sample', () => {
  it('stops the load at a record boundary and exits 0', async () => {
    const child = startGateway();
    const done = finished(child);
    await logged(child, 'mirror is empty: loading the bundled sample');
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
    const statuses = [...(await latestRuns()).values()];
    expect(statuses).toHaveLength(SAMPLE_FILES);
    expect(statuses).toContain('INTERRUPTED');
    expect(statuses.every((s) => s === 'SUCCEEDED' || s === 'INTERRUPTED')).toBe(true);
  }, 120_000);

  it('finishes the load at the next start', async () => {
    const child = startGateway();
    const done = finished(child);
    await logged(child, 'Concord gateway ready');
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
    expect([...(await latestRuns()).values()]).toEqual(Array(SAMPLE_FILES + SAMPLE_REGISTER_FILES).fill('SUCCEEDED'));
    expect(await client.db(dbName).collection('activities').countDocuments({ mirrorState: 'ACTIVE' })).toBeGreaterThan(400);
  }, 120_000);
});
