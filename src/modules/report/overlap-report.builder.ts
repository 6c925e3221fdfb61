import type { EntityManager } from '@mikro-orm/mongodb';
import { ObjectId } from 'mongodb';
import { codeName } from '../../codelists/codelists';
import { readableName } from '../../codelists/readable-name';
import type { Viewer } from '../../viewer';
import type { ActivitySnapshot, CoverageRow, Gap, Overlap, OverlapKindReason } from '../analysis';
import { pickNarrative } from '../activity/activity.derived';
import type { CoordinationCache } from '../coordination/coordination.cache';
import { CoordinationService } from '../coordination/coordination.service';
import { gapRecommendationIds } from '../coordination/gap-fields';
import { decidedByLabel, OverlapDecision } from '../coordination/overlap-decision.entity';
import { Organisation } from '../organisation/organisation.entity';
import { presenceLayer, presenceOrganisationLabels, presenceSide } from '../presence/presence.report';
import { Recommendation } from '../recommendation/recommendation.entity';
import { currentTaxonomy } from '../theme/taxonomy';
import type {
  CountryLabel,
  DecisionView,
  HeatmapCell,
  OrgLabel,
  OverlapReportModel,
  ReportActivity,
  ReportGap,
  ReportOverlap,
  ThemeLabel,
} from './overlap-report.model';
import type { OverlapReportQuery } from './overlap-report.query';

/** What each data-quality flag means, as a meeting reads it. */
export const QUALITY_LABELS: Record<string, string> = {
  PLACEHOLDER_DATE: 'Placeholder date (e.g. 1900-01-01)',
  IMPLAUSIBLE_DATE: 'Date before 1950 or after 2100',
  END_BEFORE_START: 'End before start',
  NO_USABLE_DATE: 'No usable start date (never in an overlap)',
  NO_END_DATE: 'No end date although not in implementation',
  NO_COUNTRY_OR_REGION: 'No recipient country or region',
  COUNTRY_SHARES_NOT_100: 'Country shares do not sum to 100 %',
  SECTOR_SHARES_NOT_100: 'Sector shares do not sum to 100 %',
  UNKNOWN_CODE: 'Code not in its IATI codelist',
  MISSING_TITLE: 'No title',
};

const KIND_REASONS: Record<OverlapKindReason, string> = {
  UNIVERSAL_MANDATE: 'One organisation coordinates all human-rights themes (OHCHR): a joint-programming opportunity.',
  DISTINCT_MANDATES: 'The organisations hold different mandates on the shared themes: a division of labour.',
  BELOW_THRESHOLD: 'Same mandates, but the overlap score is below the duplication threshold.',
  SAME_MANDATES: 'Both organisations are mandated for the shared themes and the overlap is strong.',
  NO_MANDATE: 'Neither organisation is mandated for the shared themes and the overlap is strong.',
};

interface ActivityRow {
  _id: ObjectId;
  iatiIdentifier: string;
  titles: { lang: string; text: string }[];
  defaultLang: string | null;
  reportingOrg: { ref: string; name: string | null };
  status: string | null;
  periodStart: string;
  periodEnd: string;
}

/** Gathers everything an overlap report shows, resolved to names, as `viewer` may see it. */
export async function buildOverlapReport(em: EntityManager, cache: CoordinationCache, viewer: Viewer, query: OverlapReportQuery): Promise<OverlapReportModel> {
  const service = new CoordinationService(em, cache, viewer, { defaultPageSize: query.top, maxPageSize: 100_000 });
  const period = query.from || query.to ? { from: query.from, to: query.to } : null;
  const country = query.countries.length > 0 ? query.countries : null;
  const overlaps = await service.overlapList({ country, period });
  const gaps = await service.gapList({ country, period });
  const coverage = await service.coverage({ country, period }, ['COUNTRY', 'THEME', 'ORGANISATION']);

  const top = overlaps.slice(0, query.top);
  const labels = await organisationLabels(em);
  const threeW = await presenceOrganisationLabels(em.getConnection().getDb(), [...top.flatMap((o) => o.organisations), ...coverage.rows.map((r) => r.organisation ?? '')]);
  const org = (ref: string): OrgLabel => ({ ref, label: labels.get(ref) ?? threeW.get(ref) ?? ref });
  const { snapshotById } = await cache.current();
  const activities = await activityRows(em, top.flatMap((o) => o.activityIds));
  const decisions = await em.find(OverlapDecision, { overlapId: { $in: overlaps.map((o) => o.id) } }, { orderBy: { decidedAt: 'desc' } });
  const overlapById = new Map(overlaps.map((o) => [o.id, o]));
  const decisionViews = decisions.map((d) => decisionView(d, overlapById.get(d.overlapId), org));
  const latest = new Map<string, DecisionView>();
  for (const d of decisionViews) if (!latest.has(d.overlapId)) latest.set(d.overlapId, d);

  const cells = heatmapCells(coverage.rows, overlaps);
  const dataQuality = (await service.qualityCounts(coverage.rows.flatMap((r) => r.activityIds))).map((q) => ({ ...q, label: QUALITY_LABELS[q.flag] ?? q.flag }));
  const countryCodes = [...new Set([...query.countries, ...cells.map((c) => c.country)])].sort();
  const themeIds = [...new Set(cells.map((c) => c.themeId))].sort();

  return {
    title: `Overlap report${query.countries.length > 0 ? ` — ${query.countries.map(countryName).join(', ')}` : ''}`,
    generatedAt: new Date().toISOString(),
    filter: { countries: query.countries.map(countryLabel), from: query.from, to: query.to },
    summary: {
      activities: coverage.totals.activityCount,
      overlaps: overlaps.length,
      possibleDuplications: overlaps.filter((o) => o.kind === 'POSSIBLE_DUPLICATION').length,
      complementary: overlaps.filter((o) => o.kind === 'COMPLEMENTARY').length,
      gaps: gaps.length,
      byTheme: countBy(overlaps.flatMap((o) => o.sharedThemes)).map(([id, n]) => ({ theme: themeLabel(id), overlaps: n })),
      byOrganisationPair: countBy(overlaps.map((o) => o.organisations.join('|'))).map(([pair, n]) => {
        const [a = '', b = ''] = pair.split('|');
        return { a: org(a), b: org(b), overlaps: n };
      }),
      dataQuality,
    },
    heatmap: { countries: countryCodes.map(countryLabel), themes: themeIds.map(themeLabel), cells },
    topOverlaps: top.map((o) => reportOverlap(o, activities, org, latest.get(o.id) ?? null, snapshotById)),
    gaps: await reportGaps(em, gaps, org),
    decisions: decisionViews,
    ...(coverage.totals.presenceCount > 0 ? { presence: presenceLayer(coverage, countryLabel, themeLabel, org) } : {}),
  };
}

/** Country × theme cells from the country × theme × organisation rows: distinct activities, organisations, overlaps. */
function heatmapCells(rows: readonly CoverageRow[], overlaps: readonly Overlap[]): HeatmapCell[] {
  const cells = new Map<string, { country: string; themeId: string; activities: Set<string>; organisations: Set<string> }>();
  for (const r of rows) {
    // Cells of 3W presence alone have no activity: the 3W layer shows them (presence.report).
    if (!r.country || !r.themeId || r.activityCount === 0) continue;
    const key = `${r.country}|${r.themeId}`;
    const cell = cells.get(key) ?? { country: r.country, themeId: r.themeId, activities: new Set<string>(), organisations: new Set<string>() };
    r.activityIds.forEach((id) => cell.activities.add(id));
    if (r.organisation) cell.organisations.add(r.organisation);
    cells.set(key, cell);
  }
  const overlapsPerCell = new Map<string, number>();
  for (const o of overlaps) for (const c of o.sharedCountries) for (const t of o.sharedThemes) overlapsPerCell.set(`${c}|${t}`, (overlapsPerCell.get(`${c}|${t}`) ?? 0) + 1);
  return [...cells.entries()].map(([key, c]) => ({
    country: c.country,
    themeId: c.themeId,
    activityCount: c.activities.size,
    organisationCount: c.organisations.size,
    overlapCount: overlapsPerCell.get(key) ?? 0,
  }));
}

const countryName = (code: string) => readableName(codeName('Country', code) ?? code);
const countryLabel = (code: string): CountryLabel => ({ code, name: countryName(code) });
const themeLabel = (id: string): ThemeLabel => ({ id, label: currentTaxonomy().themeById.get(id)?.labels.en ?? id });

function countBy(keys: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

async function organisationLabels(em: EntityManager): Promise<Map<string, string>> {
  const orgs = await em.find(Organisation, {});
  return new Map(orgs.map((o) => [o.ref, o.acronym ?? o.name ?? o.ref]));
}

async function activityRows(em: EntityManager, ids: string[]): Promise<Map<string, ActivityRow>> {
  // 3W presence snapshots have ids of their own (3w_…): only activities are read here.
  const objectIds = [...new Set(ids)].filter((id) => /^[0-9a-f]{24}$/.test(id)).map((id) => new ObjectId(id));
  const rows = await em
    .getConnection()
    .getCollection<ActivityRow>('activities')
    .find({ _id: { $in: objectIds } }, { projection: { iatiIdentifier: 1, titles: 1, defaultLang: 1, reportingOrg: 1, status: 1, periodStart: 1, periodEnd: 1 } })
    .toArray();
  return new Map(rows.map((r) => [String(r._id), r]));
}

function reportOverlap(
  o: Overlap,
  rows: Map<string, ActivityRow>,
  org: (ref: string) => OrgLabel,
  decision: DecisionView | null,
  snapshots: ReadonlyMap<string, ActivitySnapshot>,
): ReportOverlap {
  const activity = (id: string): ReportActivity => {
    const snapshot = snapshots.get(id);
    if (snapshot?.origin === '3W') return presenceSide(snapshot, org);
    const r = rows.get(id);
    return {
      iatiIdentifier: r?.iatiIdentifier ?? id,
      title: (r && pickNarrative(r.titles, 'en', r.defaultLang)) ?? '(no title)',
      organisation: org(r?.reportingOrg.ref ?? ''),
      period: { start: r?.periodStart || null, end: r && r.periodEnd !== '9999-12-31' ? r.periodEnd : null },
      status: r?.status ? codeName('ActivityStatus', r.status) : null,
    };
  };
  return {
    id: o.id,
    score: o.score,
    kind: o.kind,
    kindReason: KIND_REASONS[o.kindReason],
    countries: o.sharedCountries.map(countryLabel),
    themes: o.sharedThemes.map(themeLabel),
    period: { start: o.period.start, end: o.period.end },
    activities: o.activityIds.map(activity),
    decision,
  };
}

function decisionView(d: OverlapDecision, overlap: Overlap | undefined, org: (ref: string) => OrgLabel): DecisionView {
  const label = overlap
    ? `${overlap.organisations.map((r) => org(r).label).join(' × ')} in ${overlap.sharedCountries.join(', ')} on ${overlap.sharedThemes.map((t) => themeLabel(t).label.toLowerCase()).join(', ')}`
    : d.overlapId;
  return {
    overlapId: d.overlapId,
    decision: d.decision,
    note: d.note,
    decidedBy: decidedByLabel(d),
    decidedAt: new Date(d.decidedAt).toISOString(),
    overlapLabel: label,
  };
}

async function reportGaps(em: EntityManager, gaps: Gap[], org: (ref: string) => OrgLabel): Promise<ReportGap[]> {
  const annotationIds = gaps.flatMap(gapRecommendationIds);
  const recs = new Map((await em.find(Recommendation, { annotationId: { $in: annotationIds } })).map((r) => [r.annotationId, r]));
  const recView = (id: string) => {
    const r = recs.get(id);
    return r ? [{ symbol: r.symbol, body: r.body.name, text: r.text, publicationDate: r.publicationDate }] : [];
  };
  return gaps.map((g): ReportGap => {
    switch (g.kind) {
      case 'UNADDRESSED_RECOMMENDATIONS':
        return {
          id: g.id,
          kind: g.kind,
          country: countryLabel(g.country),
          theme: themeLabel(g.themeId),
          description: `${g.recommendationIds.length} open recommendation(s) on ${themeLabel(g.themeId).label.toLowerCase()} in ${countryName(g.country)} and no activity on this theme there in the period.`,
          recommendations: g.recommendationIds.flatMap(recView),
          mandatedOrganisations: g.mandatedOrganisations.map(org),
        };
      case 'MANDATED_ABSENT':
        return {
          id: g.id,
          kind: g.kind,
          country: countryLabel(g.country),
          theme: themeLabel(g.themeId),
          description: `${g.presentOrganisations.map((r) => org(r).label).join(', ')} work on ${themeLabel(g.themeId).label.toLowerCase()} in ${countryName(g.country)}; the mandated ${g.absentOrganisations.map((r) => org(r).label).join(', ')} do not.`,
          recommendations: [],
          mandatedOrganisations: g.absentOrganisations.map(org),
        };
      case 'RECOMMENDATION_WITHOUT_FOLLOW_UP':
        return {
          id: g.id,
          kind: g.kind,
          country: g.countries[0] ? countryLabel(g.countries[0]) : null,
          theme: g.themeIds[0] ? themeLabel(g.themeIds[0]) : null,
          description: `No activity follows up this recommendation of ${g.publicationDate} in ${g.countries.map(countryName).join(', ')}.`,
          recommendations: recView(g.recommendationId),
          mandatedOrganisations: g.mandatedOrganisations.map(org),
        };
    }
  });
}
