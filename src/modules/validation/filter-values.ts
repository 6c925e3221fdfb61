import { checkCountryCode } from './country-input';
import { orgIdentifierProblem } from './input-rules';

/** One refused filter value: where it was given and why. */
export interface FilterProblem {
  field: string;
  message: string;
}

/** Which fields of a filter hold which kind of value. */
export interface FilterShape {
  countries?: readonly string[];
  themes?: readonly string[];
  organisations?: readonly string[];
}

/**
 * Every problem of a filter's country codes, theme ids and organisation identifiers, each with
 * its field path (e.g. "filter.country[1]"). `knownTheme` says whether a theme id exists. Pure
 * but for the codelist lookups.
 */
export function filterProblems(
  filter: Record<string, unknown> | null | undefined,
  shape: FilterShape,
  knownTheme: (id: string) => boolean,
  prefix = 'filter',
): FilterProblem[] {
  if (!filter) return [];
  const problems: FilterProblem[] = [];
  const each = (fields: readonly string[] | undefined, check: (value: string) => string | null) => {
    for (const field of fields ?? []) {
      const values = filter[field];
      if (!Array.isArray(values)) continue;
      values.forEach((value: string, i) => {
        const message = check(value);
        if (message) problems.push({ field: `${prefix}.${field}[${i}]`, message });
      });
    }
  };
  each(shape.countries, (v) => {
    const result = checkCountryCode(v);
    return result.ok ? null : result.message;
  });
  each(shape.themes, (v) => (knownTheme(v) ? null : `"${v}" is not a theme id (see the themes query)`));
  each(shape.organisations, orgIdentifierProblem);
  return problems;
}
