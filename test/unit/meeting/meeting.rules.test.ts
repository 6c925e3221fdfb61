import { compareFollowUps, followUpState, kindFitsSubject, validateDecisionFields, validateMeeting } from '../../../src/modules/meeting/meeting.rules';

const vocabulary = { isCountry: (c: string) => ['HT', 'KE'].includes(c), isTheme: (t: string) => ['right-to-food', 'womens-rights'].includes(t) };

describe('followUpState', () => {
  it('is DONE once done, whatever the due date', () => {
    expect(followUpState('DONE', '2020-01-01', '2026-12-03')).toBe('DONE');
  });

  it('is OVERDUE the day after the due date', () => {
    expect([followUpState('OPEN', '2026-12-02', '2026-12-03'), followUpState('IN_PROGRESS', '2026-12-03', '2026-12-03')]).toEqual(['OVERDUE', 'DUE_SOON']);
  });

  it('is DUE_SOON within 14 days, OPEN beyond', () => {
    expect([followUpState('OPEN', '2026-12-16', '2026-12-03'), followUpState('OPEN', '2026-12-17', '2026-12-03')]).toEqual(['DUE_SOON', 'OPEN']);
  });

  it('is OPEN without a due date', () => {
    expect(followUpState('IN_PROGRESS', null, '2026-12-03')).toBe('OPEN');
  });
});

describe('kindFitsSubject', () => {
  it('takes overlap kinds on overlaps and gap kinds on gaps, REVIEWED on both', () => {
    expect([
      kindFitsSubject('JOINT_PROGRAMME_AGREED', 'OVERLAP'),
      kindFitsSubject('JOINT_PROGRAMME_AGREED', 'GAP'),
      kindFitsSubject('RESPONSE_TO_PLAN', 'GAP'),
      kindFitsSubject('NOT_A_GAP', 'OVERLAP'),
      kindFitsSubject('REVIEWED', 'OVERLAP'),
      kindFitsSubject('REVIEWED', 'GAP'),
    ]).toEqual([true, false, true, false, true, true]);
  });
});

describe('validateMeeting', () => {
  it('normalises countries to upper case and removes duplicates and blanks', () => {
    const checked = validateMeeting({ title: ' Haiti group ', date: '2026-12-03', countries: ['ht', 'HT', ' '], themes: ['right-to-food'], organisations: ['XM-DAC-41114', 'XM-DAC-41114'] }, vocabulary);
    expect(checked).toEqual({ ok: true, meeting: { title: 'Haiti group', date: '2026-12-03', countries: ['HT'], themes: ['right-to-food'], organisations: ['XM-DAC-41114'], period: null } });
  });

  it('reports every problem by field', () => {
    const checked = validateMeeting({ title: ' ', date: '2026-12-03', countries: ['ZZ'], themes: ['astrology'], period: { from: '2026-12-31', to: '2026-01-01' } }, vocabulary);
    expect(checked.ok ? [] : checked.problems.map((p) => p.field)).toEqual(['title', 'countries', 'themes', 'period']);
  });

  it('keeps a half-open period', () => {
    const checked = validateMeeting({ title: 'T', date: '2026-12-03', period: { from: '2021-01-01' } }, vocabulary);
    expect(checked.ok && checked.meeting.period).toEqual({ from: '2021-01-01', to: null });
  });
});

describe('validateDecisionFields', () => {
  it('refuses a gap kind on an overlap, a missing owner and an over-long note', () => {
    const problems = validateDecisionFields({ kind: 'NOT_A_GAP', subject: 'OVERLAP', ownerOrganisation: ' ', note: 'x'.repeat(4001) });
    expect(problems.map((p) => p.field)).toEqual(['kind', 'ownerOrganisation', 'note']);
  });
});

describe('compareFollowUps', () => {
  it('puts the earliest due date first and undated ones last, then by id', () => {
    const items = [
      { id: 'c', dueDate: null },
      { id: 'b', dueDate: '2026-12-10' },
      { id: 'a', dueDate: '2026-12-10' },
      { id: 'd', dueDate: '2026-12-04' },
    ];
    expect([...items].sort(compareFollowUps).map((i) => i.id)).toEqual(['d', 'a', 'b', 'c']);
  });
});
