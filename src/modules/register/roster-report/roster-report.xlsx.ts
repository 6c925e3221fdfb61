import ExcelJS from 'exceljs';
import type { RosterReportExpert, RosterReportModel } from './roster-report.model';

/** The yearly roster report as a workbook: Summary, Added, Removed, and one sheet per count. */
export async function rosterXlsx(model: RosterReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Concord';
  workbook.created = new Date(model.generatedAt);
  const sheet = (name: string, header: string[], rows: (string | number)[][], widths: number[]) => {
    const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = header.map((h, i) => ({ header: h, width: widths[i] ?? 20 }));
    ws.getRow(1).font = { bold: true };
    for (const row of rows) ws.addRow(row);
    if (rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: header.length } };
  };
  sheet(
    'Summary',
    ['Item', 'Value'],
    [
      ['Report', model.title],
      ['Generated at (UTC)', model.generatedAt.slice(0, 16).replace('T', ' ')],
      [`On the roster on ${model.year}-12-31`, model.onRoster],
      ['Added', model.added],
      ['Removed', model.removed],
      ...(model.withNames ? [] : [['Names', 'need an OHCHR_EDITOR or ADMIN key'] as [string, string]]),
    ],
    [34, 60],
  );
  const experts = (list: RosterReportExpert[]) => list.map((e) => [e.identifier, e.name, e.nationality, e.themes, e.nominatedBy, e.date]);
  if (model.withNames) {
    sheet('Added', ['Identifier', 'Name', 'Nationality', 'Themes', 'Nominated by', 'Roster year'], experts(model.additions), [16, 30, 20, 40, 28, 12]);
    sheet('Removed', ['Identifier', 'Name', 'Nationality', 'Themes', 'Nominated by', 'Removed on'], experts(model.removals), [16, 30, 20, 40, 28, 12]);
  }
  const counts = (rows: { label: string; count: number }[]) => rows.map((r) => [r.label, r.count]);
  sheet('By theme', ['Theme', 'Experts'], counts(model.byTheme), [40, 10]);
  sheet('By region', ['Region', 'Experts'], counts(model.byRegion), [30, 10]);
  sheet('By nationality group', ['Nationality group', 'Experts'], counts(model.byNationalityGroup), [40, 10]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
