import type { BudgetEntry } from '../activity/activity.model';

/** An activity's published budget lines, under its reporting organisation. */
export interface ActivityBudgets {
  id: string;
  organisation: string;
  budgets: readonly BudgetEntry[];
}

export interface BudgetYearRow {
  organisation: string;
  year: number;
  currency: string;
  value: number;
  activityCount: number;
}

const REVISED = '2';

/**
 * The budget lines that count: for each budget period, the revised lines (IATI BudgetType 2) when
 * there are any, else the original ones; a revision replaces, it does not add.
 */
export function countedBudgetLines(budgets: readonly BudgetEntry[]): BudgetEntry[] {
  const byPeriod = new Map<string, BudgetEntry[]>();
  for (const b of budgets) {
    const key = `${b.periodStart ?? ''}|${b.periodEnd ?? ''}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), b]);
  }
  return [...byPeriod.values()].flatMap((lines) => (lines.some((l) => l.type === REVISED) ? lines.filter((l) => l.type === REVISED) : lines));
}

/**
 * Budgets summed by organisation, calendar year of the period start, and currency; lines without
 * a period start or a finite value are left out. Sorted by organisation, year, currency; values
 * rounded to cents.
 */
export function budgetsByYear(activities: readonly ActivityBudgets[]): BudgetYearRow[] {
  const rows = new Map<string, { row: BudgetYearRow; activities: Set<string> }>();
  for (const a of activities) {
    for (const line of countedBudgetLines(a.budgets)) {
      const year = line.periodStart ? Number(line.periodStart.slice(0, 4)) : NaN;
      if (!Number.isInteger(year) || !Number.isFinite(line.value) || !line.currency) continue;
      const key = `${a.organisation}|${year}|${line.currency}`;
      const entry = rows.get(key) ?? { row: { organisation: a.organisation, year, currency: line.currency, value: 0, activityCount: 0 }, activities: new Set<string>() };
      entry.row.value += line.value;
      entry.activities.add(a.id);
      rows.set(key, entry);
    }
  }
  return [...rows.values()]
    .map(({ row, activities: ids }) => ({ ...row, value: Math.round(row.value * 100) / 100, activityCount: ids.size }))
    .sort((x, y) => (x.organisation < y.organisation ? -1 : x.organisation > y.organisation ? 1 : x.year - y.year || (x.currency < y.currency ? -1 : x.currency > y.currency ? 1 : 0)));
}
