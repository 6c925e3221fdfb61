import { checkExpert } from '../../modules/register/register.rules';
import type { ExpertRecord } from '../../modules/register/register.model';
import { listCell, optionalCell, type RegisterCsvTemplate } from './register-csv';

/** The experts' CSV template (documented in the README). */
export const EXPERT_CSV_COLUMNS = [
  'identifier',
  'name',
  'nationality',
  'countries',
  'regions',
  'themes',
  'languages',
  'nominated_by',
  'nominated_on',
  'availability',
  'roster_year',
  'removed_on',
] as const;

const COLUMN_OF_FIELD: Record<string, string> = {
  'nominatedBy.state': 'nominated_by',
  'nominatedBy.date': 'nominated_on',
  nominatedBy: 'nominated_by',
  rosterYear: 'roster_year',
  removedOn: 'removed_on',
};

/** A row → the expert input the mutations take too; a nomination needs both the State and the day. */
function expertInput(row: Record<string, string>): Record<string, unknown> {
  const state = optionalCell(row.nominated_by);
  const date = optionalCell(row.nominated_on);
  const year = optionalCell(row.roster_year);
  return {
    identifier: row.identifier ?? '',
    name: row.name ?? '',
    nationality: row.nationality ?? '',
    countries: listCell(row.countries),
    regions: listCell(row.regions),
    themes: listCell(row.themes),
    languages: listCell(row.languages),
    nominatedBy: state || date ? { state: state ?? '', date: date ?? '' } : null,
    availability: optionalCell(row.availability),
    rosterYear: year === null ? undefined : /^\d{4}$/.test(year) ? Number(year) : Number.NaN,
    removedOn: optionalCell(row.removed_on),
  };
}

export function expertCsvTemplate(isTheme: (id: string) => boolean, thisYear: number): RegisterCsvTemplate<ExpertRecord> {
  return {
    noun: 'expert',
    columns: EXPERT_CSV_COLUMNS,
    required: ['identifier', 'name', 'nationality', 'themes', 'languages', 'roster_year'],
    check: (row) => {
      const input = expertInput(row);
      const checked = checkExpert(input, isTheme, thisYear);
      const nomination = input.nominatedBy as { state: string; date: string } | null;
      // An empty State or day would otherwise be named "not a country" / "not a date".
      if (!checked.ok && nomination && (!nomination.state || !nomination.date)) {
        const missing = nomination.state ? 'nominated_on' : 'nominated_by';
        return { ok: false, problems: [...checked.problems.filter((p) => !p.field.startsWith('nominatedBy')), { field: missing, message: `is required when ${missing === 'nominated_on' ? 'nominated_by' : 'nominated_on'} is given` }] };
      }
      return checked;
    },
    columnOf: (field) => COLUMN_OF_FIELD[field] ?? field.split('.')[0]!,
  };
}
