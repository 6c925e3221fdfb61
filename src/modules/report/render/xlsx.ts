import ExcelJS from 'exceljs';
import type { OverlapReportModel } from '../overlap-report.model';
import { heatLegend, heatmapLookup, maxActivityCount } from './heatmap';
import { DECISION_WORDS, GAP_KIND_WORDS, orgLabels } from './labels';
import { type ColumnType, OVERLAP_COLUMNS } from './overlap-columns';
import { presenceSheet } from './presence';

type CellValue = string | number | null;
interface SheetColumn {
  header: string;
  width: number;
  type: ColumnType;
}

/** Same steps and tints as the HTML heatmap legend (ARGB). */
export const HEAT_FILLS = { 1: 'FFE3F0FA', 2: 'FFBCDCF2', 3: 'FF8CC2E8', 4: 'FF5AA6DC' } as const;
const OVERLAP_FILL = 'FFFBECEB';
const HEADER_FILL = 'FFE6F1F9';

const NUMBER_FORMATS: Record<ColumnType, string | undefined> = {
  text: undefined,
  integer: '0',
  score: '0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

/** ISO dates become real dates (UTC, so the day never shifts); anything unparsable stays text. */
function typed(value: CellValue, type: ColumnType): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if ((type === 'date' || type === 'datetime') && typeof value === 'string') {
    const instant = new Date(value);
    return Number.isNaN(instant.getTime()) ? value : instant;
  }
  return value;
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'bottom', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9FB0BD' } } };
  });
}

/** A sheet holding one table: bold frozen header, widths, number formats, filter. */
function addTableSheet(workbook: ExcelJS.Workbook, name: string, columns: SheetColumn[], rows: CellValue[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: { numFmt: NUMBER_FORMATS[c.type], alignment: { vertical: 'top', wrapText: c.width >= 28 } },
  }));
  styleHeader(sheet.getRow(1));
  for (const row of rows) sheet.addRow(row.map((value, i) => typed(value, columns[i]!.type)));
  if (rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
  return sheet;
}

function addSummarySheet(workbook: ExcelJS.Workbook, model: OverlapReportModel): void {
  const s = model.summary;
  const { countries, from, to } = model.filter;
  const rows: [string, CellValue, ColumnType][] = [
    ['Report', model.title, 'text'],
    ['Generated at (UTC)', model.generatedAt, 'datetime'],
    ['Countries', countries.length ? countries.map((c) => `${c.name} (${c.code})`).join(', ') : 'All countries', 'text'],
    ['Period from', from, 'date'],
    ['Period to', to, 'date'],
    ['Activities', s.activities, 'integer'],
    ['Overlaps', s.overlaps, 'integer'],
    ['Possible duplications', s.possibleDuplications, 'integer'],
    ['Complementary', s.complementary, 'integer'],
    ['Open gaps', s.gaps, 'integer'],
  ];
  const sheet = workbook.addWorksheet('Summary', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ header: 'Item', width: 34 }, { header: 'Value', width: 70 }];
  styleHeader(sheet.getRow(1));
  for (const [item, value, type] of rows) {
    const row = sheet.addRow([item, typed(value, type)]);
    const format = NUMBER_FORMATS[type];
    if (format) row.getCell(2).numFmt = format;
  }
  const block = (title: string, lines: [string, number][], unit = 'Overlaps') => {
    sheet.addRow([]);
    sheet.addRow([title, unit]).font = { bold: true };
    for (const line of lines) sheet.addRow(line);
  };
  block('Overlaps by theme', s.byTheme.map((t) => [t.theme.label, t.overlaps]));
  block('Overlaps by organisation pair', s.byOrganisationPair.map((p) => [`${p.a.label} × ${p.b.label}`, p.overlaps]));
  block('Data quality: problem in the published data', s.dataQuality.map((q) => [q.label, q.activities]), 'Activities');
  sheet.getColumn(2).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
}

/** Activities matrix first (filled by level, blank = none), then organisations and overlaps per cell. */
function addHeatmapSheet(workbook: ExcelJS.Workbook, model: OverlapReportModel): void {
  const { countries, themes } = model.heatmap;
  const sheet = workbook.addWorksheet('Heatmap', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  sheet.columns = [{ width: 24 }, { width: 8 }, ...themes.map(() => ({ width: 16 }))];
  const at = heatmapLookup(model.heatmap);
  const lastColumn = sheet.getColumn(themes.length + 2).letter;
  const matrix = (title: string, count: (c: NonNullable<ReturnType<typeof at>>) => number): { first: number; last: number } => {
    const header = sheet.addRow([title, 'Code', ...themes.map((t) => t.label)]);
    styleHeader(header);
    const first = header.number + 1;
    for (const country of countries) {
      const values = themes.map((theme) => {
        const cell = at(country.code, theme.id);
        return cell && count(cell) > 0 ? count(cell) : null;
      });
      sheet.addRow([country.name, country.code, ...values]).alignment = { horizontal: 'center' };
    }
    for (let r = first; r < first + countries.length; r++) sheet.getCell(`A${r}`).alignment = { horizontal: 'left' };
    return { first, last: first + countries.length - 1 };
  };
  const activities = matrix('Activities', (c) => c.activityCount);
  sheet.addRow([]);
  matrix('Organisations', (c) => c.organisationCount);
  sheet.addRow([]);
  const overlaps = matrix('Overlaps', (c) => c.overlapCount);
  if (themes.length > 0 && countries.length > 0) {
    const fill = (argb: string) => ({ fill: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb }, bgColor: { argb } } });
    sheet.addConditionalFormatting({
      ref: `C${activities.first}:${lastColumn}${activities.last}`,
      rules: heatLegend(maxActivityCount(model.heatmap)).map((step, i) => ({
        type: 'cellIs' as const,
        operator: 'between' as const,
        formulae: [step.from, step.to],
        priority: i + 1,
        style: fill(HEAT_FILLS[step.level as 1 | 2 | 3 | 4]),
      })),
    });
    sheet.addConditionalFormatting({
      ref: `C${overlaps.first}:${lastColumn}${overlaps.last}`,
      rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [0], priority: 10, style: { ...fill(OVERLAP_FILL), font: { bold: true } } }],
    });
  }
  sheet.addRow([]);
  sheet.addRow(['Activities: darker fill = more activities (same steps as the HTML legend); blank = no activity.']).font = { italic: true };
}

function addGapsSheet(workbook: ExcelJS.Workbook, model: OverlapReportModel): void {
  const columns: SheetColumn[] = [
    { header: 'Gap ID', width: 18, type: 'text' },
    { header: 'Kind', width: 24, type: 'text' },
    { header: 'Country', width: 18, type: 'text' },
    { header: 'Country code', width: 8, type: 'text' },
    { header: 'Theme', width: 26, type: 'text' },
    { header: 'Theme ID', width: 22, type: 'text' },
    { header: 'Description', width: 48, type: 'text' },
    { header: 'Mandated organisations', width: 20, type: 'text' },
    { header: 'Recommendation symbol', width: 22, type: 'text' },
    { header: 'Body', width: 22, type: 'text' },
    { header: 'Publication date', width: 12, type: 'date' },
    { header: 'Recommendation', width: 60, type: 'text' },
  ];
  const rows = model.gaps.flatMap((g) => {
    const gap: CellValue[] = [g.id, GAP_KIND_WORDS[g.kind], g.country?.name ?? null, g.country?.code ?? null, g.theme?.label ?? null, g.theme?.id ?? null, g.description, orgLabels(g.mandatedOrganisations)];
    return g.recommendations.length ? g.recommendations.map((r) => [...gap, r.symbol, r.body, r.publicationDate, r.text]) : [[...gap, null, null, null, null]];
  });
  addTableSheet(workbook, 'Gaps', columns, rows);
}

function addDecisionsSheet(workbook: ExcelJS.Workbook, model: OverlapReportModel): void {
  const columns: SheetColumn[] = [
    { header: 'Decided at (UTC)', width: 17, type: 'datetime' },
    { header: 'Decision', width: 22, type: 'text' },
    { header: 'Overlap', width: 48, type: 'text' },
    { header: 'Overlap ID', width: 18, type: 'text' },
    { header: 'Note', width: 48, type: 'text' },
    { header: 'Recorded by', width: 24, type: 'text' },
  ];
  addTableSheet(workbook, 'Decisions', columns, model.decisions.map((d) => [d.decidedAt, DECISION_WORDS[d.decision], d.overlapLabel, d.overlapId, d.note, d.decidedBy]));
}

/** Minutes only: the meeting with its decisions and follow-up, and budgets by organisation and year. */
function addMinutesSheets(workbook: ExcelJS.Workbook, model: OverlapReportModel): void {
  if (model.meeting) {
    const columns: SheetColumn[] = [
      { header: 'Decided at (UTC)', width: 17, type: 'datetime' },
      { header: 'On', width: 10, type: 'text' },
      { header: 'Subject', width: 48, type: 'text' },
      { header: 'Decision', width: 24, type: 'text' },
      { header: 'Owner', width: 14, type: 'text' },
      { header: 'Due', width: 12, type: 'date' },
      { header: 'Status', width: 12, type: 'text' },
      { header: 'Follow-up', width: 12, type: 'text' },
      { header: 'Note', width: 48, type: 'text' },
      { header: 'Recorded by', width: 24, type: 'text' },
    ];
    const rows = model.meeting.decisions.map((d) => [d.decidedAt, d.subject === 'OVERLAP' ? 'Overlap' : 'Gap', d.subjectLabel, d.kind, d.owner.label, d.dueDate, d.status, d.followUp, d.note, d.decidedBy]);
    addTableSheet(workbook, 'Meeting decisions', columns, rows);
  }
  if (model.budgets) {
    const columns: SheetColumn[] = [
      { header: 'Organisation', width: 16, type: 'text' },
      { header: 'Organisation ID', width: 18, type: 'text' },
      { header: 'Year', width: 8, type: 'integer' },
      { header: 'Currency', width: 10, type: 'text' },
      { header: 'Budget', width: 16, type: 'integer' },
      { header: 'Activities', width: 10, type: 'integer' },
    ];
    addTableSheet(workbook, 'Budgets', columns, model.budgets.map((b) => [b.organisation.label, b.organisation.ref, b.year, b.currency, b.value, b.activityCount]));
  }
}

/** The overlap report as an xlsx workbook: Summary, Heatmap, Overlaps, Gaps, Decisions. */
export async function renderXlsx(model: OverlapReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Concord';
  workbook.title = model.title;
  const generated = new Date(model.generatedAt);
  if (!Number.isNaN(generated.getTime())) workbook.created = workbook.modified = generated;
  addSummarySheet(workbook, model);
  addHeatmapSheet(workbook, model);
  const presence = presenceSheet(model);
  if (presence) addTableSheet(workbook, '3W presence', presence.columns, presence.rows);
  addTableSheet(workbook, 'Overlaps', OVERLAP_COLUMNS, model.topOverlaps.map((o, i) => OVERLAP_COLUMNS.map((c) => c.value(o, i + 1))));
  addGapsSheet(workbook, model);
  addDecisionsSheet(workbook, model);
  addMinutesSheets(workbook, model);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
