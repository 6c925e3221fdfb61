import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importIatiFile } from '../../src/ingest/iati-import';
import { importOhchrCsv } from '../../src/ingest/ohchr-import';
import { importRecommendations } from '../../src/ingest/recommendations-import';
import { SAMPLE_DIR } from '../../src/ingest/sample';
import { themeIdsOf, themeIdsOfRecommendation } from '../../src/modules/theme/theme-ids';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { writeIatiCopies } from '../support/iati-copies';

let database: TestDatabase;
const work = mkdtempSync(path.join(os.tmpdir(), 'concord-interruption-'));
const thousand = writeIatiCopies(path.join(work, 'thousand.xml'), 10);

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(() => database.destroy());

const activitiesOf = (file: string) => database.db.collection('activities').countDocuments({ 'provenance.file': file, mirrorState: 'ACTIVE' });

function aborted(reason = 'SIGINT'): AbortSignal {
  const controller = new AbortController();
  controller.abort(reason);
  return controller.signal;
}

describe('an IATI import asked to stop', () => {
  it('stops at the record boundary after the signal, with everything it read written', async () => {
    const controller = new AbortController();
    const run = await importIatiFile(database.orm, database.db, thousand, {
      displayName: 'thousand.xml',
      themeIdsOf,
      signal: controller.signal,
      onProgress: () => controller.abort('SIGINT'),
    });
    expect(run).toMatchObject({ status: 'INTERRUPTED', counts: { read: 500, created: 500, withdrawn: 0 } });
    expect(run.error).toMatch(/^interrupted by SIGINT after 500 records/);
    expect(await activitiesOf('thousand.xml')).toBe(500);
  });

  it('is completed by the next import of the file, which names the run it redoes', async () => {
    const [interrupted] = await database.db.collection('import_runs').find({ file: 'thousand.xml' }).toArray();
    const run = await importIatiFile(database.orm, database.db, thousand, { displayName: 'thousand.xml', themeIdsOf });
    expect(run).toMatchObject({ status: 'SUCCEEDED', redoesRunId: String(interrupted!._id), counts: { read: 1000, unchanged: 500, created: 500 } });
    expect(await activitiesOf('thousand.xml')).toBe(1000);
  });

  it('withdraws nothing when stopped, even from a dataset the file would shrink', async () => {
    const shrunk = writeIatiCopies(path.join(work, 'shrunk.xml'), 6);
    const controller = new AbortController();
    const run = await importIatiFile(database.orm, database.db, shrunk, {
      displayName: 'thousand.xml',
      themeIdsOf,
      signal: controller.signal,
      onProgress: () => controller.abort('SIGINT'),
    });
    expect(run).toMatchObject({ status: 'INTERRUPTED', counts: { read: 500, unchanged: 500, withdrawn: 0 } });
    expect(await activitiesOf('thousand.xml')).toBe(1000);
  });

  it('stops during the first pass, before anything is written', async () => {
    const run = await importIatiFile(database.orm, database.db, thousand, { displayName: 'first-pass.xml', themeIdsOf, signal: aborted() });
    expect(run).toMatchObject({ status: 'INTERRUPTED', counts: { read: 0 } });
    expect(await activitiesOf('first-pass.xml')).toBe(0);
  });
});

describe('OHCHR and UHRI imports asked to stop', () => {
  it('close an OHCHR run INTERRUPTED without writing past the signal', async () => {
    const run = await importOhchrCsv(database.orm, database.db, path.join(SAMPLE_DIR, 'ohchr', 'ohchr-activities.csv'), {
      displayName: 'ohchr-activities.csv',
      themeIdsOf,
      signal: aborted('SIGTERM'),
    });
    expect(run).toMatchObject({ status: 'INTERRUPTED', counts: { read: 0 }, error: expect.stringMatching(/by SIGTERM/) });
    expect(await activitiesOf('ohchr-activities.csv')).toBe(0);
  });

  it('close a recommendations run INTERRUPTED without writing past the signal', async () => {
    const run = await importRecommendations(database.orm, database.db, path.join(SAMPLE_DIR, 'recommendations', 'uhri-sample.json'), {
      displayName: 'uhri-sample.json',
      themeIdsOfRecommendation,
      signal: aborted(),
    });
    expect(run).toMatchObject({ status: 'INTERRUPTED', counts: { read: 0 } });
    expect(await database.db.collection('recommendations').countDocuments({})).toBe(0);
  });
});
