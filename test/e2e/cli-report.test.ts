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

/** The overlap count of a Markdown report's summary table. */
const overlapsIn = (md: string) => Number(/^\| Overlaps \| (\d+) \|$/m.exec(md)?.[1]);

// Haiti: the sample's overlaps there rest on credible dates in 2021.
describe('concord report overlaps', () => {
  it('writes an HTML report for a country and period, naming as many overlaps as the Markdown report', async () => {
    const md = await cli('report', 'overlaps', '--country', 'HT', '--from', '2021-01-01', '--to', '2021-12-31', '--format', 'md');
    expect(md.code).toBe(0);
    const expected = overlapsIn(md.stdout);
    expect(expected).toBeGreaterThan(0);
    const file = path.join(out, 'haiti.html');
    const result = await cli('report', 'overlaps', '--country', 'HT', '--from', '2021-01-01', '--to', '2021-12-31', '--format', 'html', '--out', file);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`haiti.html: ${expected} overlaps`);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/<html[^>]*lang="en"/);
    expect(html).toMatch(/Haiti/);
  });

  it('writes an XLSX workbook', async () => {
    const file = path.join(out, 'haiti.xlsx');
    expect((await cli('report', 'overlaps', '--country', 'HT', '--format', 'xlsx', '--out', file)).code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it('prints markdown to stdout', async () => {
    const result = await cli('report', 'overlaps', '--country', 'HT', '--format', 'md');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Overlap report — Haiti/m);
    expect(overlapsIn(result.stdout)).toBeGreaterThan(0);
    expect(result.stdout).toMatch(/^## Top overlaps/m);
  });

  it('exits 2 for a period that ends before it starts', async () => {
    const result = await cli('report', 'overlaps', '--from', '2022-01-01', '--to', '2021-01-01');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/to: must not be before from/);
  });
});
