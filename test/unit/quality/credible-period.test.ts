import { crediblePeriod } from '../../../src/modules/analysis/quality/credible-period';
import { dateProblem } from '../../../src/modules/analysis/quality/date-credibility';

const dates = (overrides: Partial<Parameters<typeof crediblePeriod>[0]> = {}) => ({
  status: '2',
  plannedStart: null,
  actualStart: null,
  plannedEnd: null,
  actualEnd: null,
  ...overrides,
});

describe('dateProblem', () => {
  it.each(['1900-01-01', '1970-01-01', '9999-12-31', '1899-12-31'])('calls %s a placeholder', (d) => {
    expect(dateProblem(d)).toBe('PLACEHOLDER_DATE');
  });

  it.each(['1949-12-31', '2101-01-01', '1066-10-14'])('calls %s implausible', (d) => {
    expect(dateProblem(d)).toBe('IMPLAUSIBLE_DATE');
  });

  it.each(['1950-01-01', '2021-06-15', '2051-12-31', '2100-12-30'])('believes %s', (d) => {
    expect(dateProblem(d)).toBeNull();
  });
});

describe('crediblePeriod', () => {
  it('uses actual dates before planned ones', () => {
    expect(crediblePeriod(dates({ plannedStart: '2020-01-01', actualStart: '2020-02-01', plannedEnd: '2021-12-31' }))).toMatchObject({
      ok: true,
      period: { start: '2020-02-01', end: '2021-12-31' },
      startBasis: 'ACTUAL',
      endBasis: 'PLANNED',
    });
  });

  it('gives no period when the only start is a placeholder (the Danida pattern)', () => {
    const result = crediblePeriod(dates({ actualStart: '1900-01-01' }));
    expect(result).toMatchObject({ ok: false, reason: 'NO_USABLE_START' });
    expect(result.discarded).toEqual([expect.objectContaining({ field: 'actualStart', problem: 'PLACEHOLDER_DATE' })]);
  });

  it('falls back to the planned start when the actual start is a placeholder', () => {
    expect(crediblePeriod(dates({ actualStart: '1900-01-01', plannedStart: '2019-05-01' }))).toMatchObject({
      ok: true,
      period: { start: '2019-05-01', end: null },
      startBasis: 'PLANNED',
      endBasis: 'OPEN',
    });
  });

  it('leaves the end open only while in implementation', () => {
    expect(crediblePeriod(dates({ status: '4', plannedStart: '2019-01-01' }))).toMatchObject({ ok: false, reason: 'NO_END_DATE' });
  });

  it('drops an implausible end and refuses an end before the start', () => {
    expect(crediblePeriod(dates({ status: '3', plannedStart: '2019-01-01', plannedEnd: '2219-01-01' }))).toMatchObject({ ok: false, reason: 'NO_END_DATE' });
    expect(crediblePeriod(dates({ plannedStart: '2019-01-01', plannedEnd: '2018-01-01' }))).toMatchObject({ ok: false, reason: 'END_BEFORE_START' });
  });
});
