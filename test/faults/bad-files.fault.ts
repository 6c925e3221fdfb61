import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { testMongoUri } from '../support/database';
import { finished, type Finished, spawnEntry } from '../support/spawn';
import { BAD_FILES, IATI_SAMPLE, ONE_LINE_BYTES, OHCHR_SAMPLE, UHRI_SAMPLE } from './support/bad-files';
import { peakResidentBytes } from './support/gateway-process';
import { mirrorSnapshot } from './support/mirror';

/**
 * A corpus of bad files given to `concord ingest`: each is refused with exit code 1 and one line
 * naming the file and the problem, the mirror stays exactly as it was, and no file is read whole
 * into memory (the 200 MB one-line files included).
 */

const dbName = `concord_fault_bad_${randomBytes(4).toString('hex')}`;
const work = mkdtempSync(path.join(os.tmpdir(), 'concord-bad-files-'));
const env = () => ({ MONGODB_URI: testMongoUri(), MONGODB_DB: dbName, LOG_LEVEL: 'silent' });
let client: MongoClient;
/** Peak resident memory of a CLI run importing a small good file: what any run costs. */
let ordinaryPeak = 0;

/** Runs `concord ingest <command> <file>`, watching the process's peak resident memory. */
async function ingest(command: string, file: string): Promise<Finished & { peak: number }> {
  const child = spawnEntry('src/cli/main.ts', ['ingest', command, file], env());
  const done = finished(child);
  let peak = 0;
  let exited = false;
  void done.then(() => (exited = true));
  while (!exited) {
    peak = Math.max(peak, peakResidentBytes(child.pid!) ?? 0);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { ...(await done), peak };
}

/** The CLI's error lines (it also says, per file, that the file was refused). */
const errorLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('error:'));

beforeAll(async () => {
  client = await MongoClient.connect(testMongoUri());
  for (const [command, file] of [['iati', IATI_SAMPLE], ['ohchr', OHCHR_SAMPLE], ['recommendations', UHRI_SAMPLE]] as const) {
    const result = await ingest(command, file);
    expect(result.code).toBe(0);
    ordinaryPeak = Math.max(ordinaryPeak, result.peak);
  }
}, 120_000);

afterAll(async () => {
  await client.db(dbName).dropDatabase();
  await client.close();
  rmSync(work, { recursive: true, force: true });
});

describe.each(BAD_FILES)('concord ingest $command $name', ({ name, command, write, error }) => {
  let before: Awaited<ReturnType<typeof mirrorSnapshot>>;
  let result: Finished & { peak: number };

  beforeAll(async () => {
    before = await mirrorSnapshot(client.db(dbName));
    const file = write(work);
    try {
      result = await ingest(command, file);
    } finally {
      rmSync(file, { force: true });
    }
  }, 300_000);

  it('exits 1 with one line naming the file and the problem', () => {
    expect(result.code).toBe(1);
    const lines = errorLines(result.stderr);
    expect(lines).toHaveLength(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(lines[0]).toContain(name);
    expect(lines[0]).toMatch(error);
  });

  it('writes nothing: every activity and recommendation and its content hash as before', async () => {
    const after = await mirrorSnapshot(client.db(dbName));
    expect(after.activities.size).toBeGreaterThan(100);
    expect(after).toEqual(before);
  });

  if (name.includes('200mb')) {
    it(`does not read the ${ONE_LINE_BYTES / 1024 / 1024} MB line into memory`, () => {
      expect(result.peak).toBeGreaterThan(0);
      expect(result.peak).toBeLessThan(ordinaryPeak + 100 * 1024 * 1024);
    });
  }
});
