import type { EntityManager } from '@mikro-orm/mongodb';
import DataLoader from 'dataloader';
import { isKnownCode } from '../../codelists/codelists';
import type { Connection } from '../../pagination/cursor';
import { pageOfList } from '../../pagination/list-page';
import type { Viewer } from '../../viewer';
import type { Gap, Overlap } from '../analysis';
import type { PagingLimits } from '../activity/activity.service';
import type { AuditActor, FieldChange } from '../audit/audit-entry.entity';
import type { AuditService } from '../audit/audit.service';
import type { BudgetService } from '../budget/budget.service';
import type { CoordinationCache } from '../coordination/coordination.cache';
import type { CoordinationService } from '../coordination/coordination.service';
import { renderReport } from '../report/render';
import type { ReportFormat } from '../report/overlap-report.model';
import { buildMinutes } from './meeting-minutes';
import { gapCountries } from '../coordination/gap-fields';
import { OverlapDecision } from '../coordination/overlap-decision.entity';
import { Organisation } from '../organisation/organisation.entity';
import { currentTaxonomy } from '../theme/taxonomy';
import { CoordinationDecision, type CoordinationDecisionKind, type DecisionSubject, type FollowUpStatus } from './coordination-decision.entity';
import { gapLabel, overlapLabel } from './decision-subject';
import { Meeting } from './meeting.entity';
import {
  cleanNote,
  compareFollowUps,
  dueKey,
  type FieldProblem,
  followUpState,
  type FollowUpState,
  type MeetingInput,
  noteProblems,
  validateDecisionFields,
  validateMeeting,
} from './meeting.rules';

export type MeetingConnection = Connection<Meeting>;
export type CoordinationDecisionConnection = Connection<CoordinationDecision>;
export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

export interface MeetingAgenda {
  overlaps: Overlap[];
  gaps: Gap[];
}

export interface RecordDecisionInput {
  meetingId: string;
  subject: DecisionSubject;
  subjectId: string;
  kind: CoordinationDecisionKind;
  ownerOrganisation: string;
  dueDate?: string | null;
  note?: string | null;
}

export interface UpdateFollowUpInput {
  decisionId: string;
  status?: FollowUpStatus | null;
  dueDate?: string | null;
  note?: string | null;
}

export interface FollowUpFilterInput {
  state?: readonly FollowUpState[] | null;
  ownerOrganisation?: readonly string[] | null;
  meeting?: readonly string[] | null;
  country?: readonly string[] | null;
}

const MEETING_ID = /^[0-9a-f]{24}$/;
const given = <T>(v: readonly T[] | null | undefined): v is readonly T[] => Array.isArray(v) && v.length > 0;
const todayIso = () => new Date().toISOString().slice(0, 10);
const OVERLAP_DECISION_KINDS = new Set<CoordinationDecisionKind>(['REVIEWED', 'COMPLEMENTARY', 'DUPLICATION_TO_RESOLVE', 'JOINT_PROGRAMME_AGREED']);

/** Meetings, their agendas and decisions, and the follow-up of those decisions, as the viewer may see them. */
export class MeetingService {
  readonly meetingById: DataLoader<string, Meeting | null>;
  /** Each meeting's decisions, oldest first. */
  readonly decisionsByMeeting: DataLoader<string, CoordinationDecision[]>;

  constructor(
    private readonly em: EntityManager,
    private readonly cache: CoordinationCache,
    private readonly coordination: CoordinationService,
    private readonly budgets: BudgetService,
    private readonly audit: AuditService,
    private readonly viewer: Viewer,
    private readonly limits: PagingLimits,
  ) {
    this.meetingById = new DataLoader(async (ids) => {
      const valid = ids.filter((id) => MEETING_ID.test(id));
      const found = await this.em.find(Meeting, { id: { $in: [...valid] } });
      const byId = new Map(found.map((m) => [m.id, m]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.decisionsByMeeting = new DataLoader(async (ids) => {
      const found = await this.em.find(CoordinationDecision, { meetingId: { $in: [...ids] } }, { orderBy: { decidedAt: 'asc', _id: 'asc' } });
      return ids.map((id) => found.filter((d) => d.meetingId === id));
    });
  }

  async list(first: number | null | undefined, after: string | null | undefined): Promise<MeetingConnection> {
    const all = await this.em.find(Meeting, {}, { orderBy: { date: 'desc', _id: 'desc' } });
    return pageOfList(all, { first, after }, { key: 'DATE', idPattern: MEETING_ID, sortValue: (m) => m.date, id: (m) => m.id, descending: true, ...this.paging() });
  }

  async create(input: MeetingInput): Promise<Outcome<Meeting>> {
    const checked = validateMeeting(input, { isCountry: (c) => isKnownCode('Country', c), isTheme: (t) => currentTaxonomy().themeById.has(t) });
    if (!checked.ok) return checked;
    const meeting = this.em.create(Meeting, { ...checked.meeting, createdBy: this.actor(), createdAt: new Date() });
    await this.em.flush();
    const changes = Object.entries(checked.meeting).map(([field, after]): FieldChange => ({ field, before: null, after }));
    await this.audit.record({ activityId: null, meetingId: meeting.id, action: 'CREATE', actor: this.actor(), at: meeting.createdAt, changes, reason: null });
    return { ok: true, value: meeting };
  }

  /** Overlaps and gaps in the meeting's scope that no meeting has decided on yet, and those this one decided on. */
  async agenda(meeting: Meeting): Promise<MeetingAgenda> {
    const scope = { country: given(meeting.countries) ? meeting.countries : null, theme: given(meeting.themes) ? meeting.themes : null, period: meeting.period };
    const [overlaps, gaps] = await Promise.all([this.coordination.overlapList(scope), this.coordination.gapList(scope)]);
    const subjectIds = [...overlaps.map((o) => o.id), ...gaps.map((g) => g.id)];
    const decided = await this.em.find(CoordinationDecision, { subjectId: { $in: subjectIds } });
    const overlapDecided = await this.em.find(OverlapDecision, { overlapId: { $in: overlaps.map((o) => o.id) } });
    const here = new Set(decided.filter((d) => d.meetingId === meeting.id).map((d) => d.subjectId));
    const elsewhere = new Set([...decided.filter((d) => d.meetingId !== meeting.id).map((d) => d.subjectId), ...overlapDecided.map((d) => d.overlapId)]);
    const open = (id: string) => here.has(id) || !elsewhere.has(id);
    return { overlaps: overlaps.filter((o) => open(o.id)), gaps: gaps.filter((g) => open(g.id)) };
  }

  async recordDecision(input: RecordDecisionInput): Promise<Outcome<CoordinationDecision>> {
    const meeting = await this.meetingById.load(input.meetingId);
    if (!meeting) return refused('meetingId', 'no such meeting');
    const problems = validateDecisionFields(input);
    if (problems.length > 0) return { ok: false, problems };
    const agenda = await this.agenda(meeting);
    const names = await this.subjectNames();
    let label: string;
    let countries: string[];
    let overlap: Overlap | undefined;
    if (input.subject === 'OVERLAP') {
      overlap = agenda.overlaps.find((o) => o.id === input.subjectId);
      if (!overlap) return refused('subjectId', 'no such overlap on the meeting’s agenda');
      label = overlapLabel(overlap, names);
      countries = [...overlap.sharedCountries];
    } else {
      const gap = agenda.gaps.find((g) => g.id === input.subjectId);
      if (!gap) return refused('subjectId', 'no such gap on the meeting’s agenda');
      label = gapLabel(gap, names);
      countries = gapCountries(gap);
    }
    const at = new Date();
    const note = cleanNote(input.note);
    const dueDate = input.dueDate ?? null;
    const decision = this.em.create(CoordinationDecision, {
      meetingId: meeting.id,
      subject: input.subject,
      subjectId: input.subjectId,
      subjectLabel: label,
      countries,
      kind: input.kind,
      ownerOrganisation: input.ownerOrganisation.trim(),
      dueDate,
      note,
      status: 'OPEN',
      decidedBy: this.actor(),
      decidedAt: at,
      history: [{ at, by: this.actor(), action: 'RECORDED', status: 'OPEN', dueDate, note }],
    });
    if (overlap && OVERLAP_DECISION_KINDS.has(input.kind)) {
      // The overlap's own record, so that Overlap.decision and the overlap report show it too.
      this.em.create(OverlapDecision, {
        overlapId: overlap.id,
        activityIds: [...overlap.activityIds],
        decision: input.kind as OverlapDecision['decision'],
        note: [`${meeting.title} (${meeting.date})`, note].filter(Boolean).join(': '),
        decidedBy: this.actor(),
        decidedAt: at,
      });
    }
    await this.em.flush();
    this.decisionsByMeeting.clear(meeting.id);
    this.coordination.decisionsByOverlap.clear(input.subjectId);
    const changes: FieldChange[] = [
      { field: 'decision', before: null, after: decision.id },
      ...(['subject', 'subjectId', 'kind', 'ownerOrganisation', 'dueDate', 'note'] as const).map((field) => ({ field, before: null, after: decision[field] })),
    ];
    await this.audit.record({ activityId: null, meetingId: meeting.id, action: 'RECORD_DECISION', actor: this.actor(), at, changes, reason: null });
    return { ok: true, value: decision };
  }

  async decision(id: string): Promise<CoordinationDecision | null> {
    return MEETING_ID.test(id) ? this.em.findOne(CoordinationDecision, { id }) : null;
  }

  async updateFollowUp(input: UpdateFollowUpInput, decision: CoordinationDecision): Promise<Outcome<CoordinationDecision>> {
    const problems = noteProblems(input.note);
    if (problems.length > 0) return { ok: false, problems };
    const next = {
      status: input.status ?? decision.status,
      dueDate: input.dueDate !== undefined ? input.dueDate : decision.dueDate,
      note: input.note !== undefined ? cleanNote(input.note) : decision.note,
    };
    const changes: FieldChange[] = (['status', 'dueDate', 'note'] as const)
      .filter((field) => next[field] !== decision[field])
      .map((field) => ({ field, before: decision[field], after: next[field] }));
    if (changes.length === 0) return { ok: true, value: decision };
    const at = new Date();
    decision.status = next.status;
    decision.dueDate = next.dueDate;
    decision.note = next.note;
    decision.history = [...decision.history, { at, by: this.actor(), action: 'UPDATED', ...next }];
    await this.em.flush();
    this.decisionsByMeeting.clear(decision.meetingId);
    await this.audit.record({
      activityId: null,
      meetingId: decision.meetingId,
      action: 'UPDATE_FOLLOW_UP',
      actor: this.actor(),
      at,
      changes: [{ field: 'decision', before: decision.id, after: decision.id }, ...changes],
      reason: null,
    });
    return { ok: true, value: decision };
  }

  async followUps(filter: FollowUpFilterInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<CoordinationDecisionConnection> {
    const f = filter ?? {};
    const query: Record<string, unknown> = {};
    if (given(f.ownerOrganisation)) query.ownerOrganisation = { $in: [...f.ownerOrganisation] };
    if (given(f.meeting)) query.meetingId = { $in: [...f.meeting] };
    const today = todayIso();
    const countries = given(f.country) ? new Set(f.country.map((c) => c.toUpperCase())) : null;
    const states = given(f.state) ? new Set(f.state) : null;
    const list = (await this.em.find(CoordinationDecision, query))
      .filter((d) => !countries || d.countries.some((c) => countries.has(c)))
      .filter((d) => !states || states.has(followUpState(d.status, d.dueDate, today)))
      .sort(compareFollowUps);
    return pageOfList(list, { first, after }, { key: 'DUE', idPattern: MEETING_ID, sortValue: (d) => dueKey(d.dueDate), id: (d) => d.id, descending: false, ...this.paging() });
  }

  /** The minutes in one report format; binary formats base64-encoded. */
  async minutes(meeting: Meeting, format: ReportFormat): Promise<{ filename: string; contentType: string; encoding: 'UTF8' | 'BASE64'; content: string }> {
    const [decisions, budgets, names] = await Promise.all([
      this.decisionsByMeeting.load(meeting.id),
      this.budgets.byYear({ country: given(meeting.countries) ? meeting.countries : null, theme: given(meeting.themes) ? meeting.themes : null, period: meeting.period }),
      this.subjectNames(),
    ]);
    const model = await buildMinutes(this.em, this.cache, this.viewer, { meeting, decisions, budgets, organisationName: names.organisation, today: todayIso() });
    const rendered = await renderReport(model, format);
    const slug = meeting.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'meeting';
    const filename = `minutes-${meeting.date}-${slug}.${rendered.extension}`;
    return typeof rendered.body === 'string'
      ? { filename, contentType: rendered.contentType, encoding: 'UTF8', content: rendered.body }
      : { filename, contentType: rendered.contentType, encoding: 'BASE64', content: rendered.body.toString('base64') };
  }

  /** Organisation acronyms and English theme labels, for subject labels. */
  async subjectNames(): Promise<{ organisation: (ref: string) => string; theme: (id: string) => string }> {
    const orgs = new Map((await this.em.find(Organisation, {})).map((o) => [o.ref, o.acronym ?? o.name ?? o.ref]));
    return { organisation: (ref) => orgs.get(ref) ?? ref, theme: (id) => currentTaxonomy().themeById.get(id)?.labels.en ?? id };
  }

  private actor(): AuditActor {
    return { keyId: this.viewer.keyId, label: this.viewer.keyLabel, role: this.viewer.role };
  }

  private paging() {
    return { defaultPageSize: this.limits.defaultPageSize, maxPageSize: this.limits.maxPageSize };
  }
}

function refused<T>(field: string, message: string): Outcome<T> {
  return { ok: false, problems: [{ field, message }] };
}
