import ExcelJS from 'exceljs';
import { renderAnalyticalCsv } from '../../../src/modules/report/analytical/analytical-report.csv';
import { renderAnalyticalHtml } from '../../../src/modules/report/analytical/analytical-report.html';
import { renderAnalyticalMarkdown } from '../../../src/modules/report/analytical/analytical-report.markdown';
import type { AnalyticalReportModel } from '../../../src/modules/report/analytical/analytical-report.model';
import { defaultPeriod, parseAnalyticalReportQuery } from '../../../src/modules/report/analytical/analytical-report.query';
import { renderAnalyticalXlsx } from '../../../src/modules/report/analytical/analytical-report.xlsx';

const kenya = { code: 'KE', name: 'Kenya' };
const justice = { id: 'administration-of-justice', label: 'Administration of justice' };
const undp = { ref: 'XM-DAC-41114', label: 'UNDP' };

const model = (): AnalyticalReportModel => ({
  title: 'Analytical report on technical cooperation, 2023-01-01 – 2023-12-31',
  generatedAt: '2024-01-15T09:30:00.000Z',
  period: { from: '2023-01-01', to: '2023-12-31' },
  countries: [kenya],
  summary: { activitiesCompleted: 1, recommendationsMovedForward: 1, decisionsDone: 1, openGaps: 1, overdueDecisions: 1, operationsWithoutExitStrategy: 1, dataQualityProblems: 2 },
  rows: [
    { country: kenya, theme: null, activitiesCompleted: 0, recommendationsMovedForward: 0, decisionsDone: 1, openGaps: 0, overdueDecisions: 1, operationsWithoutExitStrategy: 1, dataQualityProblems: 2 },
    { country: kenya, theme: justice, activitiesCompleted: 1, recommendationsMovedForward: 1, decisionsDone: 0, openGaps: 1, overdueDecisions: 0, operationsWithoutExitStrategy: 0, dataQualityProblems: 0 },
  ],
  achievements: {
    activities: [{ iatiIdentifier: 'KE-1', title: 'Courts | <script>alert(1)</script>', organisation: undp, countries: [kenya], themes: [justice], end: '2023-06-30' }],
    recommendations: [
      { symbol: 'CRC/C/KEN/CO/1', body: 'Committee on the Rights of the Child', countries: [kenya], themes: [justice], progress: 'In progress', movements: ['KE-1 completed 2023-06-30'], resourcesRequired: '900000.00 USD', resourcesIdentified: '620000.00 USD' },
    ],
    decisions: [{ subjectLabel: 'Gap in KE', kind: 'Response to plan', owner: undp, countries: [kenya], doneOn: '2023-05-02', meeting: 'Kenya group (2023-03-01)' }],
  },
  obstacles: {
    gaps: [{ kind: 'Open recommendations with no activity', countries: [kenya], themes: [justice], description: '=HYPERLINK("x") in Kenya' }],
    overdueDecisions: [{ subjectLabel: 'Overlap in KE', kind: 'Reviewed', owner: undp, countries: [kenya], dueDate: '2023-04-01', status: 'Open', meeting: 'Kenya group (2023-03-01)' }],
    operations: [{ identifier: 'FO-KE', name: 'Presence in Kenya', country: kenya, kind: 'Monitoring', start: '2020-01-01', end: null, status: 'Open-ended', reason: 'No end date.' }],
    dataQuality: [{ country: kenya, flag: 'PLACEHOLDER_DATE', label: 'Placeholder date (e.g. 1900-01-01)', activities: 2 }],
  },
});

describe('renderAnalyticalMarkdown', () => {
  it('lays out the summary, the country × theme table and every list, escaping text', () => {
    const md = renderAnalyticalMarkdown(model());
    expect(md).toContain('| Progress: Activities completed | 1 |');
    expect(md).toContain('| Kenya (KE) | Country-wide (no theme) | 0 | 0 | 1 | 0 | 1 | 1 | 2 |');
    expect(md).toContain('Courts \\| \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('| FO-KE | Presence in Kenya | Kenya | Monitoring | 2020-01-01 – open-ended | Open-ended | No end date. |');
  });

  it('says so when a list is empty', () => {
    const empty = { ...model(), achievements: { activities: [], recommendations: [], decisions: [] } };
    expect(renderAnalyticalMarkdown(empty)).toContain('_No activity completed in the period._');
  });
});

describe('renderAnalyticalCsv', () => {
  it('writes one row per country × theme with a BOM and CRLF', () => {
    const csv = renderAnalyticalCsv(model());
    expect(csv.startsWith('\uFEFFPeriod from,Period to,Country,')).toBe(true);
    expect(csv.split('\r\n')[2]).toBe('2023-01-01,2023-12-31,Kenya,KE,Administration of justice,administration-of-justice,1,1,0,1,0,0,0');
  });
});

describe('renderAnalyticalHtml', () => {
  it('escapes text from outside and loads nothing', () => {
    const html = renderAnalyticalHtml(model());
    expect(html).toContain('Courts | &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/i);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;');
  });
});

describe('renderAnalyticalXlsx', () => {
  it('writes a sheet per list, dates as dates and formula-like text as text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderAnalyticalXlsx(model())) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets).toHaveLength(9);
    const activities = workbook.getWorksheet('Activities completed')!;
    expect(activities.getCell('A2').value).toEqual(new Date('2023-06-30T00:00:00Z'));
    expect(workbook.getWorksheet('Open gaps')!.getCell('D2').value).toBe('=HYPERLINK("x") in Kenya');
  });
});

describe('parseAnalyticalReportQuery', () => {
  it('defaults to the last calendar year, and to today from a given start', () => {
    expect(defaultPeriod('2026-12-03')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(parseAnalyticalReportQuery({}, '2026-12-03')).toEqual({ ok: true, query: { countries: [], from: '2025-01-01', to: '2025-12-31' } });
    expect(parseAnalyticalReportQuery({ from: '2026-06-01', countries: ['ke'] }, '2026-12-03')).toEqual({ ok: true, query: { countries: ['KE'], from: '2026-06-01', to: '2026-12-03' } });
  });

  it('lists every problem', () => {
    expect(parseAnalyticalReportQuery({ countries: ['XX'], from: '2023-02-30', to: '2023-01-01' })).toEqual({
      ok: false,
      problems: ['countries.0: is not an ISO 3166-1 country code', 'from: "2023-02-30" is not a calendar date YYYY-MM-DD', 'to: must not be before from'],
    });
  });
});
