import ExcelJS from 'exceljs';
import { createKeyHeader } from '../support/api-keys';
import { loadSample } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';

/**
 * The analytical report (progress, achievements, obstacles) on the bundled sample: through the
 * analyticalReport query and GET /reports/analytical, in every report format, with decisions done
 * and overdue recorded through meetings.
 */
let gateway: TestGateway;
let editor: Record<string, string>;
const today = new Date().toISOString().slice(0, 10);
const year = today.slice(0, 4);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

const get = (query: string) => fetch(`${gateway.baseUrl}/reports/analytical?${query}`);
const markdown = async (period: { from: string; to: string }, country?: string[]) =>
  (await gateway.post(`query($p: DateRange, $c: [String!]) { analyticalReport(period: $p, country: $c, format: MD) { filename encoding content } }`, { p: period, c: country })).body.data!.analyticalReport;

beforeAll(async () => {
  gateway = await startTestGateway();
  await loadSample(gateway.database);
  editor = { authorization: (await createKeyHeader(gateway.database.orm, { role: 'OHCHR_EDITOR', label: 'Geneva desk' })).authorization };
  // A Kenya meeting with two gap decisions: one overdue, one reported done today.
  const meeting = (
    await gateway.post(
      `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ... on MeetingPayload { meeting { id agenda { gaps { id } } } } } }`,
      { input: { title: 'Kenya coordination group', date: daysAgo(60), countries: ['KE'] } },
      editor,
    )
  ).body.data!.createMeeting.meeting;
  const record = async (gapId: string, dueDate: string) =>
    (
      await gateway.post(
        `mutation($input: RecordMeetingDecisionInput!) { recordMeetingDecision(input: $input) { ... on CoordinationDecisionPayload { decision { id } } } }`,
        { input: { meetingId: meeting.id, subject: 'GAP', subjectId: gapId, kind: 'RESPONSE_TO_PLAN', ownerOrganisation: 'XM-DAC-41114', dueDate } },
        editor,
      )
    ).body.data!.recordMeetingDecision.decision.id as string;
  await record(meeting.agenda.gaps[0].id, daysAgo(10));
  const done = await record(meeting.agenda.gaps[1].id, daysAgo(5));
  await gateway.post(`mutation($input: UpdateFollowUpInput!) { updateFollowUp(input: $input) { __typename } }`, { input: { decisionId: done, status: 'DONE' } }, editor);
}, 180_000);

afterAll(() => gateway?.close());

describe('analyticalReport', () => {
  it('reports activities completed and recommendations moved forward in the period', async () => {
    const report = await markdown({ from: '2021-01-01', to: '2021-12-31' });
    expect(report.filename).toBe('analytical-report-2021-01-01-2021-12-31.md');
    expect(report.content).toMatch(/^# Analytical report on technical cooperation, 2021-01-01 – 2021-12-31/);
    expect(report.content).toContain('| 2021-05-04 | XM-DAC-41114-PROJECT-00127278 | Addressing Gender-Based Violence in the COVID-19 crisis | UNDP | Chile |');
    expect(report.content).toContain('| FIXTURE/CRC/C/KEN/CO/1 | Committee on the Rights of the Child | Kenya | Administration of justice, Rights of the child | In progress | OHCHR-EXAMPLE-KE-002 started 2021-03-01 | 900000.00 USD | 620000.00 USD |');
  });

  it('lists the field operations active in the period without an exit strategy, with why', async () => {
    const report = await markdown({ from: '2021-01-01', to: '2021-12-31' });
    const operations = report.content.split('### Field operations without an exit strategy')[1]!.split('###')[0]!;
    expect(operations.match(/OHCHR-EXAMPLE-FO-[A-Z]+/g)).toEqual(['OHCHR-EXAMPLE-FO-HT', 'OHCHR-EXAMPLE-FO-MX', 'OHCHR-EXAMPLE-FO-NG', 'OHCHR-EXAMPLE-FO-UG']);
    expect(operations).toContain('| Plan ends before the operation | The technical cooperation covering the last year (2024-07-01 – 2025-06-30) ends on 2024-12-31');
  });

  it('counts decisions done in the period and decisions overdue at its end, per country', async () => {
    const report = await markdown({ from: `${year}-01-01`, to: `${year}-12-31` }, ['KE']);
    expect(report.content).toContain('| Progress: Decisions done | 1 |');
    expect(report.content).toContain('| Obstacles: Overdue decisions | 1 |');
    expect(report.content).toContain('| Kenya (KE) | Country-wide (no theme) | 0 | 0 | 1 | 0 | 1 | 0 |');
    expect(report.content).toMatch(new RegExp(`\\| ${today} \\| .+ in KE \\| Response to plan \\| UNDP \\| Kenya coordination group`));
  });

  it('keeps other countries out of a country report', async () => {
    const report = await markdown({ from: '2021-01-01', to: '2021-12-31' }, ['NG']);
    expect(report.content).toContain('OHCHR-EXAMPLE-FO-NG');
    expect(report.content).not.toMatch(/OHCHR-EXAMPLE-FO-(HT|MX|UG)|\| Kenya \(KE\)/);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const { body } = await gateway.post(`{ analyticalReport(period: { from: "2022-01-01", to: "2021-01-01" }) { filename } }`);
    expect(body.errors?.[0]).toMatchObject({ message: 'analyticalReport: to: must not be before from', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('GET /reports/analytical', () => {
  it('serves a self-contained HTML page', async () => {
    const res = await get('from=2021-01-01&to=2021-12-31&country=KE');
    expect([res.status, res.headers.get('content-type'), res.headers.get('content-disposition')]).toEqual([
      200,
      'text/html; charset=utf-8',
      'inline; filename="analytical-report-2021-01-01-2021-12-31-KE.html"',
    ]);
    const html = await res.text();
    expect(html).toContain('<h2 id="obstacles-h">Obstacles</h2>');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/i);
  });

  it('serves the country × theme table as CSV', async () => {
    const csv = await (await get('from=2021-01-01&to=2021-12-31&country=KE&format=csv')).text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Period from,Period to,Country,Country code,Theme,Theme ID,Activities completed,Recommendations moved forward,Decisions done,Open gaps,Overdue decisions,Field operations without exit strategy,Activities with data-quality problems');
    expect(lines).toContain('2021-01-01,2021-12-31,Kenya,KE,Rights of the child,rights-of-the-child,0,1,0,1,0,0,0');
  });

  it('serves an XLSX workbook with a sheet per list', async () => {
    const res = await get('from=2021-01-01&to=2021-12-31&format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'By country and theme',
      'Activities completed',
      'Recommendations',
      'Decisions done',
      'Open gaps',
      'Overdue decisions',
      'Field operations',
      'Data quality',
    ]);
    expect(workbook.getWorksheet('Field operations')!.getCell('A2').value).toBe('OHCHR-EXAMPLE-FO-HT');
  });

  it('serves Markdown, and refuses an unknown format or country with 400', async () => {
    const md = await get('from=2021-01-01&to=2021-12-31&format=md');
    const badFormat = await get('format=pdf');
    const badCountry = await get('country=XX');
    expect([md.status, (await md.text()).startsWith('# Analytical report'), badFormat.status, badCountry.status]).toEqual([200, true, 400, 400]);
  });
});
