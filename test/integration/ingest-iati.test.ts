import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IatiFileError, importIatiFile } from '../../src/ingest/iati-import';
import { SAMPLE_DIR } from '../../src/ingest/sample';
import { themeIdsOf } from '../../src/modules/theme/theme-ids';
import { openTestDatabase, type TestDatabase } from '../support/database';

const UNDP = 'undp_2021-06-15_dportal_111.xml';
const MULTI = 'fao-unido-unicef-unwomen-wfp_2021-06-08_dportal_111.xml';
let database: TestDatabase;
let work: string;

const activities = () => database.db.collection('activities');
const importFile = (file: string, displayName = path.basename(file), extra: { dryRun?: boolean } = {}) =>
  importIatiFile(database.orm, database.db, file, { displayName, themeIdsOf, ...extra });

/** Every activity document, sorted, as JSON: the mirror's exact state. */
async function mirrorState(): Promise<string> {
  const docs = await activities().find({}).sort({ _id: 1 }).toArray();
  return JSON.stringify(docs);
}

beforeAll(async () => {
  database = await openTestDatabase();
  work = mkdtempSync(path.join(os.tmpdir(), 'concord-ingest-'));
  await importFile(path.join(SAMPLE_DIR, UNDP));
  await importFile(path.join(SAMPLE_DIR, MULTI));
});

afterAll(() => database.destroy());

describe('importing IATI files into the mirror', () => {
  it('stores every activity of a file with counts per reporting organisation', async () => {
    const perOrg = await activities()
      .aggregate<{ _id: string; n: number }>([{ $match: { 'provenance.file': MULTI } }, { $group: { _id: '$reportingOrg.ref', n: { $sum: 1 } } }])
      .toArray();
    expect(Object.fromEntries(perOrg.map((r) => [r._id, r.n]))).toEqual({
      'XM-DAC-41301': 38,
      'XM-DAC-41123': 30,
      'XM-DAC-41122': 16,
      'XM-DAC-41146': 12,
      'XM-DAC-41140': 3,
      'XM-DAC-41130': 1,
    });
  });

  it('records provenance on every record', async () => {
    const doc = await activities().findOne({ 'provenance.file': UNDP });
    expect(doc?.provenance).toMatchObject({ source: 'UNDP', file: UNDP, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(doc?.provenance.importRunId).toEqual(expect.any(String));
  });

  it('re-importing the same file changes nothing and reports every activity unchanged', async () => {
    const before = await mirrorState();
    const run = await importFile(path.join(SAMPLE_DIR, UNDP));
    expect(run.counts).toMatchObject({ read: 100, created: 0, updated: 0, unchanged: 100, withdrawn: 0 });
    expect(await mirrorState()).toBe(before);
  });

  it('leaves the mirror exactly as it was when a copy of a file is truncated', async () => {
    const truncated = path.join(work, UNDP);
    writeFileSync(truncated, readFileSync(path.join(SAMPLE_DIR, UNDP)).subarray(0, 200_000));
    const before = await mirrorState();
    const error = await importFile(truncated).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IatiFileError);
    expect((error as IatiFileError).message).toMatch(new RegExp(`${UNDP}:\\d+:\\d+`));
    expect(await mirrorState()).toBe(before);
  });

  it('refuses a DOCTYPE entity bomb and writes nothing', async () => {
    const bomb = path.join(work, 'bomb.xml');
    const entities = ['<!ENTITY a "aaaaaaaaaa">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`)];
    writeFileSync(bomb, `<?xml version="1.0"?>\n<!DOCTYPE iati-activities [${entities.join('')}]>\n<iati-activities version="2.03"><iati-activity><iati-identifier>&j;</iati-identifier></iati-activity></iati-activities>`);
    const before = await mirrorState();
    const error = await importFile(bomb).catch((e: unknown) => e);
    expect((error as IatiFileError).code).toBe('DOCTYPE_REFUSED');
    expect(await mirrorState()).toBe(before);
  });

  it('updates a newer version of an activity in place', async () => {
    const original = readFileSync(path.join(SAMPLE_DIR, UNDP), 'utf8');
    const first = await activities().findOne({ 'provenance.file': UNDP }, { sort: { _id: 1 } });
    const oldTitle = first!.titles[0].text as string;
    const changed = path.join(work, 'changed', UNDP);
    require('node:fs').mkdirSync(path.dirname(changed), { recursive: true });
    writeFileSync(changed, original.replace(`>${escapeXml(oldTitle)}<`, '>A revised title<'));
    const run = await importFile(changed);
    expect(run.counts).toMatchObject({ updated: 1, created: 0, unchanged: 99 });
    const after = await activities().findOne({ _id: first!._id });
    expect(after!.titles.map((t: { text: string }) => t.text)).toContain('A revised title');
    await importFile(path.join(SAMPLE_DIR, UNDP));
  });

  it('marks an activity that disappears from a re-imported dataset as withdrawn, never deleting it', async () => {
    const original = readFileSync(path.join(SAMPLE_DIR, UNDP), 'utf8');
    const start = original.indexOf('<iati-activity ');
    const end = original.indexOf('</iati-activity>', start) + '</iati-activity>'.length;
    const identifier = /<iati-identifier>([^<]+)<\/iati-identifier>/.exec(original.slice(start, end))![1]!.trim();
    const shorter = path.join(work, 'shorter', UNDP);
    require('node:fs').mkdirSync(path.dirname(shorter), { recursive: true });
    writeFileSync(shorter, original.slice(0, start) + original.slice(end));
    const total = await activities().countDocuments();
    const run = await importFile(shorter);
    expect(run.counts.withdrawn).toBe(1);
    expect(await activities().countDocuments()).toBe(total);
    expect((await activities().findOne({ iatiIdentifier: identifier }))?.mirrorState).toBe('WITHDRAWN');
    const back = await importFile(path.join(SAMPLE_DIR, UNDP));
    expect(back.counts.updated).toBe(1);
    expect((await activities().findOne({ iatiIdentifier: identifier }))?.mirrorState).toBe('ACTIVE');
  });

  it('rewrites a whole file of stale records (the update path in batches the engine answers)', async () => {
    await activities().updateMany({ 'provenance.file': UNDP }, { $set: { derivedVersion: 0 } });
    const run = await importFile(path.join(SAMPLE_DIR, UNDP));
    expect(run.counts).toMatchObject({ read: 100, updated: 100, unchanged: 0 });
    expect(await activities().countDocuments({ 'provenance.file': UNDP, derivedVersion: 0 })).toBe(0);
  });

  it('writes nothing on a dry run but counts what would change', async () => {
    const copy = path.join(work, 'foodsecurity-fixture_dportal.xml');
    copyFileSync(path.join(SAMPLE_DIR, 'foodsecurity-fixture_dportal.xml'), copy);
    const before = await mirrorState();
    const run = await importFile(copy, undefined, { dryRun: true });
    expect(run.counts).toMatchObject({ read: 7, created: 7 });
    expect(run.status).toBe('DRY_RUN');
    expect(await mirrorState()).toBe(before);
  });

  it('keeps an import run per file with its counts', async () => {
    // Its own two runs of one file: a truncated copy (refused) and the whole file (unchanged or created).
    const file = 'runs-check.xml';
    const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-runs-'));
    writeFileSync(path.join(dir, file), readFileSync(path.join(SAMPLE_DIR, UNDP)).subarray(0, 200_000));
    await expect(importFile(path.join(dir, file))).rejects.toBeInstanceOf(IatiFileError);
    await importFile(path.join(SAMPLE_DIR, UNDP), file);
    const runs = await database.db.collection('import_runs').find({ file }).sort({ startedAt: 1 }).toArray();
    expect(runs.map((r) => r.status)).toEqual(['FAILED', 'SUCCEEDED']);
    expect(runs[0]!.error).toMatch(/not well-formed/i);
    expect(runs[1]!.counts).toMatchObject({ read: 100, withdrawn: 0 });
  });
});

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
