import { computeCoverage } from '../../../src/modules/analysis/coverage';
import { buildSnapshot, ORG } from './support/factories';

const usd = (value: number) => [{ currency: 'USD', value }];
const snapshots = [
  buildSnapshot({
    id: 'a',
    organisation: ORG.UNDP,
    countries: [{ code: 'KE', percentage: 50 }, { code: 'UG', percentage: 50 }],
    themes: [{ themeId: 'administration-of-justice', weight: 1 }, { themeId: 'nhri', weight: 0.5 }],
    budgets: usd(100),
    regions: ['289'],
  }),
  buildSnapshot({ id: 'b', organisation: ORG.UNDP, budgets: [...usd(10), { currency: 'EUR', value: 5 }], period: { start: '2022-01-01', end: null } }),
  buildSnapshot({ id: 'c', organisation: ORG.OHCHR, budgets: usd(1) }),
  buildSnapshot({ id: 'global', organisation: ORG.OHCHR, countries: [], budgets: usd(7) }),
];

describe('computeCoverage', () => {
  it('gives one row per country × theme × organisation with counts, ids and budgets', () => {
    const { rows } = computeCoverage(snapshots);
    expect(rows.find((r) => r.country === 'KE' && r.themeId === 'administration-of-justice' && r.organisation === ORG.UNDP)).toEqual({
      country: 'KE',
      themeId: 'administration-of-justice',
      organisation: ORG.UNDP,
      activityCount: 2,
      undatedActivityCount: 0,
      activityIds: ['a', 'b'],
      presenceCount: 0,
      budgets: [{ currency: 'EUR', value: 5 }, { currency: 'USD', value: 110 }],
    });
  });

  it('counts an activity once per row when a dimension is not grouped', () => {
    const { rows } = computeCoverage(snapshots, { groupBy: ['country'] });
    expect(rows.map((r) => [r.country, r.activityCount, r.budgets])).toEqual([
      ['KE', 3, [{ currency: 'EUR', value: 5 }, { currency: 'USD', value: 111 }]],
      ['UG', 1, usd(100)],
      [null, 1, usd(7)],
    ]);
  });

  it('keeps activities without recipient country in a null-country row', () => {
    expect(computeCoverage(snapshots, { groupBy: ['country', 'organisation'] }).rows.at(-1)).toMatchObject({ country: null, organisation: ORG.OHCHR, activityIds: ['global'] });
  });

  it('counts totals over distinct activities', () => {
    expect(computeCoverage(snapshots).totals).toEqual({ activityCount: 4, undatedActivityCount: 0, budgets: [{ currency: 'EUR', value: 5 }, { currency: 'USD', value: 118 }], presenceCount: 0 });
  });

  it('filters by period', () => {
    expect(computeCoverage(snapshots, { period: { start: '2023-01-01', end: '2023-12-31' } }).totals.activityCount).toBe(1);
  });

  it('filters by countries and shows only those countries', () => {
    const { rows } = computeCoverage(snapshots, { countries: ['UG'], groupBy: ['country'] });
    expect(rows.map((r) => [r.country, r.activityIds])).toEqual([['UG', ['a']]]);
  });

  it('filters by themes, organisations and regions', () => {
    expect(computeCoverage(snapshots, { themes: ['nhri'] }).totals.activityCount).toBe(1);
    expect(computeCoverage(snapshots, { organisations: [ORG.OHCHR] }).totals.activityCount).toBe(2);
    expect(computeCoverage(snapshots, { regions: ['289'] }).totals.activityCount).toBe(1);
  });

  it('ignores themes below minThemeWeight', () => {
    expect(computeCoverage(snapshots, { themes: ['nhri'], minThemeWeight: 0.6 }).totals.activityCount).toBe(0);
  });
});
