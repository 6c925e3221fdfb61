import { assessExitStrategy, isCapacityActivity, lastYearOf, type CapacitySnapshot } from '../../../src/modules/field-operation/exit-strategy';

const activity = (id: string, extra: Partial<CapacitySnapshot> = {}): CapacitySnapshot => ({
  id,
  organisation: 'XM-DAC-41114',
  countries: [{ code: 'HT', percentage: null }],
  themes: [{ themeId: 'administration-of-justice', weight: 1 }],
  period: { start: '2022-01-01', end: '2025-12-31' },
  ...extra,
});

const operation = { country: 'HT', start: '2019-10-16', end: '2024-07-15' };

describe('lastYearOf', () => {
  it('runs from the day after the end date a year before to the end', () => {
    expect(lastYearOf(operation)).toEqual({ start: '2023-07-16', end: '2024-07-15' });
    expect(lastYearOf({ start: '2020-01-01', end: '2024-12-31' })).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('does not start before the operation', () => {
    expect(lastYearOf({ start: '2024-03-01', end: '2024-07-15' })).toEqual({ start: '2024-03-01', end: '2024-07-15' });
  });

  it('is null for an open-ended operation', () => {
    expect(lastYearOf({ start: '2024-03-01', end: null })).toBeNull();
  });
});

describe('isCapacityActivity', () => {
  it('counts every OHCHR activity', () => {
    expect(isCapacityActivity({ organisation: 'XM-DAC-41313', themes: [{ themeId: 'right-to-food', weight: 1 }] })).toBe(true);
  });

  it('counts another organisation on a capacity theme', () => {
    expect(isCapacityActivity({ organisation: 'XM-DAC-41114', themes: [{ themeId: 'nhri', weight: 0.5 }] })).toBe(true);
  });

  it('does not count another organisation on other themes only', () => {
    expect(isCapacityActivity({ organisation: 'XM-DAC-41301', themes: [{ themeId: 'right-to-food', weight: 1 }] })).toBe(false);
  });
});

describe('assessExitStrategy', () => {
  it('is COVERED when a capacity activity in the country covers the last year and outlasts the operation', () => {
    const result = assessExitStrategy(operation, [activity('a1')]);
    expect(result).toMatchObject({ status: 'COVERED', flagged: false, coveringActivityIds: ['a1'], latestPlanEnd: '2025-12-31' });
    expect(result.reason).toContain('runs until 2025-12-31');
  });

  it('is COVERED by an open-ended activity in implementation', () => {
    expect(assessExitStrategy(operation, [activity('a1', { period: { start: '2023-01-01', end: null } })])).toMatchObject({ status: 'COVERED', latestPlanEnd: null });
  });

  it('flags NO_EXIT_PLAN when no activity touches the last year', () => {
    const result = assessExitStrategy(operation, [activity('a1', { period: { start: '2019-01-01', end: '2023-07-15' } })]);
    expect(result).toMatchObject({ status: 'NO_EXIT_PLAN', flagged: true, coveringActivityIds: [] });
    expect(result.reason).toBe("No technical-cooperation or capacity-building activity in HT covers the operation's last year (2023-07-16 – 2024-07-15).");
  });

  it('flags NO_EXIT_PLAN when the only activity in the last year is in another country', () => {
    expect(assessExitStrategy(operation, [activity('a1', { countries: [{ code: 'DO', percentage: null }] })]).status).toBe('NO_EXIT_PLAN');
  });

  it('flags NO_EXIT_PLAN when the only activity in the last year is not capacity building', () => {
    expect(assessExitStrategy(operation, [activity('a1', { organisation: 'XM-DAC-41301', themes: [{ themeId: 'right-to-food', weight: 1 }] })]).status).toBe('NO_EXIT_PLAN');
  });

  it('flags PLAN_ENDS_BEFORE_OPERATION when every covering activity ends before the operation', () => {
    const result = assessExitStrategy(operation, [
      activity('a1', { period: { start: '2022-01-01', end: '2024-03-31' } }),
      activity('a2', { period: { start: '2022-01-01', end: '2023-12-31' } }),
    ]);
    expect(result).toMatchObject({ status: 'PLAN_ENDS_BEFORE_OPERATION', flagged: true, coveringActivityIds: ['a1', 'a2'], latestPlanEnd: '2024-03-31' });
    expect(result.reason).toContain('ends on 2024-03-31, before the operation ends on 2024-07-15');
  });

  it('counts a plan ending on the operation’s last day as covering', () => {
    expect(assessExitStrategy(operation, [activity('a1', { period: { start: '2022-01-01', end: '2024-07-15' } })]).status).toBe('COVERED');
  });

  it('flags OPEN_ENDED an operation without an end date', () => {
    const result = assessExitStrategy({ ...operation, end: null }, [activity('a1')]);
    expect(result).toMatchObject({ status: 'OPEN_ENDED', flagged: true, lastYear: null });
  });
});
