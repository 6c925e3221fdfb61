/** The overview's filters, all kept in the URL so that a view can be shared. */
export type Metric = 'activities' | 'overlaps' | 'gaps';

export interface Filters {
  country: string[];
  region: string[];
  theme: string[];
  org: string[];
  from: string;
  to: string;
}

export const METRICS: readonly Metric[] = ['activities', 'overlaps', 'gaps'];

export function readFilters(search: URLSearchParams): Filters {
  const list = (name: string) => search.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const date = (name: string) => (/^\d{4}-\d{2}-\d{2}$/.test(search.get(name) ?? '') ? search.get(name)! : '');
  return { country: list('country').map((c) => c.toUpperCase()), region: list('region'), theme: list('theme'), org: list('org'), from: date('from'), to: date('to') };
}

export function readMetric(search: URLSearchParams): Metric {
  const m = search.get('metric');
  return METRICS.includes(m as Metric) ? (m as Metric) : 'activities';
}

/** Filters as URL parameters (for href). */
export function filterParams(f: Filters): Record<string, string | string[]> {
  return { country: f.country, region: f.region, theme: f.theme, org: f.org, from: f.from, to: f.to };
}

const some = <T>(v: T[]) => (v.length > 0 ? v : undefined);
const period = (f: Filters) => (f.from || f.to ? { from: f.from || undefined, to: f.to || undefined } : undefined);

/** GraphQL filter inputs of each query for the same filters. */
export function coverageFilter(f: Filters) {
  return { country: some(f.country), region: some(f.region), theme: some(f.theme), organisation: some(f.org), period: period(f) };
}
export function overlapFilter(f: Filters) {
  return { country: some(f.country), region: some(f.region), theme: some(f.theme), organisation: some(f.org), period: period(f) };
}
/** Gaps have no region or organisation filter: those filters narrow activities, not needs. */
export function gapFilter(f: Filters) {
  return { country: some(f.country), theme: some(f.theme), period: period(f) };
}
/** 3W presence: the country, theme and organisation filters, and the period as the presences' activeDuring. */
export function presenceFilter(f: Filters) {
  return { country: f.country, theme: some(f.theme), organisation: some(f.org), activeDuring: period(f) };
}
