import ExcelJS from 'exceljs';
import type { CoverageReport } from '../../../src/modules/analysis';
import { presenceLayer } from '../../../src/modules/presence/presence.report';
import type { OverlapReportModel } from '../../../src/modules/report/overlap-report.model';
import { renderHtml, renderMarkdown, renderXlsx } from '../../../src/modules/report/render';
import { sampleModel } from '../../fixtures/report/sample-model';

const row = (organisation: string, themeId: string, presenceCount: number, activityCount = 0) => ({
  country: 'AF',
  themeId,
  organisation,
  activityCount,
  undatedActivityCount: 0,
  activityIds: [],
  presenceCount,
  budgets: [],
});

const coverage: CoverageReport = {
  groupBy: ['country', 'theme', 'organisation'],
  rows: [row('AF-3W-OCCD', 'right-to-health', 4), row('XM-DAC-41122', 'right-to-health', 9), row('XM-DAC-41114', 'right-to-health', 0, 2), row('AF-3W-OCCD', 'right-to-education', 1)],
  totals: { activityCount: 2, undatedActivityCount: 0, budgets: [], presenceCount: 14 },
};

const layer = presenceLayer(
  coverage,
  (code) => ({ code, name: 'Afghanistan' }),
  (id) => ({ id, label: id === 'right-to-health' ? 'Right to health' : 'Right to education' }),
  (ref) => ({ ref, label: ref === 'XM-DAC-41122' ? 'UNICEF' : ref.replace('AF-3W-', '') }),
);
const withPresence: OverlapReportModel = { ...sampleModel, presence: layer };

describe('the 3W layer of a report', () => {
  it('counts organisations and presence records per country × theme, most present first, activities left out', () => {
    expect(layer.rows.map((r) => [r.theme.id, r.organisations, r.presences, r.mostPresent.map((o) => o.label)])).toEqual([
      ['right-to-health', 2, 13, ['UNICEF', 'OCCD']],
      ['right-to-education', 1, 1, ['OCCD']],
    ]);
  });

  it('is a section of the Markdown and HTML reports when 3W presence is in the selection, and absent otherwise', () => {
    expect([renderMarkdown(withPresence).includes('## 3W operational presence'), renderMarkdown(sampleModel).includes('3W operational presence')]).toEqual([true, false]);
    expect([renderHtml(withPresence).includes('<h2 id="presence-h">3W operational presence</h2>'), renderHtml(sampleModel).includes('presence-h')]).toEqual([true, false]);
  });

  it('is a sheet of the XLSX report', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(withPresence)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('3W presence')!;
    expect([sheet.getRow(2).values]).toEqual([[undefined, 'Afghanistan (AF)', 'Right to health', 2, 13, 'UNICEF, OCCD']]);
  });
});
