import { checkInstitution } from '../../modules/register/register.rules';
import type { InstitutionRecord } from '../../modules/register/register.model';
import { listCell, optionalCell, type RegisterCsvTemplate } from './register-csv';

/** The institutions' CSV template (documented in the README). */
export const INSTITUTION_CSV_COLUMNS = ['identifier', 'name', 'country', 'kind', 'themes', 'languages', 'accreditation', 'contact', 'removed_on'] as const;

export function institutionCsvTemplate(isTheme: (id: string) => boolean): RegisterCsvTemplate<InstitutionRecord> {
  return {
    noun: 'institution',
    columns: INSTITUTION_CSV_COLUMNS,
    required: ['identifier', 'name', 'country', 'kind', 'themes'],
    check: (row) =>
      checkInstitution(
        {
          identifier: row.identifier ?? '',
          name: row.name ?? '',
          country: row.country ?? '',
          kind: row.kind ?? '',
          themes: listCell(row.themes),
          languages: listCell(row.languages),
          accreditation: optionalCell(row.accreditation),
          contact: optionalCell(row.contact),
          removedOn: optionalCell(row.removed_on),
        },
        isTheme,
      ),
    columnOf: (field) => (field === 'removedOn' ? 'removed_on' : field.split('.')[0]!),
  };
}
