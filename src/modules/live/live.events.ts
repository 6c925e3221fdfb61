import type { ImportRun } from '../import/import-run.entity';
import type { CoordinationDecision, DecisionSubject } from '../meeting/coordination-decision.entity';

/**
 * What a dashboard is told, and how each event is told apart from a repeat: the same change may
 * be published by the mutation that made it and found again by the poller (`key`).
 */
export interface ImportRunFinished {
  readonly key: string;
  readonly at: Date;
  readonly run: ImportRun;
}

export type DecisionChangeAction = 'RECORDED' | 'UPDATED';

export interface DecisionChange {
  readonly key: string;
  readonly at: Date;
  readonly action: DecisionChangeAction;
  readonly subject: DecisionSubject;
  /** The overlap's or gap's id. */
  readonly subjectId: string;
  /** Countries of the subject, as the decision recorded them (an overlap's shared countries). */
  readonly countries: readonly string[];
  /** The meeting decision; null for an overlap decision recorded outside a meeting. */
  readonly decisionId: string | null;
  readonly meetingId: string | null;
  readonly ownerOrganisation: string | null;
}

export interface ImportRunFinishedFilter {
  /** Kinds as the API names them (ImportKind values). */
  kind?: readonly string[] | null;
}

export interface DecisionChangeFilter {
  meeting?: readonly string[] | null;
  country?: readonly string[] | null;
  ownerOrganisation?: readonly string[] | null;
  subject?: readonly DecisionSubject[] | null;
}

const given = <T>(values: readonly T[] | null | undefined): values is readonly T[] => Array.isArray(values) && values.length > 0;

const time = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

export function importRunFinished(run: ImportRun): ImportRunFinished {
  return { key: `import-run:${run.id}`, at: time(run.finishedAt ?? run.startedAt), run };
}

/** The changes of a meeting decision at or after `since`: one per entry of its history. */
export function meetingDecisionChanges(decision: CoordinationDecision, since: Date): DecisionChange[] {
  return decision.history
    .map((entry) => ({ entry, at: time(entry.at) }))
    .filter(({ at }) => at.getTime() >= since.getTime())
    .map(({ entry, at }) => ({
      key: `meeting-decision:${decision.id}:${at.getTime()}`,
      at,
      action: entry.action,
      subject: decision.subject,
      subjectId: decision.subjectId,
      countries: [...decision.countries],
      decisionId: decision.id,
      meetingId: decision.meetingId,
      ownerOrganisation: decision.ownerOrganisation,
    }));
}

/** An overlap decision recorded with `recordOverlapDecision`, outside any meeting. */
export function overlapDecisionChange(decision: { id: string; overlapId: string; decidedAt: Date | string }, countries: readonly string[]): DecisionChange {
  return {
    key: `overlap-decision:${decision.id}`,
    at: time(decision.decidedAt),
    action: 'RECORDED',
    subject: 'OVERLAP',
    subjectId: decision.overlapId,
    countries: [...countries],
    decisionId: null,
    meetingId: null,
    ownerOrganisation: null,
  };
}

export function matchesImportRunFilter(event: ImportRunFinished, filter: ImportRunFinishedFilter | null | undefined): boolean {
  return !given(filter?.kind) || filter.kind.includes(event.run.kind);
}

/** Every given criterion must hold; within one criterion any listed value does (as in FollowUpFilter). */
export function matchesDecisionFilter(event: DecisionChange, filter: DecisionChangeFilter | null | undefined): boolean {
  const f = filter ?? {};
  if (given(f.meeting) && (event.meetingId === null || !f.meeting.includes(event.meetingId))) return false;
  if (given(f.ownerOrganisation) && (event.ownerOrganisation === null || !f.ownerOrganisation.includes(event.ownerOrganisation))) return false;
  if (given(f.subject) && !f.subject.includes(event.subject)) return false;
  if (given(f.country)) {
    const wanted = new Set(f.country.map((c) => c.toUpperCase()));
    if (!event.countries.some((c) => wanted.has(c.toUpperCase()))) return false;
  }
  return true;
}
