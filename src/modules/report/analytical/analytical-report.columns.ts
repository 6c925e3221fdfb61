import type { AnalyticalReportModel, AnalyticalRow } from './analytical-report.model';

/** The measures of each country × theme line, in the order every format shows them. */
export const MEASURES: readonly { key: keyof Omit<AnalyticalRow, 'country' | 'theme'>; header: string; group: 'Progress' | 'Obstacles' }[] = [
  { key: 'activitiesCompleted', header: 'Activities completed', group: 'Progress' },
  { key: 'recommendationsMovedForward', header: 'Recommendations moved forward', group: 'Progress' },
  { key: 'decisionsDone', header: 'Decisions done', group: 'Progress' },
  { key: 'openGaps', header: 'Open gaps', group: 'Obstacles' },
  { key: 'overdueDecisions', header: 'Overdue decisions', group: 'Obstacles' },
  { key: 'operationsWithoutExitStrategy', header: 'Field operations without exit strategy', group: 'Obstacles' },
  { key: 'dataQualityProblems', header: 'Activities with data-quality problems', group: 'Obstacles' },
];

/** The line's theme in words: the country-wide line has none. */
export const themeText = (row: AnalyticalRow): string => row.theme?.label ?? 'Country-wide (no theme)';

export const periodLine = (model: AnalyticalReportModel): string =>
  `Period: ${model.period.from} – ${model.period.to} · Countries: ${model.countries.length ? model.countries.map((c) => `${c.name} (${c.code})`).join(', ') : 'all countries'}`;

export const countryList = (countries: readonly { name: string }[]): string => countries.map((c) => c.name).join(', ');
export const themeList = (themes: readonly { label: string }[]): string => themes.map((t) => t.label).join(', ');
