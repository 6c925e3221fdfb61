import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sniffInputKind, wrongKindProblem } from '../input-kind';
import { InvalidInputFileError } from '../input-problems';

const MB = 1024 * 1024;
/** Largest 3W file read: it is read whole; a country's 3W is tens of thousands of rows at most. */
export const MAX_3W_BYTES = 64 * MB;

/** The rows of a 3W table as text cells, with the line (CSV) or row number (XLSX) each starts on. */
export interface Table {
  rows: string[][];
  lines: number[];
  /** The XLSX sheet read; null for CSV. */
  sheet: string | null;
}

const refused = (file: string, message: string) => new InvalidInputFileError(file, [{ file, line: null, record: null, field: null, message }]);

/** Reads a 3W CSV (UTF-8, BOM or not) or XLSX (the first sheet with a 3W layout, see `pick`). */
export async function read3wTable(filePath: string, displayName: string, pick: (rows: string[][]) => boolean): Promise<Table> {
  const size = statSync(filePath).size;
  if (size > MAX_3W_BYTES) throw refused(displayName, `the file is ${(size / MB).toFixed(0)} MB, larger than the ${MAX_3W_BYTES / MB} MB Concord reads for a 3W file`);
  const bytes = readFileSync(filePath);
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return readXlsx(bytes, displayName, pick);
  if (path.extname(filePath).toLowerCase() === '.xlsx') throw refused(displayName, 'named .xlsx but not an XLSX workbook');
  return { ...readCsv(bytes, displayName), sheet: null };
}

function readCsv(bytes: Buffer, file: string): { rows: string[][]; lines: number[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refused(file, 'not UTF-8 text and not an XLSX workbook: save the 3W as CSV UTF-8 or XLSX');
  }
  // A file meant for another command (IATI XML, a UHRI export, OHCHR's CSV) is named for what it is.
  const kindProblem = wrongKindProblem(sniffInputKind(text.slice(0, 4096)), 'OCHA_3W', ['OCHA_3W', 'CSV', 'UNKNOWN']);
  if (kindProblem) throw refused(file, kindProblem);
  try {
    const records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
    // info.lines is where a record ends; it starts on the line after the previous one's end.
    return { rows: records.map((r) => r.record), lines: records.map((_, i) => (i === 0 ? 1 : records[i - 1]!.info.lines + 1)) };
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new InvalidInputFileError(file, [{ file, line: e.lines ?? null, record: null, field: null, message: `not valid CSV: ${e.message}` }]);
  }
}

async function readXlsx(bytes: Buffer, file: string, pick: (rows: string[][]) => boolean): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw refused(file, `not a readable XLSX workbook: ${(err as Error).message}`);
  }
  const sheets = workbook.worksheets.map((ws) => ({ name: ws.name, rows: sheetRows(ws) }));
  const chosen = sheets.find((s) => pick(s.rows)) ?? sheets[0];
  if (!chosen) throw refused(file, 'the workbook has no sheet');
  return { rows: chosen.rows, lines: chosen.rows.map((_, i) => i + 1), sheet: chosen.name };
}

function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}
