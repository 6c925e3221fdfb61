import ExcelJS from 'exceljs';
import { createKeyHeader } from '../support/api-keys';
import { loadSample } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
  await loadSample(gateway.database);
}, 120_000);

afterAll(() => gateway.close());

const get = (query: string) => fetch(`${gateway.baseUrl}/reports/overlaps?${query}`);

describe('GET /reports/overlaps', () => {
  it('serves a self-contained HTML report for a country', async () => {
    const res = await get('country=KE&format=html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await res.text();
    expect(html).toMatch(/Kenya/);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/i);
  });

  it('lists the same overlaps as the GraphQL API', async () => {
    const { body } = await gateway.post('{ overlaps(filter: { country: ["KE"] }, first: 100) { totalCount } }');
    const md = await (await get('country=KE&format=md')).text();
    expect(md).toMatch(new RegExp(`\\| Overlaps \\| ${body.data?.overlaps.totalCount} \\|`));
  });

  it('serves an XLSX workbook with the report sheets', async () => {
    const res = await get('country=KE&format=xlsx');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="overlap-report-KE\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Summary', 'Heatmap', 'Overlaps', 'Gaps', 'Decisions']));
  });

  it('serves CSV with country names, not only codes', async () => {
    // Haiti: the sample's overlaps there rest on credible dates (Kenya's rested on placeholders).
    const csv = await (await get('country=HT&format=csv')).text();
    expect(csv.split('\n').length).toBeGreaterThan(2);
    expect(csv).toMatch(/Haiti/);
  });

  it('counts the selection\'s data-quality problems as the quality summary does', async () => {
    const md = await (await get('format=md')).text();
    const { body } = await gateway.post('{ qualitySummary { flag count } }');
    const placeholders = (body.data?.qualitySummary as { flag: string; count: number }[]).find((q) => q.flag === 'PLACEHOLDER_DATE');
    expect(placeholders?.count).toBeGreaterThan(0);
    // The report counts the activities it covers: those with a recipient country.
    const row = /\| Placeholder date \(e\.g\. 1900-01-01\) \| (\d+) \|/.exec(md);
    expect(row).not.toBeNull();
    expect(Number(row![1])).toBeGreaterThan(0);
    expect(Number(row![1])).toBeLessThanOrEqual(placeholders!.count);
  });

  it('refuses an unknown country code with BAD_USER_INPUT', async () => {
    const res = await get('country=XX&format=html');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('refuses an unknown format', async () => {
    const res = await get('country=KE&format=pdf');
    expect(res.status).toBe(400);
  });

  it('leaves restricted activities out for anonymous readers', async () => {
    // Sudan has one restricted activity in the sample: an editor's report counts it, an anonymous one does not.
    const activities = gateway.database.db.collection('activities');
    const inSudan = { 'recipientCountries.code': 'SD', mirrorState: 'ACTIVE' };
    const restricted = await activities.find({ ...inSudan, restricted: true }).map((a) => a.iatiIdentifier as string).toArray();
    expect(restricted).toEqual(['OHCHR-EXAMPLE-SD-001']);
    const all = await activities.countDocuments(inSudan);
    const activityCount = (md: string) => Number(/^\| Activities \| (\d+) \|$/m.exec(md)?.[1]);

    const editor = await createKeyHeader(gateway.database.orm, { role: 'OHCHR_EDITOR', label: 'report reader' });
    const allowed = await fetch(`${gateway.baseUrl}/reports/overlaps?country=SD&format=md`, { headers: { authorization: editor.authorization } });
    expect(allowed.status).toBe(200);
    expect(activityCount(await allowed.text())).toBe(all);

    const anonymous = await get('country=SD&format=md');
    expect(anonymous.status).toBe(200);
    const md = await anonymous.text();
    expect(md).toMatch(/^# Overlap report — Sudan/m);
    expect(activityCount(md)).toBe(all - 1);
    expect(md).not.toMatch(/OHCHR-EXAMPLE-SD-001/);
  });
});
