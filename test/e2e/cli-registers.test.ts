import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { SAMPLE_DIR } from '../../src/ingest/sample';
import { testMongoUri } from '../support/database';
import { runEntry } from '../support/spawn';

/** `concord ingest experts|institutions` and `concord report roster` as a user runs them. */
const dbName = `concord_test_cli_registers_${randomBytes(4).toString('hex')}`;
const env = () => ({ MONGODB_URI: testMongoUri(), MONGODB_DB: dbName, LOG_LEVEL: 'silent' });
const cli = (...args: string[]) => runEntry('src/cli/main.ts', args, env());
const work = mkdtempSync(path.join(os.tmpdir(), 'concord-cli-registers-'));
const experts = path.join(SAMPLE_DIR, 'registers', 'experts.csv');

afterAll(async () => {
  const client = await MongoClient.connect(testMongoUri());
  await client.db(dbName).dropDatabase();
  await client.close();
});

describe('concord ingest experts', () => {
  it('imports the roster, then counts a re-import as unchanged', async () => {
    await cli('ingest', 'experts', experts);
    const result = await cli('ingest', 'experts', experts, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ ok: true, status: 'SUCCEEDED', counts: { read: 15, created: 0, unchanged: 15 } });
  });

  it('exits 1 naming file, line, record and column of each problem, and writes nothing', async () => {
    const bad = path.join(work, 'bad-experts.csv');
    writeFileSync(bad, 'identifier,name,nationality,themes,languages,roster_year\nCLI-1,Ok,KE,nhri,en,2025\nCLI-2,Bad,KE,astrology,en,2025\n');
    const result = await cli('ingest', 'experts', bad);
    const client = await MongoClient.connect(testMongoUri());
    const written = await client.db(dbName).collection('experts').countDocuments({ identifier: { $in: ['CLI-1', 'CLI-2'] } });
    await client.close();
    expect([result.code, written]).toEqual([1, 0]);
    expect(result.stderr).toContain('[bad-experts.csv line 3 record CLI-2 field themes] "astrology" is not a theme id');
  });
});

describe('concord ingest institutions', () => {
  it('imports the compendium with --dry-run writing nothing', async () => {
    const result = await cli('ingest', 'institutions', path.join(SAMPLE_DIR, 'registers', 'institutions.csv'), '--dry-run', '--json');
    const client = await MongoClient.connect(testMongoUri());
    const written = await client.db(dbName).collection('institutions').countDocuments();
    await client.close();
    expect([result.code, JSON.parse(result.stdout)[0].counts.created, written]).toEqual([0, 10, 0]);
  });
});

describe('concord report roster', () => {
  it('writes the yearly roster report with the names of the experts added and removed', async () => {
    await cli('ingest', 'experts', experts);
    const out = path.join(work, 'roster-2025.md');
    const result = await cli('report', 'roster', '--year', '2025', '--names', '--format', 'md', '--out', out);
    const text = readFileSync(out, 'utf8');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('roster-2025.md: 7 added, 1 removed, 12 on the roster on 31 December 2025');
    expect([text.includes('## Added to the roster (7)'), text.includes('Daniel Example-Weber')]).toEqual([true, true]);
  });

  it('gives the numbers without the names unless --names is given', async () => {
    await cli('ingest', 'experts', experts);
    const result = await cli('report', 'roster', '--year', '2025', '--format', 'csv');
    expect(result.code).toBe(0);
    expect([result.stdout.includes('summary,added,7'), result.stdout.includes('Daniel Example-Weber')]).toEqual([true, false]);
  });

  it('exits 2 without a year', async () => {
    const result = await cli('report', 'roster');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--year/);
  });
});
