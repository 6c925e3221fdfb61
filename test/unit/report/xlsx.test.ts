import ExcelJS from 'exceljs';
import { OVERLAP_COLUMNS } from '../../../src/modules/report/render/overlap-columns';
import { HEAT_FILLS, renderXlsx } from '../../../src/modules/report/render/xlsx';
import { sampleModel, withFirstActivityTitle } from '../../fixtures/report/sample-model';

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

let workbook: ExcelJS.Workbook;
const sheet = (name: string): ExcelJS.Worksheet => workbook.getWorksheet(name)!;
/** The row whose first cell is `label`. */
const rowLabelled = (ws: ExcelJS.Worksheet, label: string): ExcelJS.Row => {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (!found && row.getCell(1).value === label) found = row;
  });
  return found!;
};
/** Column number by header text in row 1. */
const columnOf = (ws: ExcelJS.Worksheet, header: string): number => (ws.getRow(1).values as unknown[]).indexOf(header);

beforeAll(async () => {
  workbook = await load(await renderXlsx(sampleModel));
});

describe('renderXlsx', () => {
  it('has the sheets Summary, Heatmap, Overlaps, Gaps and Decisions in that order', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Summary', 'Heatmap', 'Overlaps', 'Gaps', 'Decisions']);
  });

  it('freezes a bold header row on every sheet', () => {
    const headers = workbook.worksheets.map((ws) => [ws.name, ws.views[0]?.state, (ws.views[0] as { ySplit?: number }).ySplit, ws.getRow(1).getCell(1).font?.bold]);
    expect(headers).toEqual(workbook.worksheets.map((ws) => [ws.name, 'frozen', 1, true]));
  });

  it('puts the headline counts in the Summary as numbers', () => {
    const summary = sheet('Summary');
    expect(['Activities', 'Overlaps', 'Possible duplications', 'Complementary', 'Open gaps'].map((l) => rowLabelled(summary, l).getCell(2).value)).toEqual([27, 4, 1, 3, 3]);
  });

  it('stores the generation time as a real date', () => {
    const cell = rowLabelled(sheet('Summary'), 'Generated at (UTC)').getCell(2);
    expect([cell.value, cell.numFmt]).toEqual([new Date('2025-03-14T09:30:00Z'), 'yyyy-mm-dd hh:mm']);
  });

  it('lists overlaps by organisation pair in the Summary', () => {
    expect(rowLabelled(sheet('Summary'), 'UN Women × UNFPA').getCell(2).value).toBe(1);
  });

  it('puts activity counts in the heatmap, blank where there is no activity', () => {
    const kenya = rowLabelled(sheet('Heatmap'), 'Kenya');
    expect(kenya.values).toEqual([undefined, 'Kenya', 'KE', 8, 2, 3, undefined, undefined, undefined, 1]);
  });

  it('labels the heatmap columns with theme names', () => {
    expect(sheet('Heatmap').getRow(1).getCell(3).value).toBe('Administration of justice');
  });

  it('fills heatmap cells by activity count with conditional formatting', () => {
    // exceljs reads conditional formatting back but does not declare the property.
    const [activities] = (sheet('Heatmap') as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const rules = activities!.rules as ExcelJS.CellIsRuleType[];
    expect([activities!.ref, rules.map((r) => [r.formulae, r.style?.fill && 'bgColor' in r.style.fill ? r.style.fill.bgColor?.argb : null])]).toEqual([
      'C2:I4',
      [
        [['1', '2'], HEAT_FILLS[1]],
        [['3', '4'], HEAT_FILLS[2]],
        [['5', '6'], HEAT_FILLS[3]],
        [['7', '8'], HEAT_FILLS[4]],
      ],
    ]);
  });

  it('has organisation and overlap matrices below the activities', () => {
    const heatmap = sheet('Heatmap');
    const overlapsHeader = rowLabelled(heatmap, 'Overlaps').number;
    expect(heatmap.getRow(overlapsHeader + 1).values).toEqual([undefined, 'Kenya', 'KE', 2, undefined, undefined, undefined, undefined, undefined, 1]);
  });

  it('writes one Overlaps row per overlap with the shared column set and widths', () => {
    const overlaps = sheet('Overlaps');
    expect([overlaps.rowCount, overlaps.getRow(1).values, overlaps.columns.map((c) => c.width)]).toEqual([
      5,
      [undefined, ...OVERLAP_COLUMNS.map((c) => c.header)],
      OVERLAP_COLUMNS.map((c) => c.width),
    ]);
  });

  it('stores the score as a number formatted as a percentage', () => {
    const cell = sheet('Overlaps').getRow(2).getCell(columnOf(sheet('Overlaps'), 'Score'));
    expect([cell.value, cell.numFmt]).toEqual([0.82, '0%']);
  });

  it('stores activity dates as real dates, blank when open-ended', () => {
    const overlaps = sheet('Overlaps');
    const start = overlaps.getRow(5).getCell(columnOf(overlaps, 'Activity B start'));
    const end = overlaps.getRow(5).getCell(columnOf(overlaps, 'Activity B end'));
    expect([start.value, start.numFmt, end.value]).toEqual([new Date('2024-07-01T00:00:00Z'), 'yyyy-mm-dd', null]);
  });

  it('names countries, organisations, kind and decision in words', () => {
    const row = sheet('Overlaps').getRow(2);
    const value = (header: string) => row.getCell(columnOf(sheet('Overlaps'), header)).value;
    expect(['Countries', 'Organisation B', 'Organisation B identifier', 'Kind', 'Latest decision'].map(value)).toEqual([
      'Kenya',
      'OHCHR',
      'XM-DAC-41313',
      'Possible duplication',
      'Duplication to resolve',
    ]);
  });

  it('keeps a title with markup as plain text', async () => {
    const hostile = await load(await renderXlsx(withFirstActivityTitle('=HYPERLINK("http://x") <b>')));
    const overlaps = hostile.getWorksheet('Overlaps')!;
    expect(overlaps.getRow(2).getCell(columnOf(overlaps, 'Activity A title')).value).toBe('=HYPERLINK("http://x") <b>');
  });

  it('writes one Gaps row per recommendation, and one for a gap without any', () => {
    const gaps = sheet('Gaps');
    const rows = [2, 3, 4, 5].map((n) => [gaps.getRow(n).getCell(2).value, gaps.getRow(n).getCell(9).value]);
    expect(rows).toEqual([
      ['Open recommendations with no activity', 'CAT/C/KEN/CO/3'],
      ['Open recommendations with no activity', 'A/HRC/44/9'],
      ['Mandated organisation absent', null],
      ['Recommendation without follow-up', 'CEDAW/C/CIV/CO/4'],
    ]);
  });

  it('names the mandated organisations of a gap', () => {
    expect(sheet('Gaps').getRow(4).getCell(columnOf(sheet('Gaps'), 'Mandated organisations')).value).toBe('ILO');
  });

  it('lists decisions newest first with real dates', () => {
    const decisions = sheet('Decisions');
    expect([2, 3, 4, 5].map((n) => [decisions.getRow(n).getCell(1).value, decisions.getRow(n).getCell(2).value])).toEqual([
      [new Date('2025-02-20T14:05:00Z'), 'Duplication to resolve'],
      [new Date('2025-01-28T09:00:00Z'), 'Joint programme agreed'],
      [new Date('2024-11-12T10:30:00Z'), 'Reviewed'],
      [new Date('2024-09-03T16:45:00Z'), 'Complementary'],
    ]);
  });

  it('adds a filter over each table sheet', () => {
    expect(['Overlaps', 'Gaps', 'Decisions'].map((name) => sheet(name).autoFilter)).toEqual(['A1:AC5', 'A1:L5', 'A1:F5']);
  });
});
