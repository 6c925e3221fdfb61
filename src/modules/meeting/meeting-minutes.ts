import type { EntityManager } from '@mikro-orm/mongodb';
import { codeName } from '../../codelists/codelists';
import { readableName } from '../../codelists/readable-name';
import type { Viewer } from '../../viewer';
import type { BudgetYearRow } from '../analysis/budget-years';
import type { CoordinationCache } from '../coordination/coordination.cache';
import { buildOverlapReport } from '../report/overlap-report.builder';
import type { OrgLabel, OverlapReportModel } from '../report/overlap-report.model';
import { DECISION_WORDS, GAP_DECISION_WORDS } from '../report/render/labels';
import { currentTaxonomy } from '../theme/taxonomy';
import type { CoordinationDecision, CoordinationDecisionKind, FollowUpStatus } from './coordination-decision.entity';
import type { Meeting } from './meeting.entity';
import { followUpState, type FollowUpState } from './meeting.rules';

export const DECISION_KIND_WORDS: Record<CoordinationDecisionKind, string> = { ...DECISION_WORDS, ...GAP_DECISION_WORDS };
const STATUS_WORDS: Record<FollowUpStatus, string> = { OPEN: 'Open', IN_PROGRESS: 'In progress', DONE: 'Done' };
const STATE_WORDS: Record<FollowUpState, string> = { OPEN: 'Open', DUE_SOON: 'Due soon', OVERDUE: 'Overdue', DONE: 'Done' };

export interface MinutesInput {
  meeting: Meeting;
  decisions: readonly CoordinationDecision[];
  budgets: readonly BudgetYearRow[];
  /** Organisation acronyms (else names) by identifier. */
  organisationName: (ref: string) => string;
  today: string;
}

/**
 * A meeting's minutes: the overlap report of its scope (summary, coverage, overlaps, gaps, overlap
 * decisions) with the meeting, its decisions and their follow-up, and budgets by organisation and year.
 */
export async function buildMinutes(em: EntityManager, cache: CoordinationCache, viewer: Viewer, input: MinutesInput): Promise<OverlapReportModel> {
  const { meeting } = input;
  const report = await buildOverlapReport(em, cache, viewer, { countries: meeting.countries, from: meeting.period?.from ?? null, to: meeting.period?.to ?? null, top: 50 });
  const org = (ref: string): OrgLabel => ({ ref, label: input.organisationName(ref) });
  return {
    ...report,
    title: `Minutes — ${meeting.title}`,
    meeting: {
      title: meeting.title,
      date: meeting.date,
      countries: meeting.countries.map((code) => ({ code, name: readableName(codeName('Country', code) ?? code) })),
      themes: meeting.themes.map((id) => ({ id, label: currentTaxonomy().themeById.get(id)?.labels.en ?? id })),
      organisations: meeting.organisations.map(org),
      decisions: input.decisions.map((d) => ({
        subject: d.subject,
        subjectLabel: d.subjectLabel,
        kind: DECISION_KIND_WORDS[d.kind],
        owner: org(d.ownerOrganisation),
        dueDate: d.dueDate,
        status: STATUS_WORDS[d.status],
        followUp: STATE_WORDS[followUpState(d.status, d.dueDate, input.today)],
        note: d.note,
        decidedBy: [d.decidedBy.label ?? d.decidedBy.keyId ?? 'unknown', d.decidedBy.role].filter(Boolean).join(' · '),
        decidedAt: new Date(d.decidedAt).toISOString(),
      })),
    },
    budgets: input.budgets.map((b) => ({ organisation: org(b.organisation), year: b.year, currency: b.currency, value: b.value, activityCount: b.activityCount })),
  };
}
