import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { ObjectId } from 'mongodb';
import { markAbandonedRuns } from '../../src/modules/import/abandoned-runs';
import { emptyCounts, openImportRun } from '../../src/modules/import/import-run.store';
import { currentOwner, type RunOwner } from '../../src/modules/import/run-owner';
import { openTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(() => database.destroy());

const endedPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

async function insertRun(file: string, status: string, owner: RunOwner | null, startedAt = new Date()): Promise<ObjectId> {
  const { insertedId } = await database.db.collection('import_runs').insertOne({
    kind: 'IATI',
    file,
    source: null,
    status,
    startedAt,
    finishedAt: null,
    durationMs: null,
    counts: emptyCounts(),
    skippedRecords: [],
    warningSamples: [],
    error: null,
    owner,
  });
  return insertedId;
}

const statusOf = async (id: ObjectId) => (await database.db.collection('import_runs').findOne({ _id: id }))?.status;

describe('markAbandonedRuns', () => {
  it('marks ABANDONED a RUNNING run whose process has ended, saying which process', async () => {
    const pid = endedPid();
    const id = await insertRun('dead.xml', 'RUNNING', { ...currentOwner(), pid });
    const marked = await markAbandonedRuns(database.db);
    expect(marked).toEqual([{ id: String(id), kind: 'IATI', file: 'dead.xml', owner: expect.objectContaining({ pid }) }]);
    const run = await database.db.collection('import_runs').findOne({ _id: id });
    expect(run).toMatchObject({ status: 'ABANDONED', finishedAt: expect.any(Date), error: expect.stringContaining(`pid ${pid} on ${os.hostname()}`) });
  });

  it('leaves a run whose process still runs', async () => {
    const id = await insertRun('alive.xml', 'RUNNING', currentOwner());
    await markAbandonedRuns(database.db);
    expect(await statusOf(id)).toBe('RUNNING');
  });

  it('leaves runs of other hosts and runs without an owner', async () => {
    const elsewhere = await insertRun('elsewhere.xml', 'RUNNING', { ...currentOwner(), pid: endedPid(), host: `not-${os.hostname()}` });
    const unowned = await insertRun('unowned.xml', 'RUNNING', null);
    await markAbandonedRuns(database.db);
    expect(await statusOf(elsewhere)).toBe('RUNNING');
    expect(await statusOf(unowned)).toBe('RUNNING');
  });

  it('leaves finished runs alone', async () => {
    const id = await insertRun('done.xml', 'SUCCEEDED', { ...currentOwner(), pid: endedPid() });
    await markAbandonedRuns(database.db);
    expect(await statusOf(id)).toBe('SUCCEEDED');
  });
});

describe('openImportRun', () => {
  it('records this process as the owner', async () => {
    const { run } = await openImportRun(database.orm.em.fork(), 'IATI', 'owned.xml', null, false);
    expect(run.owner).toEqual(currentOwner());
  });

  it('names the unfinished run of the same file it redoes', async () => {
    const abandoned = await insertRun('redo.xml', 'ABANDONED', null);
    const { run, redone } = await openImportRun(database.orm.em.fork(), 'IATI', 'redo.xml', null, false);
    expect(redone?.id).toBe(String(abandoned));
    expect(run.redoesRunId).toBe(String(abandoned));
  });

  it('redoes nothing when the latest run of the file finished', async () => {
    await insertRun('finished.xml', 'INTERRUPTED', null, new Date('2026-01-01T10:00:00Z'));
    await insertRun('finished.xml', 'SUCCEEDED', null, new Date('2026-01-01T11:00:00Z'));
    const { redone } = await openImportRun(database.orm.em.fork(), 'IATI', 'finished.xml', null, false);
    expect(redone).toBeNull();
  });
});
