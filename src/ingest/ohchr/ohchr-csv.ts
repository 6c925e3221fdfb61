import { parse } from 'csv-parse/sync';
import type { ActivityRecord } from '../../modules/activity/activity.model';
import { sniffInputKind, wrongKindProblem } from '../input-kind';
import { InvalidInputFileError, type InputProblem } from '../input-problems';
import { MAX_OHCHR_CSV_BYTES, readWholeUtf8File } from '../input-text';
import { OHCHR_CSV_COLUMNS, REQUIRED_COLUMNS, type OhchrRow, ohchrRowSchema } from './ohchr-csv.schema';

/** OHCHR's identifier (DAC channel code 41313); OHCHR does not publish to IATI. */
export const OHCHR_REF = 'XM-DAC-41313';

/** Reads and validates the whole CSV; throws InvalidInputFileError listing every problem. */
export interface OhchrCsvRow {
  line: number;
  record: ActivityRecord;
  restricted: boolean;
}

export function readOhchrCsv(filePath: string, displayName: string): OhchrCsvRow[] {
  const content = readWholeUtf8File(filePath, displayName, MAX_OHCHR_CSV_BYTES);
  const kindProblem = wrongKindProblem(sniffInputKind(content.slice(0, 4096)), 'OHCHR_CSV', ['OHCHR_CSV', 'CSV']);
  if (kindProblem) throw new InvalidInputFileError(displayName, [{ file: displayName, line: null, record: null, field: null, message: kindProblem }]);
  let rows: Record<string, string>[];
  try {
    rows = parse(content, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      bom: true,
      trim: true,
      relax_column_count: false,
    }) as Record<string, string>[];
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new InvalidInputFileError(displayName, [{ file: displayName, line: e.lines ?? null, record: null, field: null, message: `not valid CSV: ${e.message}` }]);
  }
  if (rows.length === 0) {
    throw new InvalidInputFileError(displayName, [{ file: displayName, line: 2, record: null, field: null, message: 'the file has a header but no activity rows' }]);
  }
  const problems: InputProblem[] = [];
  const header = Object.keys(rows[0]!);
  for (const column of REQUIRED_COLUMNS) {
    if (rows.length > 0 && !header.includes(column)) problems.push({ file: displayName, line: 1, record: null, field: column, message: 'required column is missing' });
  }
  for (const column of header) {
    if (!(OHCHR_CSV_COLUMNS as readonly string[]).includes(column)) {
      problems.push({ file: displayName, line: 1, record: null, field: column, message: 'unknown column (see the CSV template)' });
    }
  }
  if (problems.length > 0) throw new InvalidInputFileError(displayName, problems);

  const out: OhchrCsvRow[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const parsed = ohchrRowSchema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: displayName, line, record: row.identifier || null, field: issue.path.join('.') || null, message: issue.message });
      }
      return;
    }
    const earlier = seen.get(parsed.data.identifier);
    if (earlier !== undefined) {
      problems.push({ file: displayName, line, record: parsed.data.identifier, field: 'identifier', message: `repeats line ${earlier}` });
      return;
    }
    seen.set(parsed.data.identifier, line);
    out.push({ line, record: toRecord(parsed.data), restricted: parsed.data.restricted });
  });
  if (problems.length > 0) throw new InvalidInputFileError(displayName, problems);
  return out;
}

/** Reduces a validated row to the activity model. */
export function toRecord(row: OhchrRow): ActivityRecord {
  const titles = [
    { lang: 'en', text: row.title_en },
    ...(row.title_fr ? [{ lang: 'fr', text: row.title_fr }] : []),
    ...(row.title_es ? [{ lang: 'es', text: row.title_es }] : []),
  ];
  const sdgTargets = [...new Set(row.sdg_targets.map((t) => t.code))].sort();
  return {
    iatiIdentifier: row.identifier,
    reportingOrg: { ref: OHCHR_REF, name: 'Office of the United Nations High Commissioner for Human Rights', type: '40' },
    defaultLang: 'en',
    defaultCurrency: row.budget_currency ?? null,
    titles,
    descriptions: row.description_en ? [{ lang: 'en', text: row.description_en, type: '1' }] : [],
    status: row.status ?? null,
    plannedStart: row.planned_start ?? null,
    actualStart: row.actual_start ?? null,
    plannedEnd: row.planned_end ?? null,
    actualEnd: row.actual_end ?? null,
    participatingOrgs: [
      { role: 2, ref: OHCHR_REF, name: 'OHCHR', type: '40' },
      ...row.participating_orgs.map((o) => ({ role: o.share !== null && [1, 2, 3, 4].includes(o.share) ? o.share : 4, ref: o.code, name: null, type: null })),
    ],
    recipientCountries: row.countries.map((c) => ({ code: c.code.toUpperCase(), percentage: c.share })),
    recipientRegions: [],
    sectors: row.sectors.map((s) => ({ vocabulary: '1', code: s.code, percentage: s.share })),
    sdgGoals: [...new Set(sdgTargets.map((t) => t.split('.')[0]!))].sort((a, b) => Number(a) - Number(b)),
    sdgTargets,
    policyMarkers: [],
    budgets:
      row.budget_value !== undefined && row.budget_currency
        ? [{ type: '1', status: '1', periodStart: row.planned_start ?? null, periodEnd: row.planned_end ?? null, value: row.budget_value, currency: row.budget_currency }]
        : [],
    commitments: [],
    disbursements: [],
    humanitarian: row.humanitarian,
    lastUpdated: null,
    locations: [],
  };
}
