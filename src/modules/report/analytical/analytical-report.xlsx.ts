import ExcelJS from 'exceljs';
import { countryList, MEASURES, themeList, themeText } from './analytical-report.columns';
import type { AnalyticalReportModel } from './analytical-report.model';

type Cell = string | number | null;
const HEADER_FILL = 'FFE6F1F9';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A sheet holding one table: bold frozen header, widths, filter; ISO dates become real dates (UTC). */
function addSheet(workbook: ExcelJS.Workbook, name: string, columns: { header: string; width: number }[], rows: Cell[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: { alignment: { vertical: 'top', wrapText: c.width >= 28 } } }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  for (const row of rows) {
    const added = sheet.addRow(row.map((v) => (typeof v === 'string' && DATE.test(v) ? new Date(`${v}T00:00:00Z`) : v)));
    row.forEach((v, i) => {
      if (typeof v === 'string' && DATE.test(v)) added.getCell(i + 1).numFmt = 'yyyy-mm-dd';
    });
  }
  if (rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
}

/** The analytical report as an xlsx workbook: Summary, By country and theme, then one sheet per list. */
export async function renderAnalyticalXlsx(model: AnalyticalReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Concord';
  workbook.title = model.title;
  const { achievements: a, obstacles: o } = model;
  const col = (header: string, width = 16) => ({ header, width });
  addSheet(workbook, 'Summary', [col('Item', 44), col('Value', 70)], [
    ['Report', model.title],
    ['Generated at (UTC)', model.generatedAt.slice(0, 16).replace('T', ' ')],
    ['Period from', model.period.from],
    ['Period to', model.period.to],
    ['Countries', model.countries.length ? model.countries.map((c) => `${c.name} (${c.code})`).join(', ') : 'All countries'],
    ...MEASURES.map((m): Cell[] => [`${m.group}: ${m.header}`, model.summary[m.key]]),
  ]);
  addSheet(workbook, 'By country and theme', [col('Country', 22), col('Country code', 8), col('Theme', 28), col('Theme ID', 22), ...MEASURES.map((m) => col(m.header, 14))], model.rows.map((r) => [r.country.name, r.country.code, themeText(r), r.theme?.id ?? null, ...MEASURES.map((m) => r[m.key])]));
  addSheet(workbook, 'Activities completed', [col('Ended', 12), col('Identifier', 26), col('Title', 48), col('Organisation'), col('Countries', 22), col('Themes', 30)], a.activities.map((x) => [x.end, x.iatiIdentifier, x.title, x.organisation.label, countryList(x.countries), themeList(x.themes)]));
  addSheet(workbook, 'Recommendations', [col('Symbol', 24), col('Body', 28), col('Countries', 18), col('Themes', 28), col('Follow-up', 12), col('What moved', 48), col('Resources required', 18), col('Resources identified', 22)], a.recommendations.map((r) => [r.symbol, r.body, countryList(r.countries), themeList(r.themes), r.progress, r.movements.join('\n'), r.resourcesRequired, r.resourcesIdentified || null]));
  addSheet(workbook, 'Decisions done', [col('Done on', 12), col('Subject', 48), col('Decision', 22), col('Owner', 14), col('Meeting', 30)], a.decisions.map((d) => [d.doneOn, d.subjectLabel, d.kind, d.owner.label, d.meeting]));
  addSheet(workbook, 'Open gaps', [col('Kind', 30), col('Countries', 18), col('Themes', 28), col('Description', 60)], o.gaps.map((g) => [g.kind, countryList(g.countries), themeList(g.themes), g.description]));
  addSheet(workbook, 'Overdue decisions', [col('Due', 12), col('Subject', 48), col('Decision', 22), col('Owner', 14), col('Status', 12), col('Meeting', 30)], o.overdueDecisions.map((d) => [d.dueDate, d.subjectLabel, d.kind, d.owner.label, d.status, d.meeting]));
  addSheet(workbook, 'Field operations', [col('Identifier', 24), col('Operation', 40), col('Country', 18), col('Kind', 12), col('Start', 12), col('End', 12), col('Exit strategy', 24), col('Why', 60)], o.operations.map((f) => [f.identifier, f.name, f.country.name, f.kind, f.start, f.end, f.status, f.reason]));
  addSheet(workbook, 'Data quality', [col('Country', 22), col('Problem in the published data', 44), col('Activities', 12)], o.dataQuality.map((q) => [q.country.name, q.label, q.activities]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
