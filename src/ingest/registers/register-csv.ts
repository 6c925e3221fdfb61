import { parse } from 'csv-parse/sync';
import { sniffInputKind, wrongKindProblem } from '../input-kind';
import { InvalidInputFileError, type InputProblem } from '../input-problems';
import { MAX_OHCHR_CSV_BYTES, readWholeUtf8File } from '../input-text';
import type { Checked } from '../../modules/register/register.rules';

/** What each register's CSV template is: its columns, and how a row becomes the register's input. */
export interface RegisterCsvTemplate<T> {
  /** "expert" or "institution", for the messages. */
  noun: string;
  columns: readonly string[];
  required: readonly string[];
  /** A row (cells by lower-case column name) → the register's record, or every problem by field of the record. */
  check: (row: Record<string, string>) => Checked<T>;
  /** The CSV column a problem's field path names ("countries.1" → "countries"). */
  columnOf: (field: string) => string;
}

export interface RegisterCsvRow<T> {
  line: number;
  record: T;
}

/** `A;B; C` → ['A', 'B', 'C']; an empty cell is an empty list. */
export const listCell = (cell: string | undefined): string[] => (cell ?? '').split(';').map((s) => s.trim()).filter(Boolean);

/** An empty cell is absent. */
export const optionalCell = (cell: string | undefined): string | null => (cell && cell.trim() !== '' ? cell.trim() : null);

/**
 * Reads and validates a whole register CSV (UTF-8, header row, case-insensitive names, `;`
 * between list items). Every problem is collected, named by file, line, record and column; any
 * problem refuses the file (InvalidInputFileError) before anything is written.
 */
export function readRegisterCsv<T extends { identifier: string }>(filePath: string, displayName: string, template: RegisterCsvTemplate<T>): RegisterCsvRow<T>[] {
  const content = readWholeUtf8File(filePath, displayName, MAX_OHCHR_CSV_BYTES);
  const refuse = (problems: InputProblem[]): never => {
    throw new InvalidInputFileError(displayName, problems);
  };
  const fileProblem = (line: number | null, message: string, field: string | null = null): InputProblem => ({ file: displayName, line, record: null, field, message });
  const kindProblem = wrongKindProblem(sniffInputKind(content.slice(0, 4096)), 'CSV');
  if (kindProblem) refuse([fileProblem(null, kindProblem)]);
  let rows: Record<string, string>[] = [];
  try {
    rows = parse(content, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, bom: true, trim: true }) as Record<string, string>[];
  } catch (err) {
    const e = err as Error & { lines?: number };
    refuse([fileProblem(e.lines ?? null, `not valid CSV: ${e.message}`)]);
  }
  if (rows.length === 0) refuse([fileProblem(2, `the file has a header but no ${template.noun} rows`)]);
  const header = Object.keys(rows[0]!);
  const problems: InputProblem[] = [
    ...template.required.filter((c) => !header.includes(c)).map((c) => fileProblem(1, 'required column is missing', c)),
    ...header.filter((c) => !template.columns.includes(c)).map((c) => fileProblem(1, `unknown column (the ${template.noun} template has ${template.columns.join(', ')})`, c)),
  ];
  if (problems.length > 0) refuse(problems);

  const out: RegisterCsvRow<T>[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const record = row.identifier?.trim() || null;
    const checked = template.check(row);
    if (!checked.ok) {
      const fields = new Set<string>();
      for (const p of checked.problems) {
        const field = template.columnOf(p.field);
        const key = `${field}\u0000${p.message}`;
        if (fields.has(key)) continue;
        fields.add(key);
        problems.push({ file: displayName, line, record, field, message: p.message });
      }
      return;
    }
    const earlier = seen.get(checked.value.identifier);
    if (earlier !== undefined) {
      problems.push({ file: displayName, line, record, field: 'identifier', message: `repeats line ${earlier}` });
      return;
    }
    seen.set(checked.value.identifier, line);
    out.push({ line, record: checked.value });
  });
  if (problems.length > 0) refuse(problems);
  return out;
}
