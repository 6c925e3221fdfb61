import type { Money } from '../activity/activity.model';
import { periodsIntersect, type Period } from './period';
import type { ActivitySnapshot } from './snapshot';

/** The 3W matrix: who (organisation) does what (theme) where (country). */
export type CoverageDimension = 'country' | 'theme' | 'organisation';

export interface CoverageOptions {
  /** Keep activities whose period intersects this one. */
  period?: Period;
  /** Keep activities in these countries; rows then show only these countries. */
  countries?: readonly string[];
  /** Keep activities listing one of these OECD DAC region codes (snapshot.regions). */
  regions?: readonly string[];
  organisations?: readonly string[];
  /** Keep activities with one of these themes; rows then show only these themes. */
  themes?: readonly string[];
  /** Themes weighing less are ignored; default 0. */
  minThemeWeight?: number;
  /** Dimensions of a row, default all three; the others are null in every row. */
  groupBy?: readonly CoverageDimension[];
}

export interface CoverageRow {
  /** null: not grouped by country, or the activities list no recipient country (regional/global). */
  country: string | null;
  /** null: not grouped by theme, or the activities have no theme. */
  themeId: string | null;
  organisation: string | null;
  activityCount: number;
  /** Sorted, each activity once. */
  activityIds: string[];
  /**
   * Sum per currency of the activities' whole budgets (no split across countries or themes), so
   * rows of a multi-country or multi-theme activity each carry its full budget: rows do not add
   * up to the totals.
   */
  budgets: Money[];
}

export interface CoverageReport {
  groupBy: CoverageDimension[];
  /** Sorted by country, theme, organisation; nulls last. */
  rows: CoverageRow[];
  /** Distinct activities selected and their budgets, each counted once. */
  totals: { activityCount: number; budgets: Money[] };
}

export function computeCoverage(snapshots: readonly ActivitySnapshot[], options: CoverageOptions = {}): CoverageReport {
  const groupBy: CoverageDimension[] = [...new Set<CoverageDimension>(options.groupBy ?? ['country', 'theme', 'organisation'])];
  const by = new Set(groupBy);
  const minWeight = options.minThemeWeight ?? 0;
  const countryFilter = options.countries ? new Set(options.countries) : null;
  const themeFilter = options.themes ? new Set(options.themes) : null;
  const orgFilter = options.organisations ? new Set(options.organisations) : null;
  const regionFilter = options.regions ? new Set(options.regions) : null;

  const rows = new Map<string, { row: CoverageRow; ids: Set<string>; totals: Map<string, number> }>();
  const selected: ActivitySnapshot[] = [];
  for (const s of snapshots) {
    if (options.period && !periodsIntersect(s.period, options.period)) continue;
    if (orgFilter && !orgFilter.has(s.organisation)) continue;
    if (regionFilter && !s.regions.some((r) => regionFilter.has(r))) continue;
    const countries = s.countries.map((c) => c.code).filter((c) => !countryFilter || countryFilter.has(c));
    const themes = s.themes.filter((t) => t.weight > 0 && t.weight >= minWeight).map((t) => t.themeId).filter((t) => !themeFilter || themeFilter.has(t));
    if ((countryFilter && countries.length === 0) || (themeFilter && themes.length === 0)) continue;
    selected.push(s);

    const countryKeys = by.has('country') && countries.length > 0 ? countries : [null];
    const themeKeys = by.has('theme') && themes.length > 0 ? themes : [null];
    const organisation = by.has('organisation') ? s.organisation : null;
    for (const country of countryKeys) {
      for (const themeId of themeKeys) {
        const key = `${country}\u0000${themeId}\u0000${organisation}`;
        let entry = rows.get(key);
        if (!entry) {
          entry = { row: { country, themeId, organisation, activityCount: 0, activityIds: [], budgets: [] }, ids: new Set(), totals: new Map() };
          rows.set(key, entry);
        }
        if (entry.ids.has(s.id)) continue;
        entry.ids.add(s.id);
        addMoney(entry.totals, s.budgets);
      }
    }
  }

  const out = [...rows.values()].map(({ row, ids, totals }) => ({
    ...row,
    activityCount: ids.size,
    activityIds: [...ids].sort(),
    budgets: moneyList(totals),
  }));
  out.sort((a, b) => cmpNullLast(a.country, b.country) || cmpNullLast(a.themeId, b.themeId) || cmpNullLast(a.organisation, b.organisation));
  const totals = new Map<string, number>();
  for (const s of selected) addMoney(totals, s.budgets);
  return { groupBy, rows: out, totals: { activityCount: selected.length, budgets: moneyList(totals) } };
}

function addMoney(totals: Map<string, number>, amounts: readonly Money[]): void {
  for (const m of amounts) totals.set(m.currency, (totals.get(m.currency) ?? 0) + m.value);
}

function moneyList(totals: Map<string, number>): Money[] {
  return [...totals.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, value]) => ({ currency, value }));
}

function cmpNullLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
