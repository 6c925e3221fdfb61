import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { testMongoUri } from '../support/database';
import { runEntry } from '../support/spawn';
import { SAMPLE_DIR } from '../support/sample';

/** `concord ingest field-operations` and `concord report analytical` as an operator runs them. */
const dbName = `concord_test_fieldops_${randomBytes(4).toString('hex')}`;
const cli = (...args: string[]) => runEntry('src/cli/main.ts', args, { MONGODB_URI: testMongoUri(), MONGODB_DB: dbName, LOG_LEVEL: 'silent' });
const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-fieldops-'));
const SAMPLE_CSV = path.join(SAMPLE_DIR, 'field-operations', 'ohchr-field-operations.csv');

async function storedOperations(identifier: string): Promise<number> {
  const client = await MongoClient.connect(testMongoUri());
  try {
    return await client.db(dbName).collection('field_operations').countDocuments({ identifier });
  } finally {
    await client.close();
  }
}

beforeAll(async () => {
  expect((await cli('ingest', 'ohchr', path.join(SAMPLE_DIR, 'ohchr', 'ohchr-activities.csv'))).code).toBe(0);
}, 120_000);

afterAll(async () => {
  const client = await MongoClient.connect(testMongoUri());
  await client.db(dbName).dropDatabase();
  await client.close();
});

describe('concord ingest field-operations', () => {
  it('refuses a file with a bad row, naming file, line, record and field, and writes nothing', async () => {
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'identifier,name,country,kind,start,end\nFO-2,Presence,HT,MONITORING,2020-01-01,\nFO-3,Presence,KE,MONITORING,2021-01-01,2020-01-01\n');
    const result = await cli('ingest', 'field-operations', bad);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain('line 3 record FO-3 field end');
    expect(await storedOperations('FO-2')).toBe(0);
  }, 60_000);

  it('imports a file, then finds it unchanged', async () => {
    const file = path.join(dir, 'operations.csv');
    writeFileSync(file, 'identifier,name,country,kind,start,end\nFO-CLI-1,Presence,HT,MONITORING,2020-01-01,\nFO-CLI-2,Presence,KE,preventive,2021-01-01,2022-12-31\n');
    const first = await cli('ingest', 'field-operations', file, '--json');
    const again = await cli('ingest', 'field-operations', file, '--json');
    expect([first.code, again.code]).toEqual([0, 0]);
    expect(JSON.parse(first.stdout)[0].counts).toMatchObject({ read: 2, created: 2 });
    expect(JSON.parse(again.stdout)[0].counts).toMatchObject({ read: 2, unchanged: 2 });
  }, 60_000);
});

describe('concord report analytical', () => {
  it('prints the Markdown report with the operations without an exit strategy', async () => {
    await cli('ingest', 'field-operations', SAMPLE_CSV);
    const result = await cli('report', 'analytical', '--from', '2023-01-01', '--to', '2023-12-31', '--country', 'NG');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('| OHCHR-EXAMPLE-FO-NG | Human rights monitoring presence in Nigeria (example) | Nigeria | Monitoring |');
  }, 60_000);

  it('writes an XLSX workbook and says what it holds', async () => {
    const file = path.join(dir, 'analytical.xlsx');
    const result = await cli('report', 'analytical', '--from', '2023-01-01', '--to', '2023-12-31', '--format', 'xlsx', '--out', file);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/analytical\.xlsx: 2023-01-01 – 2023-12-31: .* field operations without exit strategy/);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('refuses --top, which is for the overlap report', async () => {
    const result = await cli('report', 'analytical', '--top', '5');
    expect([result.code, result.stderr.trim()]).toEqual([2, 'concord: --top is for `concord report overlaps`']);
  }, 60_000);
});
