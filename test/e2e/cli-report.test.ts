import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { testMongoUri } from '../support/database';
import { runEntry } from '../support/spawn';
import { SAMPLE_DIR } from '../support/sample';

const dbName = `concord_test_report_${randomBytes(4).toString('hex')}`;
const cli = (...args: string[]) => runEntry('src/cli/main.ts', args, { MONGODB_URI: testMongoUri(), MONGODB_DB: dbName, LOG_LEVEL: 'silent' });
const out = mkdtempSync(path.join(os.tmpdir(), 'concord-report-'));

beforeAll(async () => {
  expect((await cli('ingest', 'iati', SAMPLE_DIR)).code).toBe(0);
  expect((await cli('ingest', 'ohchr', path.join(SAMPLE_DIR, 'ohchr', 'ohchr-activities.csv'))).code).toBe(0);
  expect((await cli('ingest', 'recommendations', path.join(SAMPLE_DIR, 'recommendations', 'uhri-sample.json'))).code).toBe(0);
}, 180_000);

afterAll(async () => {
  const client = await MongoClient.connect(testMongoUri());
  await client.db(dbName).dropDatabase();
  await client.close();
});

describe('concord report overlaps', () => {
  it('writes an HTML report for a country and period', async () => {
    const file = path.join(out, 'kenya.html');
    const result = await cli('report', 'overlaps', '--country', 'KE', '--from', '2021-01-01', '--to', '2021-12-31', '--format', 'html', '--out', file);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/kenya\.html: \d+ overlaps/);
    expect(readFileSync(file, 'utf8')).toMatch(/<html[^>]*lang="en"/);
  });

  it('writes an XLSX workbook', async () => {
    const file = path.join(out, 'kenya.xlsx');
    expect((await cli('report', 'overlaps', '--country', 'KE', '--format', 'xlsx', '--out', file)).code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it('prints markdown to stdout', async () => {
    const result = await cli('report', 'overlaps', '--country', 'KE', '--format', 'md');
    expect(result.stdout).toMatch(/^# Overlap report — Kenya/m);
  });

  it('exits 2 for a period that ends before it starts', async () => {
    const result = await cli('report', 'overlaps', '--from', '2022-01-01', '--to', '2021-01-01');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/to: must not be before from/);
  });
});
