import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InvalidInputFileError } from '../../src/ingest/input-problems';
import { import3wFile } from '../../src/ingest/threew/threew-import';
import { PRESENCES } from '../../src/modules/presence/presence.model';
import { openTestDatabase, type TestDatabase } from '../support/database';

const AF = path.join(__dirname, '../fixtures/3w/afghanistan_3w_operational_presence_january_march_2024.csv');
const PERIOD = { start: '2024-01-01', end: '2024-03-31' };
/** Header, HXL row and data rows of the Afghanistan 3W, without the BOM. */
const lines = readFileSync(AF, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l !== '');
const work = mkdtempSync(path.join(os.tmpdir(), 'concord-presence-'));

/** A 3W CSV of the Afghanistan file's first `rows` data rows (no HDX metadata beside it: the period comes from the flags). */
function afghanSlice(name: string, rows: number, edit: (row: string, index: number) => string = (r) => r): string {
  const file = path.join(work, name);
  writeFileSync(file, `${[lines[0], lines[1], ...lines.slice(2, 2 + rows).map(edit)].join('\n')}\n`);
  return file;
}

/** The first 40 data rows hold 32 organisation × cluster × district presences (EiE and EDUCATION rows of one district are one); the first 20 hold 12. */
const IN_40 = 32;
const IN_20 = 12;

let database: TestDatabase;
const presences = () => database.db.collection(PRESENCES);
const importFile = (file: string, extra: { dryRun?: boolean } = {}) =>
  import3wFile(database.orm, database.db, file, { displayName: path.basename(file), period: PERIOD, ...extra });
const stateOf = async () => JSON.stringify(await presences().find({}).sort({ key: 1 }).project({ _id: 0, 'provenance.importRunId': 0, 'provenance.importedAt': 0 }).toArray());

beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(() => database.destroy());

describe('importing a 3W file', () => {
  it('mirrors one presence per organisation × cluster × district and records the run', async () => {
    const { run } = await importFile(afghanSlice('q1.csv', 40));
    expect([run.kind, run.status, run.counts.read, run.counts.created, await presences().countDocuments({ mirrorState: 'ACTIVE' })]).toEqual(['OCHA_3W', 'SUCCEEDED', 40, IN_40, IN_40]);
  });

  it('writes nothing on a second import of the same file: every presence unchanged', async () => {
    const file = afghanSlice('q1.csv', 40);
    await importFile(file);
    const before = await stateOf();
    const { run } = await importFile(file);
    expect([run.counts.created, run.counts.updated, run.counts.unchanged, run.counts.withdrawn, (await stateOf()) === before]).toEqual([0, 0, IN_40, 0, true]);
  });

  it('withdraws what a newer file of the same country and period no longer lists, whatever its name', async () => {
    await importFile(afghanSlice('q1.csv', 40));
    const { run } = await importFile(afghanSlice('q1-revised.csv', 20));
    const active = await presences().countDocuments({ mirrorState: 'ACTIVE' });
    const withdrawn = await presences().find({ mirrorState: 'WITHDRAWN' }).toArray();
    expect([run.counts.withdrawn, active, withdrawn.length, withdrawn.every((d) => d.provenance.importRunId === run.id)]).toEqual([IN_40 - IN_20, IN_20, IN_40 - IN_20, true]);
  });

  it('leaves the presences of another period alone', async () => {
    await importFile(afghanSlice('q1.csv', 40));
    await import3wFile(database.orm, database.db, afghanSlice('q2.csv', 5), { displayName: 'q2.csv', period: { start: '2024-04-01', end: '2024-06-30' } });
    expect(await presences().countDocuments({ mirrorState: 'ACTIVE' })).toBe(IN_40 + 5);
  });

  it('counts rows without an organisation as skipped, with their line, and mirrors the others', async () => {
    const file = afghanSlice('gaps.csv', 10, (row, i) => (i === 2 ? row.replace(/AF0104,OCCD,Organization for Community Coordination of Development,/, 'AF0104,,,') : row));
    const { run } = await importFile(file);
    expect([run.counts.skipped, run.skippedRecords.map((r) => [r.line, r.reason.startsWith('no organisation')])]).toEqual([1, [[5, true]]]);
  });

  it('lists the organisations it could not match on the run', async () => {
    const { run } = await importFile(afghanSlice('q1.csv', 40));
    expect(run.unmatchedOrganisations?.map((u) => u.ref)).toEqual(['AF-3W-ASCHIANA', 'AF-3W-OCCD', 'AF-3W-DRC', 'AF-3W-AADA', 'AF-3W-A4T']);
  });

  it('writes nothing but a FAILED run when the file is refused', async () => {
    const file = path.join(work, 'no-columns.csv');
    writeFileSync(file, 'identifier,title_en\na,b\n');
    await expect(importFile(file)).rejects.toBeInstanceOf(InvalidInputFileError);
    const runs = await database.db.collection('import_runs').find({ kind: 'OCHA_3W' }).toArray();
    expect([await presences().countDocuments({}), runs.map((r) => r.status)]).toEqual([0, ['FAILED']]);
  });

  it('writes nothing in a dry run and says what it would have done', async () => {
    const { run } = await importFile(afghanSlice('q1.csv', 40), { dryRun: true });
    expect([run.status, run.counts.created, await presences().countDocuments({})]).toEqual(['DRY_RUN', IN_40, 0]);
  });
});

describe('a file older than the one already imported', () => {
  /** A copy of the first `rows` rows of the Afghanistan 3W in a folder of its own, with HDX metadata dating the file. */
  function dated(rows: number, lastModified: string): string {
    const dir = mkdtempSync(path.join(work, 'dated-'));
    const file = path.join(dir, 'afghanistan_3w_operational_presence_january_march_2024.csv');
    writeFileSync(file, `${[lines[0], lines[1], ...lines.slice(2, 2 + rows)].join('\n')}\n`);
    const metadata = JSON.parse(readFileSync(path.join(path.dirname(AF), 'afghanistan-who-does-what-where-january-to-march-2024.hdx-metadata.json'), 'utf8'));
    metadata.resources = metadata.resources.map((r: { name: string }) => ({ ...r, last_modified: lastModified }));
    writeFileSync(path.join(dir, 'afg.hdx-metadata.json'), JSON.stringify(metadata));
    return file;
  }
  const importDated = (file: string) => import3wFile(database.orm, database.db, file, { displayName: path.basename(file) });

  it('is refused and withdraws nothing: HDX dates tell the newer file', async () => {
    await importDated(dated(40, '2024-06-01T00:00:00'));
    const before = await stateOf();
    const refusal = await importDated(dated(20, '2024-05-20T05:32:54')).catch((err: unknown) => err);
    expect([refusal instanceof InvalidInputFileError && /older than .* nothing was written/.test(refusal.message), (await stateOf()) === before]).toEqual([true, true]);
  });

  it('is imported when it is newer, withdrawing what it no longer lists', async () => {
    await importDated(dated(40, '2024-05-20T05:32:54'));
    const { run } = await importDated(dated(20, '2024-06-01T00:00:00'));
    expect([run.status, run.counts.withdrawn]).toEqual(['SUCCEEDED', IN_40 - IN_20]);
  });
});
