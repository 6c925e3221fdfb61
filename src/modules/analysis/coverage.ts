import type { Money } from '../activity/activity.model';
import { sumByCurrency } from './money';
import { periodsIntersect, type Period } from './period';
import type { ActivitySnapshot, UndatedSnapshot } from './snapshot';

/** Theme id of the row that holds activities without any human-rights theme, when grouped by theme. */
export const UNCLASSIFIED_THEME_ID = 'unclassified';

/** The 3W matrix: who (organisation) does what (theme) where (country). */
export type CoverageDimension = 'country' | 'theme' | 'organisation';

export interface CoverageOptions {
  /** Keep activities whose period intersects this one (activities without a credible period are then left out). */
  period?: Period;
  /** Activities without a credible period: counted as undated presence when no period is asked for. */
  undated?: readonly UndatedSnapshot[];
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
  /** null: not grouped by theme; UNCLASSIFIED_THEME_ID: the activities have no theme. */
  themeId: string | null;
  organisation: string | null;
  activityCount: number;
  /** Of activityCount, those without a credible period (present, period unknown). */
  undatedActivityCount: number;
  /** Sorted, each activity once. */
  activityIds: string[];
  /** OCHA 3W presence records in the cell (organisation × cluster × place), counted apart from activities. */
  presenceCount: number;
  /**
   * Sum per currency of the activities' whole budgets (no split across countries or themes), so
   * rows of a multi-country or multi-theme activity each carry its full budget: rows do not add
   * up to the totals. Totals are rounded to the currency's minor unit.
   */
  budgets: Money[];
}

export interface CoverageReport {
  groupBy: CoverageDimension[];
  /** Sorted by country, theme, organisation; nulls last. */
  rows: CoverageRow[];
  /** Distinct activities selected and their budgets, each counted once. */
  totals: { activityCount: number; undatedActivityCount: number; budgets: Money[]; presenceCount: number };
}

export function computeCoverage(snapshots: readonly ActivitySnapshot[], options: CoverageOptions = {}): CoverageReport {
  const groupBy: CoverageDimension[] = [...new Set<CoverageDimension>(options.groupBy ?? ['country', 'theme', 'organisation'])];
  const by = new Set(groupBy);
  const minWeight = options.minThemeWeight ?? 0;
  const countryFilter = options.countries ? new Set(options.countries) : null;
  const themeFilter = options.themes ? new Set(options.themes) : null;
  const orgFilter = options.organisations ? new Set(options.organisations) : null;
  const regionFilter = options.regions ? new Set(options.regions) : null;

  const rows = new Map<string, { row: CoverageRow; ids: Set<string>; undated: Set<string>; amounts: Money[]; presences: Set<string> }>();
  const selected: (ActivitySnapshot | UndatedSnapshot)[] = [];
  const subjects: (ActivitySnapshot | UndatedSnapshot)[] = options.period ? [...snapshots] : [...snapshots, ...(options.undated ?? [])];
  for (const s of subjects) {
    if (options.period && (s.period === null || !periodsIntersect(s.period, options.period))) continue;
    if (orgFilter && !orgFilter.has(s.organisation)) continue;
    if (regionFilter && !s.regions.some((r) => regionFilter.has(r))) continue;
    const countries = s.countries.map((c) => c.code).filter((c) => !countryFilter || countryFilter.has(c));
    const themes = s.themes.filter((t) => t.weight > 0 && t.weight >= minWeight).map((t) => t.themeId).filter((t) => !themeFilter || themeFilter.has(t));
    if ((countryFilter && countries.length === 0) || (themeFilter && themes.length === 0)) continue;
    selected.push(s);

    const countryKeys = by.has('country') && countries.length > 0 ? countries : [null];
    const themeKeys = by.has('theme') ? (themes.length > 0 ? themes : [UNCLASSIFIED_THEME_ID]) : [null];
    const organisation = by.has('organisation') ? s.organisation : null;
    for (const country of countryKeys) {
      for (const themeId of themeKeys) {
        const key = `${country}\u0000${themeId}\u0000${organisation}`;
        let entry = rows.get(key);
        if (!entry) {
          entry = {
            row: { country, themeId, organisation, activityCount: 0, undatedActivityCount: 0, activityIds: [], presenceCount: 0, budgets: [] },
            ids: new Set(),
            undated: new Set(),
            amounts: [],
            presences: new Set(),
          };
          rows.set(key, entry);
        }
        if (s.origin === '3W') {
          s.presenceIds?.forEach((id) => entry.presences.add(id));
          continue;
        }
        if (entry.ids.has(s.id)) continue;
        entry.ids.add(s.id);
        if (s.period === null) entry.undated.add(s.id);
        entry.amounts.push(...s.budgets);
      }
    }
  }

  const out = [...rows.values()].map(({ row, ids, undated, amounts, presences }) => ({
    ...row,
    presenceCount: presences.size,
    activityCount: ids.size,
    undatedActivityCount: undated.size,
    activityIds: [...ids].sort(),
    budgets: sumByCurrency(amounts),
  }));
  out.sort((a, b) => cmpNullLast(a.country, b.country) || cmpNullLast(a.themeId, b.themeId) || cmpNullLast(a.organisation, b.organisation));
  const activities = selected.filter((s) => s.origin !== '3W');
  return {
    groupBy,
    rows: out,
    totals: {
      activityCount: activities.length,
      undatedActivityCount: activities.filter((s) => s.period === null).length,
      budgets: sumByCurrency(activities.flatMap((s) => s.budgets)),
      presenceCount: new Set(selected.flatMap((s) => (s.origin === '3W' ? (s.presenceIds ?? []) : []))).size,
    },
  };
}

function cmpNullLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
