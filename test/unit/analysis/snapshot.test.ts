import { summariseBudgets, toSnapshot, toSnapshots } from '../../../src/modules/analysis/snapshot';
import { loadTaxonomy } from '../../../src/modules/analysis/taxonomy';
import { buildStoredActivity } from './support/factories';

const taxonomy = loadTaxonomy();

describe('toSnapshot', () => {
  it('takes actual dates before planned ones', () => {
    const result = toSnapshot(
      buildStoredActivity({ plannedStart: '2019-01-01', actualStart: '2019-03-01', plannedEnd: '2020-12-31', actualEnd: '2021-06-30' }),
      taxonomy,
    );
    expect(result.ok && result.snapshot.period).toEqual({ start: '2019-03-01', end: '2021-06-30' });
  });

  it('leaves the end open for an activity in implementation without end date', () => {
    const result = toSnapshot(buildStoredActivity({ status: '2', plannedStart: '2019-01-01' }), taxonomy);
    expect(result.ok && result.snapshot.period).toEqual({ start: '2019-01-01', end: null });
  });

  it.each([
    ['NO_START_DATE', { plannedEnd: '2020-01-01' }],
    ['NO_END_DATE', { status: '4', plannedStart: '2019-01-01' }],
    ['END_BEFORE_START', { actualStart: '2020-02-01', plannedEnd: '2020-01-31' }],
    ['INVALID_DATE', { plannedStart: '2019-02-30', plannedEnd: '2020-01-01' }],
    ['CANCELLED', { status: '5', plannedStart: '2019-01-01', plannedEnd: '2020-01-01' }],
    ['WITHDRAWN', { mirrorState: 'WITHDRAWN' as const, plannedStart: '2019-01-01' }],
  ])('excludes with reason %s', (reason, overrides) => {
    const result = toSnapshot(buildStoredActivity(overrides), taxonomy);
    expect(result).toMatchObject({ ok: false, reason, activityId: 'act-1' });
  });

  it('uses the reporting organisation, upper-cases and de-duplicates countries, and derives themes', () => {
    const result = toSnapshot(
      buildStoredActivity({
        plannedStart: '2020-01-01',
        recipientCountries: [{ code: 'ke', percentage: 60 }, { code: 'KE', percentage: 10 }, { code: 'UG', percentage: 40 }],
        recipientRegions: [{ code: '289', vocabulary: '1', percentage: null }, { code: '002', vocabulary: '2', percentage: null }],
        sectors: [{ vocabulary: '1', code: '15130', percentage: 100 }],
      }),
      taxonomy,
    );
    expect(result.ok && result.snapshot).toMatchObject({
      organisation: 'XM-DAC-41114',
      countries: [{ code: 'KE', percentage: 60 }, { code: 'UG', percentage: 40 }],
      regions: ['289'],
      themes: [{ themeId: 'administration-of-justice', weight: 1 }],
    });
  });

  it('reports excluded activities next to the snapshots', () => {
    const { snapshots, excluded } = toSnapshots(
      [buildStoredActivity({ id: 'x', plannedStart: '2020-01-01' }), buildStoredActivity({ id: 'y' })],
      taxonomy,
    );
    expect(snapshots.map((s) => s.id)).toEqual(['x']);
    expect(excluded).toEqual([{ activityId: 'y', iatiIdentifier: 'XM-DAC-41114-TEST-1', reason: 'NO_START_DATE', detail: 'no actual or planned start date' }]);
  });
});

describe('summariseBudgets', () => {
  const budget = (type: string, value: number, periodStart = '2020-01-01', currency = 'USD') => ({
    type,
    status: '1',
    value,
    currency,
    periodStart,
    periodEnd: periodStart.replace('-01-01', '-12-31'),
  });

  it('lets a revised budget replace the original of the same period', () => {
    expect(summariseBudgets([budget('1', 100), budget('2', 150), budget('1', 50, '2021-01-01')])).toEqual([{ currency: 'USD', value: 200 }]);
  });

  it('sums per currency', () => {
    expect(summariseBudgets([budget('1', 100), budget('1', 7, '2021-01-01', 'EUR')])).toEqual([
      { currency: 'EUR', value: 7 },
      { currency: 'USD', value: 100 },
    ]);
  });
});
