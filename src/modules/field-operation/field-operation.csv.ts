import { parse } from 'csv-parse/sync';
import { sniffInputKind, wrongKindProblem } from '../../ingest/input-kind';
import { InvalidInputFileError, type InputProblem } from '../../ingest/input-problems';
import { MAX_OHCHR_CSV_BYTES, readWholeUtf8File } from '../../ingest/input-text';
import type { FieldOperationFields } from './field-operation.model';
import { validateFieldOperation } from './field-operation.validation';

/**
 * OHCHR's field-operations CSV template (documented in the README): one row per operation, header
 * names case-insensitive, dates YYYY-MM-DD, `end` empty while no end is set.
 */
export const FIELD_OPERATION_CSV_COLUMNS = ['identifier', 'name', 'country', 'kind', 'start', 'end', 'mandate'] as const;
export const REQUIRED_FIELD_OPERATION_COLUMNS = ['identifier', 'name', 'country', 'kind', 'start'] as const;

export interface FieldOperationRow {
  line: number;
  fields: FieldOperationFields;
}

const problem = (file: string, line: number | null, record: string | null, field: string | null, message: string): InputProblem => ({ file, line, record, field, message });

/** Reads and validates the whole file; throws InvalidInputFileError listing every problem (file, line, record, field). */
export function readFieldOperationsCsv(filePath: string, displayName: string): FieldOperationRow[] {
  const content = readWholeUtf8File(filePath, displayName, MAX_OHCHR_CSV_BYTES);
  const kindProblem = wrongKindProblem(sniffInputKind(content.slice(0, 4096)), 'CSV');
  if (kindProblem) throw new InvalidInputFileError(displayName, [problem(displayName, null, null, null, kindProblem)]);
  let rows: Record<string, string>[];
  try {
    rows = parse(content, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, bom: true, trim: true }) as Record<string, string>[];
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new InvalidInputFileError(displayName, [problem(displayName, e.lines ?? null, null, null, `not valid CSV: ${e.message}`)]);
  }
  if (rows.length === 0) throw new InvalidInputFileError(displayName, [problem(displayName, 2, null, null, 'the file has a header but no field-operation rows')]);

  const problems: InputProblem[] = [];
  const header = Object.keys(rows[0]!);
  for (const column of REQUIRED_FIELD_OPERATION_COLUMNS) if (!header.includes(column)) problems.push(problem(displayName, 1, null, column, 'required column is missing'));
  for (const column of header) {
    if (!(FIELD_OPERATION_CSV_COLUMNS as readonly string[]).includes(column)) problems.push(problem(displayName, 1, null, column, 'unknown column (see the CSV template)'));
  }
  if (problems.length > 0) throw new InvalidInputFileError(displayName, problems);

  const out: FieldOperationRow[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const record = row.identifier || null;
    const checked = validateFieldOperation({
      identifier: row.identifier ?? '',
      name: row.name ?? '',
      country: row.country ?? '',
      kind: row.kind ?? '',
      start: row.start ?? '',
      end: row.end ? row.end : null,
      mandate: row.mandate ? row.mandate : null,
    });
    if (!checked.ok) for (const p of checked.problems) problems.push(problem(displayName, line, record, p.field, p.message));
    const identifier = (row.identifier ?? '').trim();
    const earlier = seen.get(identifier);
    if (identifier !== '' && earlier !== undefined) problems.push(problem(displayName, line, identifier, 'identifier', `repeats line ${earlier}`));
    else if (identifier !== '') seen.set(identifier, line);
    if (checked.ok && earlier === undefined) out.push({ line, fields: checked.fields });
  });
  if (problems.length > 0) throw new InvalidInputFileError(displayName, problems);
  return out;
}
