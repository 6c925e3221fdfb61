import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { testMongoUri } from '../support/database';
import { runEntry } from '../support/spawn';

const dbName = `concord_test_cli3w_${randomBytes(4).toString('hex')}`;
const env = () => ({ MONGODB_URI: testMongoUri(), MONGODB_DB: dbName, LOG_LEVEL: 'silent' });
const cli = (...args: string[]) => runEntry('src/cli/main.ts', args, env());
const FIXTURES = path.join(__dirname, '../fixtures/3w');
const NG = path.join(FIXTURES, 'nigeria-3w-constructed.xlsx');
const work = mkdtempSync(path.join(os.tmpdir(), 'concord-cli-3w-'));

afterAll(async () => {
  const client = await MongoClient.connect(testMongoUri());
  await client.db(dbName).dropDatabase();
  await client.close();
});

describe('concord ingest 3w', () => {
  it('imports an XLSX 3W with human headers, saying how it read it and what it refused, one line each', async () => {
    const result = await cli('ingest', '3w', NG);
    expect([result.code, /nigeria-3w-constructed\.xlsx\s+13\s+10\s+0\s+0\s+0\s+3\s+1/.test(result.stdout)]).toEqual([0, true]);
    expect(result.stderr.split('\n').filter((l) => l.includes('row refused') || l.includes('not understood') || l.includes('columns found by their headers (no HXL row)')).length).toBe(5);
  });

  it('reports a re-import as unchanged in --json, with the refused rows', async () => {
    const result = await cli('ingest', '3w', NG, '--json');
    const [file] = JSON.parse(result.stdout);
    expect([result.code, file.counts.created, file.counts.unchanged, file.skipped.map((s: { line: number }) => s.line)]).toEqual([0, 0, 10, [14, 15, 16]]);
  });

  it('exits 1 naming the file and what to give when the country and period are unknown', async () => {
    const file = path.join(work, 'bare.csv');
    writeFileSync(file, 'Organisation,Sector,Province\nAgency A,Health,Kabul\n');
    const result = await cli('ingest', '3w', file);
    expect([result.code, /bare\.csv.*no country.*--country CC/.test(result.stderr)]).toEqual([1, true]);
  });

  it('takes the country and period from the flags when the file has neither', async () => {
    const file = path.join(work, 'flags.csv');
    writeFileSync(file, 'Organisation,Sector,Province\nAgency A,Health,Kabul\n');
    const result = await cli('ingest', '3w', file, '--country', 'AF', '--from', '2024-01-01', '--to', '2024-03-31', '--json');
    const [imported] = JSON.parse(result.stdout);
    expect([result.code, imported.counts.created]).toEqual([0, 1]);
  });

  it('exits 2 when --from comes without --to', async () => {
    const result = await cli('ingest', '3w', NG, '--from', '2024-01-01');
    expect([result.code, result.stderr.trim()]).toEqual([2, 'concord: --from and --to go together']);
  });
});

describe('concord ingest 3w on a folder', () => {
  it('imports its CSV and XLSX files', async () => {
    const folder = mkdtempSync(path.join(work, 'folder-'));
    copyFileSync(NG, path.join(folder, 'b-nigeria.xlsx'));
    writeFileSync(path.join(folder, 'a-afghanistan.csv'), 'Organisation,Sector,Province,Province Pcode\nAgency A,Health,Kabul,AF01\n');
    writeFileSync(path.join(folder, 'SOURCES.md'), 'not a 3W file\n');
    const result = await cli('ingest', '3w', folder, '--from', '2024-01-01', '--to', '2024-03-31', '--json');
    const files = JSON.parse(result.stdout).map((f: { file: string; ok: boolean }) => [f.file, f.ok]);
    expect([result.code, files]).toEqual([0, [['a-afghanistan.csv', true], ['b-nigeria.xlsx', true]]]);
  });
});
