import { activityStage, followUpProgress, matchesRecommendation, recommendationFollowUp, type FollowUpCandidate } from '../../../src/modules/followup/followup.rules';

const TODAY = '2024-06-01';
const candidate = (id: string, extra: Partial<FollowUpCandidate> = {}): FollowUpCandidate => ({
  id,
  status: '2',
  period: { start: '2023-01-01', end: '2025-12-31' },
  budgets: [],
  ...extra,
});

describe('activityStage', () => {
  it.each([
    ['1', 'PLANNED'],
    ['2', 'IN_PROGRESS'],
    ['3', 'COMPLETED'],
    ['4', 'COMPLETED'],
    ['5', null],
    ['6', null],
  ])('maps IATI status %s to %s', (status, stage) => {
    expect(activityStage({ status, period: { start: '2023-01-01', end: null } }, TODAY)).toBe(stage);
  });

  it('without a status, is PLANNED before the start, COMPLETED after the end, else IN_PROGRESS', () => {
    expect(activityStage({ status: null, period: { start: '2024-07-01', end: null } }, TODAY)).toBe('PLANNED');
    expect(activityStage({ status: null, period: { start: '2022-01-01', end: '2024-05-31' } }, TODAY)).toBe('COMPLETED');
    expect(activityStage({ status: null, period: { start: '2022-01-01', end: '2024-06-01' } }, TODAY)).toBe('IN_PROGRESS');
  });

  it('does not count an activity without status or period', () => {
    expect(activityStage({ status: null, period: null }, TODAY)).toBeNull();
  });
});

describe('followUpProgress', () => {
  it('is NONE without a counting activity', () => {
    expect(followUpProgress([])).toBe('NONE');
    expect(followUpProgress([null])).toBe('NONE');
  });

  it('is PLANNED, IN_PROGRESS or COMPLETED when every activity is', () => {
    expect(followUpProgress(['PLANNED', 'PLANNED'])).toBe('PLANNED');
    expect(followUpProgress(['IN_PROGRESS'])).toBe('IN_PROGRESS');
    expect(followUpProgress(['COMPLETED', null])).toBe('COMPLETED');
  });

  it('is IN_PROGRESS when one is under way or when completed and planned ones mix', () => {
    expect(followUpProgress(['PLANNED', 'IN_PROGRESS', 'COMPLETED'])).toBe('IN_PROGRESS');
    expect(followUpProgress(['PLANNED', 'COMPLETED'])).toBe('IN_PROGRESS');
  });
});

describe('matchesRecommendation', () => {
  const rec = { countries: ['KE'], themeIds: ['nhri'], publicationDate: '2022-03-15' };
  const activity = { countries: [{ code: 'KE' }], themes: [{ themeId: 'nhri', weight: 1 }], period: { start: '2020-01-01', end: '2023-12-31' } };

  it('matches an activity in its country, on its theme, running on or after its publication', () => {
    expect(matchesRecommendation(rec, activity)).toBe(true);
  });

  it('does not match one that ended before the publication', () => {
    expect(matchesRecommendation(rec, { ...activity, period: { start: '2020-01-01', end: '2022-03-14' } })).toBe(false);
  });

  it('does not match another country or theme, or an undated activity', () => {
    expect(matchesRecommendation(rec, { ...activity, countries: [{ code: 'UG' }] })).toBe(false);
    expect(matchesRecommendation(rec, { ...activity, themes: [{ themeId: 'right-to-food', weight: 1 }] })).toBe(false);
    expect(matchesRecommendation(rec, { ...activity, period: null })).toBe(false);
  });
});

describe('recommendationFollowUp', () => {
  it('lists linked activities before matched ones, each once, with their stage', () => {
    const result = recommendationFollowUp({
      linked: [candidate('a', { status: '1' })],
      matched: [candidate('a'), candidate('b', { status: '4' })],
      resourcesRequired: null,
      today: TODAY,
    });
    expect(result.activities).toEqual([
      { activityId: 'a', via: 'LINKED', stage: 'PLANNED' },
      { activityId: 'b', via: 'MATCHED', stage: 'COMPLETED' },
    ]);
    expect(result.progress).toBe('IN_PROGRESS');
  });

  it('identifies resources from the linked activities’ budgets only, per currency', () => {
    const result = recommendationFollowUp({
      linked: [candidate('a', { budgets: [{ currency: 'USD', value: 100000.005 }] }), candidate('b', { budgets: [{ currency: 'USD', value: 50000 }, { currency: 'EUR', value: 20000 }] })],
      matched: [candidate('c', { budgets: [{ currency: 'USD', value: 999999 }] })],
      resourcesRequired: { currency: 'USD', value: 400000 },
      today: TODAY,
    });
    expect(result.resourcesIdentified).toEqual([
      { currency: 'EUR', value: 20000 },
      { currency: 'USD', value: 150000.01 },
    ]);
    expect(result.resourcesUncovered).toEqual({ currency: 'USD', value: 249999.99 });
  });

  it('leaves nothing uncovered when identified resources exceed the requirement, and counts no other currency', () => {
    const over = recommendationFollowUp({ linked: [candidate('a', { budgets: [{ currency: 'USD', value: 500 }] })], matched: [], resourcesRequired: { currency: 'USD', value: 400 }, today: TODAY });
    expect(over.resourcesUncovered).toEqual({ currency: 'USD', value: 0 });
    const other = recommendationFollowUp({ linked: [candidate('a', { budgets: [{ currency: 'EUR', value: 500 }] })], matched: [], resourcesRequired: { currency: 'USD', value: 400 }, today: TODAY });
    expect(other.resourcesUncovered).toEqual({ currency: 'USD', value: 400 });
  });

  it('has no uncovered amount without a requirement, and NONE progress without activities', () => {
    expect(recommendationFollowUp({ linked: [], matched: [], resourcesRequired: null, today: TODAY })).toEqual({
      progress: 'NONE',
      activities: [],
      resourcesRequired: null,
      resourcesIdentified: [],
      resourcesUncovered: null,
    });
  });
});
