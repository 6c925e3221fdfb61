import type { BudgetEntry } from '../../../src/modules/activity/activity.model';
import { budgetsByYear, countedBudgetLines } from '../../../src/modules/analysis/budget-years';

const line = (value: number, periodStart: string | null, type: string | null = '1', currency = 'USD', periodEnd: string | null = null): BudgetEntry => ({
  value,
  currency,
  type,
  status: null,
  periodStart,
  periodEnd: periodEnd ?? (periodStart ? `${periodStart.slice(0, 4)}-12-31` : null),
});

describe('countedBudgetLines', () => {
  it('lets a revised budget replace the original of the same period', () => {
    expect(countedBudgetLines([line(100, '2021-01-01', '1'), line(150, '2021-01-01', '2'), line(80, '2022-01-01', '1')]).map((l) => l.value)).toEqual([150, 80]);
  });
});

describe('budgetsByYear', () => {
  it('sums by organisation, year of the period start and currency, counting activities', () => {
    const rows = budgetsByYear([
      { id: 'a1', organisation: 'XM-DAC-41114', budgets: [line(100, '2021-01-01'), line(50, '2022-01-01')] },
      { id: 'a2', organisation: 'XM-DAC-41114', budgets: [line(25.5, '2021-04-01'), line(10, '2021-04-01', '1', 'EUR')] },
      { id: 'a3', organisation: 'XM-DAC-41146', budgets: [line(7, '2021-01-01')] },
    ]);
    expect(rows).toEqual([
      { organisation: 'XM-DAC-41114', year: 2021, currency: 'EUR', value: 10, activityCount: 1 },
      { organisation: 'XM-DAC-41114', year: 2021, currency: 'USD', value: 125.5, activityCount: 2 },
      { organisation: 'XM-DAC-41114', year: 2022, currency: 'USD', value: 50, activityCount: 1 },
      { organisation: 'XM-DAC-41146', year: 2021, currency: 'USD', value: 7, activityCount: 1 },
    ]);
  });

  it('leaves out lines without a period start', () => {
    expect(budgetsByYear([{ id: 'a1', organisation: 'X', budgets: [line(100, null)] }])).toEqual([]);
  });
});
