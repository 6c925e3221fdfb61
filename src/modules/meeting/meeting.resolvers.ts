import type { MutationResolvers, Resolvers } from '../../__generated__/graphql';
import { canReadAuditTrail, canRunMeetings, canUpdateFollowUp } from '../../auth/access';
import { forbidden, notFound } from '../../errors';
import type { FieldProblem } from './meeting.rules';
import { followUpState } from './meeting.rules';
import type { AuditActor } from '../audit/audit-entry.entity';
import { currentTaxonomy } from '../theme/taxonomy';
import type { Theme } from '../analysis';

const actorLabel = (a: AuditActor): string => [a.label ?? a.keyId ?? 'unknown', a.role].filter(Boolean).join(' · ');
const orgRef = (ref: string) => ({ ref, name: null, type: null });
const todayIso = () => new Date().toISOString().slice(0, 10);
const FORMATS = { HTML: 'html', XLSX: 'xlsx', MD: 'md', CSV: 'csv' } as const;

const failed = (message: string, problems: FieldProblem[]) => ({ __typename: 'ValidationFailed' as const, message, fieldErrors: problems });

const createMeeting: NonNullable<MutationResolvers['createMeeting']> = async (_, { input }, ctx) => {
  if (!canRunMeetings(ctx.viewer)) throw forbidden('Creating meetings needs an OHCHR_EDITOR or ADMIN key.');
  const outcome = await ctx.services.meetings.create(input);
  return outcome.ok ? { __typename: 'MeetingPayload', meeting: outcome.value } : failed('The meeting was not created.', outcome.problems);
};

const recordMeetingDecision: NonNullable<MutationResolvers['recordMeetingDecision']> = async (_, { input }, ctx) => {
  if (!canRunMeetings(ctx.viewer)) throw forbidden('Recording decisions needs an OHCHR_EDITOR or ADMIN key.');
  const outcome = await ctx.services.meetings.recordDecision(input);
  if (outcome.ok) ctx.live.meetingDecisionChanged(outcome.value, 'RECORDED');
  return outcome.ok ? { __typename: 'CoordinationDecisionPayload', decision: outcome.value } : failed('The decision was not recorded.', outcome.problems);
};

const updateFollowUp: NonNullable<MutationResolvers['updateFollowUp']> = async (_, { input }, ctx) => {
  const decision = await ctx.services.meetings.decision(input.decisionId);
  if (!decision) throw notFound('CoordinationDecision', input.decisionId);
  if (!canUpdateFollowUp(ctx.viewer, decision)) throw forbidden('Updating a follow-up needs an OHCHR_EDITOR or ADMIN key, or a LIAISON key of the owner organisation.');
  const outcome = await ctx.services.meetings.updateFollowUp(input, decision);
  if (outcome.ok) ctx.live.meetingDecisionChanged(outcome.value, 'UPDATED');
  return outcome.ok ? { __typename: 'CoordinationDecisionPayload', decision: outcome.value } : failed('The follow-up was not updated.', outcome.problems);
};

export const meetingResolvers: Resolvers = {
  Query: {
    meetings: (_, { first, after }, ctx) => ctx.services.meetings.list(first, after),
    meeting: (_, { id }, ctx) => ctx.services.meetings.meetingById.load(id),
    followUps: (_, { filter, first, after }, ctx) => ctx.services.meetings.followUps(filter, first, after),
  },
  Mutation: { createMeeting, recordMeetingDecision, updateFollowUp },
  Meeting: {
    themes: (m) => m.themes.map((id) => currentTaxonomy().themeById.get(id)).filter((t): t is Theme => t !== undefined),
    organisations: (m) => m.organisations.map(orgRef),
    period: (m) => (m.period ? { start: m.period.from, end: m.period.to } : null),
    agenda: (m, _, ctx) => ctx.services.meetings.agenda(m),
    decisions: (m, _, ctx) => ctx.services.meetings.decisionsByMeeting.load(m.id),
    createdBy: (m) => actorLabel(m.createdBy),
    createdAt: (m) => new Date(m.createdAt).toISOString(),
    minutes: (m, { format }, ctx) => ctx.services.meetings.minutes(m, FORMATS[format ?? 'HTML']),
    auditTrail: (m, _, ctx) => {
      if (!canReadAuditTrail(ctx.viewer)) throw forbidden('auditTrail is restricted to OHCHR_EDITOR and ADMIN keys.');
      return ctx.services.audit.byMeetingId(m.id);
    },
  },
  CoordinationDecision: {
    meeting: (d, _, ctx) => ctx.services.meetings.meetingById.load(d.meetingId),
    overlap: (d, _, ctx) => (d.subject === 'OVERLAP' ? ctx.services.coordination.overlap(d.subjectId) : null),
    gap: async (d, _, ctx) => {
      if (d.subject !== 'GAP') return null;
      const meeting = await ctx.services.meetings.meetingById.load(d.meetingId);
      const gaps = await ctx.services.coordination.gapList({ country: d.countries, period: meeting?.period ?? null });
      return gaps.find((g) => g.id === d.subjectId) ?? null;
    },
    ownerOrganisation: (d) => orgRef(d.ownerOrganisation),
    followUp: (d) => followUpState(d.status, d.dueDate, todayIso()),
    decidedBy: (d) => actorLabel(d.decidedBy),
    decidedAt: (d) => new Date(d.decidedAt).toISOString(),
  },
  DecisionHistoryEntry: {
    at: (h) => new Date(h.at).toISOString(),
    by: (h) => actorLabel(h.by),
  },
};
