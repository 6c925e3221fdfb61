import type { EntityManager } from '@mikro-orm/mongodb';
import { ObjectId } from 'mongodb';
import { codeName } from '../../../codelists/codelists';
import { readableName } from '../../../codelists/readable-name';
import { canSeeActivity, type Viewer } from '../../../viewer';
import { pickNarrative } from '../../activity/activity.derived';
import type { Gap } from '../../analysis';
import { decimalAmount } from '../../analysis/money';
import { AuditEntry } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import type { CoordinationCache } from '../../coordination/coordination.cache';
import { CoordinationService } from '../../coordination/coordination.service';
import { gapCountries, gapThemeIds } from '../../coordination/gap-fields';
import { FieldOperationService } from '../../field-operation/field-operation.service';
import { activityStage, type FollowUpProgress } from '../../followup/followup.rules';
import { FollowUpService } from '../../followup/followup.service';
import { CoordinationDecision, type FollowUpStatus } from '../../meeting/coordination-decision.entity';
import { Meeting } from '../../meeting/meeting.entity';
import { DECISION_KIND_WORDS } from '../../meeting/meeting-minutes';
import { Organisation } from '../../organisation/organisation.entity';
import { Recommendation } from '../../recommendation/recommendation.entity';
import { currentTaxonomy } from '../../theme/taxonomy';
import { QUALITY_LABELS } from '../overlap-report.builder';
import type { CountryLabel, OrgLabel, ThemeLabel } from '../overlap-report.model';
import { GAP_KIND_WORDS } from '../render/labels';
import { countryList, themeList } from './analytical-report.columns';
import type { AnalyticalReportModel, AnalyticalRow, CompletedActivity, DataQualityLine, FlaggedOperation, MovedRecommendation } from './analytical-report.model';
import type { AnalyticalReportQuery } from './analytical-report.query';

const PROGRESS_WORDS: Record<FollowUpProgress, string> = { NONE: 'None', PLANNED: 'Planned', IN_PROGRESS: 'In progress', COMPLETED: 'Completed' };
const STATUS_WORDS: Record<FollowUpStatus, string> = { OPEN: 'Open', IN_PROGRESS: 'In progress', DONE: 'Done' };
const EXIT_WORDS = { COVERED: 'Covered', NO_EXIT_PLAN: 'No exit plan', PLAN_ENDS_BEFORE_OPERATION: 'Plan ends before the operation', OPEN_ENDED: 'Open-ended' } as const;
const KIND_WORDS = { MONITORING: 'Monitoring', PREVENTIVE: 'Preventive' } as const;

const countryLabel = (code: string): CountryLabel => ({ code, name: readableName(codeName('Country', code) ?? code) });
const themeLabel = (id: string): ThemeLabel => ({ id, label: currentTaxonomy().themeById.get(id)?.labels.en ?? id });
const byName = (a: CountryLabel, b: CountryLabel) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const within = (day: string | null | undefined, period: { from: string; to: string }): day is string => !!day && day >= period.from && day <= period.to;
const dayOf = (at: Date | string) => new Date(at).toISOString().slice(0, 10);

type Counter = Omit<AnalyticalRow, 'country' | 'theme'>;
const zero = (): Counter => ({ activitiesCompleted: 0, recommendationsMovedForward: 0, decisionsDone: 0, openGaps: 0, overdueDecisions: 0, operationsWithoutExitStrategy: 0, dataQualityProblems: 0 });

/**
 * Gathers the analytical report for a period, as `viewer` may see the activities: progress and
 * concrete achievements (activities completed, recommendations whose follow-up moved, decisions
 * done) and obstacles (open gaps, overdue decisions, field operations without an exit strategy,
 * data-quality problems), per country and theme.
 */
export async function buildAnalyticalReport(
  em: EntityManager,
  cache: CoordinationCache,
  viewer: Viewer,
  query: AnalyticalReportQuery,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<AnalyticalReportModel> {
  const period = { from: query.from, to: query.to };
  const asked = query.countries.length > 0 ? new Set(query.countries) : null;
  const inScope = (code: string) => !asked || asked.has(code);
  const state = await cache.current();
  const visible = (id: string) => {
    const access = state.access.get(id);
    return access !== undefined && canSeeActivity(viewer, access);
  };
  const audit = new AuditService(em);
  const limits = { defaultPageSize: 500, maxPageSize: 100_000 };
  const orgs = new Map((await em.find(Organisation, {})).map((o) => [o.ref, o.acronym ?? o.name ?? o.ref]));
  const org = (ref: string): OrgLabel => ({ ref, label: orgs.get(ref) ?? ref });

  const rows = new Map<string, { country: string; theme: string | null; counts: Counter }>();
  const count = (country: string, theme: string | null, field: keyof Counter, n = 1) => {
    const key = `${country}|${theme ?? ''}`;
    const row = rows.get(key) ?? { country, theme, counts: zero() };
    row.counts[field] += n;
    rows.set(key, row);
  };

  // Activities completed in the period.
  const completed = state.snapshots.filter((s) => visible(s.id) && within(s.period.end, period) && activityStage(s, today) === 'COMPLETED' && s.countries.some((c) => inScope(c.code)));
  const details = await activityDetails(em, completed.map((s) => s.id));
  const activities: CompletedActivity[] = completed.map((s) => {
    const themes = s.themes.filter((t) => t.weight > 0).map((t) => t.themeId);
    for (const c of s.countries.filter((c) => inScope(c.code))) for (const t of themes.length ? themes : [null]) count(c.code, t, 'activitiesCompleted');
    const d = details.get(s.id);
    return {
      iatiIdentifier: d?.iatiIdentifier ?? s.id,
      title: (d && pickNarrative(d.titles, 'en', d.defaultLang)) ?? '(no title)',
      organisation: org(s.organisation),
      countries: s.countries.map((c) => countryLabel(c.code)),
      themes: themes.map(themeLabel),
      end: s.period.end!,
    };
  });

  // Recommendations whose follow-up moved in the period: a follow-up activity started or completed, or an editor recorded links or resources.
  const followUp = new FollowUpService(em, cache, viewer, audit, () => today);
  const candidates = await followUp.visibleCandidates();
  const recs = await em.find(Recommendation, asked ? { countries: { $in: [...asked] } } : {});
  const written = await em.find(AuditEntry, { recommendationId: { $in: recs.map((r) => r.id) }, at: { $gte: new Date(`${period.from}T00:00:00Z`), $lte: new Date(`${period.to}T23:59:59.999Z`) } });
  const writtenFor = new Set(written.map((e) => e.recommendationId));
  const views = recs.map((rec) => ({ rec, view: followUp.compute(rec, candidates) }));
  const followUpDetails = await activityDetails(em, views.flatMap(({ view }) => view.activities.map((a) => a.activityId)));
  const recommendations: MovedRecommendation[] = [];
  for (const { rec, view } of views) {
    const movements: string[] = [];
    for (const a of view.activities) {
      const c = candidates.byId.get(a.activityId);
      const name = followUpDetails.get(a.activityId)?.iatiIdentifier ?? a.activityId;
      if (within(c?.period?.start, period)) movements.push(`${name} started ${c!.period!.start}`);
      if (a.stage === 'COMPLETED' && within(c?.period?.end, period)) movements.push(`${name} completed ${c!.period!.end}`);
    }
    if (writtenFor.has(rec.id)) movements.push('follow-up recorded by an editor');
    if (movements.length === 0) continue;
    for (const c of rec.countries.filter(inScope)) for (const t of rec.themeIds.length ? rec.themeIds : [null]) count(c, t, 'recommendationsMovedForward');
    recommendations.push({
      symbol: rec.symbol,
      body: rec.body.name,
      countries: rec.countries.map(countryLabel),
      themes: rec.themeIds.map(themeLabel),
      progress: PROGRESS_WORDS[view.progress],
      movements,
      resourcesRequired: view.resourcesRequired ? `${decimalAmount(view.resourcesRequired)} ${view.resourcesRequired.currency}` : null,
      resourcesIdentified: view.resourcesIdentified.map((m) => `${decimalAmount(m)} ${m.currency}`).join('; '),
    });
  }

  // Decisions: done in the period, or overdue at its end (or today, when sooner).
  const decisions = await em.find(CoordinationDecision, {});
  const meetings = new Map((await em.find(Meeting, { id: { $in: [...new Set(decisions.map((d) => d.meetingId))] } })).map((m) => [m.id, `${m.title} (${m.date})`]));
  const asOf = period.to < today ? period.to : today;
  const done = [];
  const overdue = [];
  for (const d of decisions) {
    const countries = d.countries.filter(inScope);
    if (asked && countries.length === 0) continue;
    const doneAt = d.history.find((h) => h.status === 'DONE')?.at;
    const base = { subjectLabel: d.subjectLabel, kind: DECISION_KIND_WORDS[d.kind], owner: org(d.ownerOrganisation), countries: d.countries.map(countryLabel), meeting: meetings.get(d.meetingId) ?? d.meetingId };
    if (doneAt && within(dayOf(doneAt), period)) {
      countries.forEach((c) => count(c, null, 'decisionsDone'));
      done.push({ ...base, doneOn: dayOf(doneAt) });
    }
    const doneBy = doneAt ? dayOf(doneAt) : null;
    if (d.dueDate && d.dueDate < asOf && (doneBy === null || doneBy > asOf)) {
      countries.forEach((c) => count(c, null, 'overdueDecisions'));
      overdue.push({ ...base, dueDate: d.dueDate, status: STATUS_WORDS[d.status] });
    }
  }

  // Open gaps in the period.
  const coordination = new CoordinationService(em, cache, viewer, limits);
  const gaps = await coordination.gapList({ country: asked ? [...asked] : null, period });
  const openGaps = gaps
    .map((g) => {
      for (const c of gapCountries(g).filter(inScope)) for (const t of gapThemeIds(g)) count(c, t, 'openGaps');
      return { kind: GAP_KIND_WORDS[g.kind], countries: gapCountries(g).map(countryLabel), themes: gapThemeIds(g).map(themeLabel), description: gapDescription(g, org) };
    })
    .sort((a, b) => countryList(a.countries).localeCompare(countryList(b.countries)) || a.kind.localeCompare(b.kind) || themeList(a.themes).localeCompare(themeList(b.themes)));

  // Field operations active in the period without an exit strategy.
  const operationService = new FieldOperationService(em, cache, viewer, audit, limits);
  const flagged = await operationService.list({ country: asked ? [...asked] : null, activeDuring: period, flagged: true });
  const operations: FlaggedOperation[] = [];
  for (const op of flagged) {
    const check = await operationService.exitStrategyById.load(op.id);
    count(op.country, null, 'operationsWithoutExitStrategy');
    operations.push({ identifier: op.identifier, name: op.name, country: countryLabel(op.country), kind: KIND_WORDS[op.kind], start: op.start, end: op.end ?? null, status: EXIT_WORDS[check.status], reason: check.reason });
  }

  // Data-quality problems of the activities in scope active in the period (and of those that cannot be placed in time).
  const quality = new Map<string, Map<string, number>>();
  const active = [...state.snapshots.filter((s) => s.period.start <= period.to && (s.period.end === null || s.period.end >= period.from)), ...state.undated];
  for (const s of active) {
    const flags = state.qualityFlags.get(s.id);
    if (!flags || flags.length === 0 || !visible(s.id)) continue;
    for (const c of s.countries.filter((c) => inScope(c.code))) {
      count(c.code, null, 'dataQualityProblems');
      const perFlag = quality.get(c.code) ?? new Map<string, number>();
      for (const flag of new Set(flags)) perFlag.set(flag, (perFlag.get(flag) ?? 0) + 1);
      quality.set(c.code, perFlag);
    }
  }
  const dataQuality: DataQualityLine[] = [...quality.entries()]
    .flatMap(([code, flags]) => [...flags.entries()].map(([flag, n]) => ({ country: countryLabel(code), flag, label: QUALITY_LABELS[flag] ?? flag, activities: n })))
    .sort((a, b) => byName(a.country, b.country) || b.activities - a.activities || (a.flag < b.flag ? -1 : 1));

  const lines: AnalyticalRow[] = [...rows.values()]
    .map((r) => ({ country: countryLabel(r.country), theme: r.theme === null ? null : themeLabel(r.theme), ...r.counts }))
    .sort((a, b) => byName(a.country, b.country) || (a.theme === null ? -1 : b.theme === null ? 1 : a.theme.label < b.theme.label ? -1 : 1));
  const countryNames = query.countries.map(countryLabel);
  return {
    title: `Analytical report on technical cooperation, ${period.from} – ${period.to}${countryNames.length ? ` — ${countryNames.map((c) => c.name).join(', ')}` : ''}`,
    generatedAt: new Date().toISOString(),
    period,
    countries: countryNames,
    summary: {
      activitiesCompleted: activities.length,
      recommendationsMovedForward: recommendations.length,
      decisionsDone: done.length,
      openGaps: openGaps.length,
      overdueDecisions: overdue.length,
      operationsWithoutExitStrategy: operations.length,
      dataQualityProblems: new Set(active.filter((s) => visible(s.id) && (state.qualityFlags.get(s.id)?.length ?? 0) > 0 && s.countries.some((c) => inScope(c.code))).map((s) => s.id)).size,
    },
    rows: lines,
    achievements: {
      activities: activities.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.iatiIdentifier < b.iatiIdentifier ? -1 : 1)),
      recommendations: recommendations.sort((a, b) => (a.symbol < b.symbol ? -1 : 1)),
      decisions: done.sort((a, b) => (a.doneOn < b.doneOn ? -1 : 1)),
    },
    obstacles: {
      gaps: openGaps,
      overdueDecisions: overdue.sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1)),
      operations,
      dataQuality,
    },
  };
}

interface ActivityDetail {
  _id: ObjectId;
  iatiIdentifier: string;
  titles: { lang: string; text: string }[];
  defaultLang: string | null;
}

async function activityDetails(em: EntityManager, ids: readonly string[]): Promise<Map<string, ActivityDetail>> {
  const valid = [...new Set(ids)].filter((id) => /^[0-9a-f]{24}$/i.test(id)).map((id) => new ObjectId(id));
  if (valid.length === 0) return new Map();
  const docs = await em.getConnection().getCollection<ActivityDetail>('activities').find({ _id: { $in: valid } }, { projection: { iatiIdentifier: 1, titles: 1, defaultLang: 1 } }).toArray();
  return new Map(docs.map((d) => [String(d._id), d]));
}

function gapDescription(g: Gap, org: (ref: string) => OrgLabel): string {
  const theme = (id: string) => themeLabel(id).label.toLowerCase();
  const country = (code: string) => countryLabel(code).name;
  switch (g.kind) {
    case 'UNADDRESSED_RECOMMENDATIONS':
      return `${g.recommendationIds.length} open recommendation(s) on ${theme(g.themeId)} in ${country(g.country)} and no activity on this theme there in the period.`;
    case 'MANDATED_ABSENT':
      return `${g.presentOrganisations.map((r) => org(r).label).join(', ')} work on ${theme(g.themeId)} in ${country(g.country)}; the mandated ${g.absentOrganisations.map((r) => org(r).label).join(', ')} do not.`;
    case 'RECOMMENDATION_WITHOUT_FOLLOW_UP':
      return `No activity follows up recommendation ${g.recommendationId} of ${g.publicationDate} in ${g.countries.map(country).join(', ')}.`;
  }
}
