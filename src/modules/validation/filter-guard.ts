import { concordError } from '../../errors';
import { UNCLASSIFIED_THEME_ID } from '../analysis';
import { currentTaxonomy } from '../theme/taxonomy';
import { type FilterShape, filterProblems } from './filter-values';

/** The value kinds of each GraphQL filter input. */
export const FILTER_SHAPES = {
  ActivityFilter: { countries: ['country'], themes: ['theme'], organisations: ['reportingOrg', 'participatingOrg'] },
  OverlapFilter: { countries: ['country'], themes: ['theme'], organisations: ['organisation'] },
  GapFilter: { countries: ['country'], themes: ['theme'] },
  CoverageFilter: { countries: ['country'], themes: ['theme'], organisations: ['organisation'] },
  RecommendationFilter: { countries: ['country'], themes: ['themeId'] },
} as const satisfies Record<string, FilterShape>;

const knownTheme = (id: string) => id === UNCLASSIFIED_THEME_ID || currentTaxonomy().themeById.has(id);

/**
 * Refuses a filter with an unknown country code, theme id or malformed organisation identifier:
 * one BAD_USER_INPUT error naming every problem (`extensions.problems`), instead of an empty answer.
 * Returns the filter unchanged when it is valid.
 */
export function checkedFilter<F extends object | null | undefined>(kind: keyof typeof FILTER_SHAPES, filter: F, prefix = 'filter'): F {
  const problems = filterProblems(filter as Record<string, unknown> | null | undefined, FILTER_SHAPES[kind], knownTheme, prefix);
  if (problems.length === 0) return filter;
  throw concordError('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { field: problems[0]!.field, problems });
}
