import type { ImportRun } from '../../../src/modules/import/import-run.entity';
import type { CoordinationDecision } from '../../../src/modules/meeting/coordination-decision.entity';
import {
  type DecisionChange,
  importRunFinished,
  matchesDecisionFilter,
  matchesImportRunFilter,
  meetingDecisionChanges,
  overlapDecisionChange,
} from '../../../src/modules/live/live.events';

const by = { keyId: 'k1', label: 'Geneva desk', role: 'OHCHR_EDITOR' } as CoordinationDecision['decidedBy'];

function decision(history: { at: string; action: 'RECORDED' | 'UPDATED' }[]): CoordinationDecision {
  return {
    id: 'd1',
    meetingId: 'm1',
    subject: 'GAP',
    subjectId: 'gap_1',
    countries: ['HT'],
    ownerOrganisation: 'XM-DAC-41114',
    history: history.map((h) => ({ ...h, at: new Date(h.at), by, status: 'OPEN', dueDate: null, note: null })),
  } as unknown as CoordinationDecision;
}

const change = (overrides: Partial<DecisionChange>): DecisionChange => ({
  key: 'k',
  at: new Date('2026-12-03T10:00:00Z'),
  action: 'RECORDED',
  subject: 'OVERLAP',
  subjectId: 'ovl_1',
  countries: ['HT', 'DO'],
  decisionId: 'd1',
  meetingId: 'm1',
  ownerOrganisation: 'XM-DAC-41114',
  ...overrides,
});

describe('meetingDecisionChanges', () => {
  it('makes one change per history entry at or after the given time, each with its own key', () => {
    const d = decision([
      { at: '2026-12-01T09:00:00Z', action: 'RECORDED' },
      { at: '2026-12-02T09:00:00Z', action: 'UPDATED' },
      { at: '2026-12-03T09:00:00Z', action: 'UPDATED' },
    ]);
    const changes = meetingDecisionChanges(d, new Date('2026-12-02T09:00:00Z'));
    expect(changes.map((c) => [c.action, c.at.toISOString()])).toEqual([
      ['UPDATED', '2026-12-02T09:00:00.000Z'],
      ['UPDATED', '2026-12-03T09:00:00.000Z'],
    ]);
    expect(new Set(changes.map((c) => c.key)).size).toBe(2);
  });

  it('names the decision, its meeting, subject, countries and owner', () => {
    const [c] = meetingDecisionChanges(decision([{ at: '2026-12-01T09:00:00Z', action: 'RECORDED' }]), new Date(0));
    expect(c).toMatchObject({ decisionId: 'd1', meetingId: 'm1', subject: 'GAP', subjectId: 'gap_1', countries: ['HT'], ownerOrganisation: 'XM-DAC-41114' });
  });
});

describe('overlapDecisionChange', () => {
  it('is a RECORDED change on the overlap, with neither meeting nor meeting decision', () => {
    const c = overlapDecisionChange({ id: 'o1', overlapId: 'ovl_9', decidedAt: new Date('2026-12-03T08:00:00Z') }, ['KE']);
    expect(c).toMatchObject({ key: 'overlap-decision:o1', action: 'RECORDED', subject: 'OVERLAP', subjectId: 'ovl_9', countries: ['KE'], decisionId: null, meetingId: null });
  });
});

describe('matchesDecisionFilter', () => {
  it('matches everything without a filter', () => {
    expect(matchesDecisionFilter(change({}), null)).toBe(true);
  });

  it('matches a country of the subject whatever its case', () => {
    expect([matchesDecisionFilter(change({}), { country: ['do'] }), matchesDecisionFilter(change({}), { country: ['KE'] })]).toEqual([true, false]);
  });

  it('needs every criterion given to hold', () => {
    expect(matchesDecisionFilter(change({}), { country: ['HT'], meeting: ['m2'] })).toBe(false);
  });

  it('leaves out decisions without a meeting when meetings are asked for', () => {
    expect(matchesDecisionFilter(change({ meetingId: null, ownerOrganisation: null }), { meeting: ['m1'] })).toBe(false);
  });

  it('matches the subject kind', () => {
    expect([matchesDecisionFilter(change({}), { subject: ['GAP'] }), matchesDecisionFilter(change({}), { subject: ['OVERLAP', 'GAP'] })]).toEqual([false, true]);
  });
});

describe('import runs', () => {
  const run = { id: 'r1', kind: 'IATI', startedAt: new Date('2026-12-03T08:00:00Z'), finishedAt: new Date('2026-12-03T08:01:00Z') } as ImportRun;

  it('are told by run id at the time they finished', () => {
    expect(importRunFinished(run)).toMatchObject({ key: 'import-run:r1', at: run.finishedAt });
  });

  it('match a filter by kind', () => {
    const event = importRunFinished(run);
    expect([matchesImportRunFilter(event, { kind: ['IATI'] }), matchesImportRunFilter(event, { kind: ['RECOMMENDATIONS'] }), matchesImportRunFilter(event, {})]).toEqual([true, false, true]);
  });
});
