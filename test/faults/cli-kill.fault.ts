import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { SAMPLE_DIR } from '../../src/ingest/sample';
import { testMongoUri } from '../support/database';
import { writeIatiCopies } from '../support/iati-copies';
import { finished, runEntry, spawnEntry } from '../support/spawn';
import { mirrorSnapshot } from './support/mirror';

/**
 * kill -9 of `concord ingest iati` in the middle of an import, then the same command again: the
 * mirror ends with exactly the content hashes of a clean import of the same files.
 */

const work = mkdtempSync(path.join(os.tmpdir(), 'concord-cli-kill-'));
const files = [writeIatiCopies(path.join(work, 'undp-copies.xml'), 30), ...readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.xml')).sort().map((f) => path.join(SAMPLE_DIR, f))];
const databases = [`concord_fault_clean_${randomBytes(4).toString('hex')}`, `concord_fault_killed_${randomBytes(4).toString('hex')}`];
const [cleanDb, killedDb] = databases as [string, string];
const env = (db: string) => ({ MONGODB_URI: testMongoUri(), MONGODB_DB: db, LOG_LEVEL: 'silent' });
let client: MongoClient;

beforeAll(async () => {
  client = await MongoClient.connect(testMongoUri());
});

afterAll(async () => {
  for (const name of databases) await client.db(name).dropDatabase();
  await client.close();
  rmSync(work, { recursive: true, force: true });
});

describe('kill -9 of concord ingest iati mid-import', () => {
  it('leaves a mirror that a re-run brings to the content hashes of a clean import', async () => {
    const clean = await runEntry('src/cli/main.ts', ['ingest', 'iati', ...files], env(cleanDb));
    expect(clean.code).toBe(0);
    const expected = await mirrorSnapshot(client.db(cleanDb));
    expect(expected.activities.size).toBeGreaterThan(3000);

    const importing = spawnEntry('src/cli/main.ts', ['ingest', 'iati', ...files], env(killedDb));
    const killed = finished(importing);
    const activities = client.db(killedDb).collection('activities');
    let written = 0;
    for (let poll = 0; poll < 6000 && importing.exitCode === null && written < 500; poll++) {
      written = await activities.countDocuments();
      if (written < 500) await new Promise((r) => setTimeout(r, 20));
    }
    expect(importing.exitCode).toBeNull();
    importing.kill('SIGKILL');
    expect((await killed).code).toBeNull();
    const partial = await mirrorSnapshot(client.db(killedDb));
    expect(partial.activities.size).toBeGreaterThanOrEqual(500);
    expect(partial.activities.size).toBeLessThan(expected.activities.size);

    const rerun = await runEntry('src/cli/main.ts', ['ingest', 'iati', ...files], env(killedDb));
    expect(rerun.code).toBe(0);
    const actual = await mirrorSnapshot(client.db(killedDb));
    expect(actual.activities.size).toBe(expected.activities.size);
    expect([...actual.activities].filter(([id, state]) => expected.activities.get(id) !== state)).toEqual([]);
  });
});
