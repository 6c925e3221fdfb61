import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MongoClient } from 'mongodb';
import { SAMPLE_DIR } from '../../src/ingest/sample';
import { testMongoUri } from '../support/database';
import { runEntry } from '../support/spawn';

const dbName = `concord_test_cli_${randomBytes(4).toString('hex')}`;
const env = () => ({ MONGODB_URI: testMongoUri(), MONGODB_DB: dbName, LOG_LEVEL: 'silent' });
const cli = (...args: string[]) => runEntry('src/cli/main.ts', args, env());
const work = mkdtempSync(path.join(os.tmpdir(), 'concord-cli-'));

afterAll(async () => {
  const client = await MongoClient.connect(testMongoUri());
  await client.db(dbName).dropDatabase();
  await client.close();
});

describe('concord ingest iati', () => {
  it('imports a file and prints a summary table', async () => {
    const result = await cli('ingest', 'iati', path.join(SAMPLE_DIR, 'foodsecurity-fixture_dportal.xml'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/foodsecurity-fixture_dportal\.xml\s+7\s+7\s+0\s+0/);
  });

  it('reports a re-import as unchanged in --json', async () => {
    // Imported once here, whatever ran before: the second import is the re-import.
    expect((await cli('ingest', 'iati', path.join(SAMPLE_DIR, 'foodsecurity-fixture_dportal.xml'))).code).toBe(0);
    const result = await cli('ingest', 'iati', path.join(SAMPLE_DIR, 'foodsecurity-fixture_dportal.xml'), '--json');
    expect(result.code).toBe(0);
    const [file] = JSON.parse(result.stdout);
    expect(file).toMatchObject({ ok: true, counts: { read: 7, created: 0, unchanged: 7 } });
  });

  it('exits 1 naming file, line and column when a file is not well-formed', async () => {
    const broken = path.join(work, 'broken.xml');
    writeFileSync(broken, readFileSync(path.join(SAMPLE_DIR, 'foodsecurity-fixture_dportal.xml')).subarray(0, 5000));
    const result = await cli('ingest', 'iati', broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.xml:\d+:\d+/);
  });

  it('exits 2 on an unknown option', async () => {
    const result = await cli('ingest', 'iati', '--frobnicate', 'x.xml');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/frobnicate/);
  });
});

describe('concord ingest iati from a URL', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const xml = readFileSync(path.join(SAMPLE_DIR, 'undp_2021-06-15_dportal_111.xml'));
    server = createServer((req, res) => {
      if (req.url === '/undp.xml') res.writeHead(200, { 'content-type': 'application/xml' }).end(xml);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('downloads and imports the file, recording the URL as its provenance', async () => {
    const result = await cli('ingest', 'iati', `${base}/undp.xml`, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ file: `${base}/undp.xml`, ok: true, counts: { read: 100, created: 100 } });
  });

  it('exits 1 naming the URL when the server answers 404', async () => {
    const result = await cli('ingest', 'iati', `${base}/missing.xml`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/missing\.xml: HTTP 404/);
  });
});

describe('concord ingest ohchr', () => {
  it('imports the CSV template', async () => {
    const result = await cli('ingest', 'ohchr', path.join(SAMPLE_DIR, 'ohchr', 'ohchr-activities.csv'), '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)[0].counts).toMatchObject({ read: 8, created: 8 });
  });

  it('refuses a file with a bad row, naming file, line, record and field', async () => {
    const bad = path.join(work, 'bad.csv');
    writeFileSync(bad, 'identifier,title_en,countries,planned_start\nOK-1,Fine,KE,2021-01-01\nBAD-1,Broken,KE,2021-02-30x\n');
    const result = await cli('ingest', 'ohchr', bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.csv line 3 record BAD-1 field planned_start/);
  });
});

describe('concord ingest recommendations', () => {
  it('imports UHRI-shaped records', async () => {
    const file = path.join(SAMPLE_DIR, 'recommendations', 'uhri-sample.json');
    const records = (JSON.parse(readFileSync(file, 'utf8')) as { Recommendations: { AnnotationId: string }[] }).Recommendations;
    expect(records.length).toBeGreaterThan(0);
    const result = await cli('ingest', 'recommendations', file, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)[0].counts.read).toBe(records.length);
    const client = await MongoClient.connect(testMongoUri());
    try {
      const stored = await client.db(dbName).collection('recommendations').find({}, { projection: { annotationId: 1 } }).map((r) => r.annotationId as string).toArray();
      expect(stored.sort()).toEqual(records.map((r) => r.AnnotationId).sort());
    } finally {
      await client.close();
    }
  });

  it('refuses a record with an unknown country, naming the record and field', async () => {
    const bad = path.join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ AnnotationId: 'x-1', Symbol: 'CRC/C/KEN/CO/3-5', Text: 'T', PublicationDate: '2020-01-01', Body: 'CRC', BodyType: 'Treaty body', Countries: ['Atlantis'] }]));
    const result = await cli('ingest', 'recommendations', bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/record #1 \(x-1\) field Countries\.0\] "Atlantis" is not an ISO 3166-1 alpha-2 country code/);
  });
});
