import type { EntityManager } from '@mikro-orm/mongodb';
import DataLoader from 'dataloader';
import {
  computeCoverage,
  type CoverageDimension,
  type CoverageReport,
  explainOverlap,
  findGaps,
  type Gap,
  type Overlap,
  type OverlapCluster,
  type OverlapExplanation,
} from '../analysis';
import { type Connection } from '../../pagination/cursor';
import { pageOfList } from '../../pagination/list-page';
import { canSeeActivity, type Viewer } from '../../viewer';
import type { PagingLimits } from '../activity/activity.service';
import { currentTaxonomy } from '../theme/taxonomy';
import type { CoordinationCache, CoordinationState } from './coordination.cache';
import { clusterMatcher, gapMatcher, type GapFilterInput, overlapMatcher, type OverlapFilterInput, toPeriod, type DateRangeInput } from './coordination.filters';
import { OverlapDecision, type OverlapDecisionKind } from './overlap-decision.entity';
import { Recommendation } from '../recommendation/recommendation.entity';

export type OverlapConnection = Connection<Overlap>;
export type OverlapClusterConnection = Connection<OverlapCluster>;
export type GapConnection = Connection<Gap>;
export interface DecisionPayload {
  decision: OverlapDecision;
  overlap: Overlap;
}

export type DecisionOutcome = { ok: true; payload: DecisionPayload } | { ok: false; field: string; message: string };

export interface CoverageFilterInput {
  country?: readonly string[] | null;
  region?: readonly string[] | null;
  organisation?: readonly string[] | null;
  theme?: readonly string[] | null;
  period?: DateRangeInput | null;
}

const OVERLAP_ID = /^ovl_[0-9a-f]{32}$/;
const CLUSTER_ID = /^clu_[0-9a-f]+$/;
const GAP_ID = /^gap_[0-9a-f]+$/;

/**
 * The activities a gap query for `countries` needs: those in the countries, and in the other
 * countries of their recommendations (a recommendation to Kenya and Uganda is followed up by an
 * activity in Uganda). Everything when no country is asked for.
 */
function gapScope(state: CoordinationState, countries: readonly string[] | null | undefined): (s: { countries: { code: string }[] }) => boolean {
  if (!countries || countries.length === 0) return () => true;
  const asked = new Set(countries.map((c) => c.toUpperCase()));
  const scope = new Set(asked);
  for (const rec of state.recommendations) if (rec.countries.some((c) => asked.has(c))) rec.countries.forEach((c) => scope.add(c));
  return (s) => s.countries.some((c) => scope.has(c.code));
}

/** Overlaps, clusters, gaps, coverage and decisions for one request, as the viewer may see them. */
export class CoordinationService {
  /** Decisions per overlap id, newest first; batched per request. */
  readonly decisionsByOverlap: DataLoader<string, OverlapDecision[]>;
  /** Recommendations by UHRI AnnotationId (gaps refer to them that way); batched per request. */
  readonly recommendationByAnnotationId: DataLoader<string, Recommendation | null>;

  constructor(
    private readonly em: EntityManager,
    private readonly cache: CoordinationCache,
    private readonly viewer: Viewer,
    private readonly limits: PagingLimits,
  ) {
    this.decisionsByOverlap = new DataLoader(async (ids) => {
      const found = await this.em.find(OverlapDecision, { overlapId: { $in: [...ids] } }, { orderBy: { decidedAt: 'desc' } });
      return ids.map((id) => found.filter((d) => d.overlapId === id));
    });
    this.recommendationByAnnotationId = new DataLoader(async (ids) => {
      const found = await this.em.find(Recommendation, { annotationId: { $in: [...ids] } });
      const byId = new Map(found.map((r) => [r.annotationId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  private visible(state: CoordinationState, activityId: string): boolean {
    const access = state.access.get(activityId);
    return access !== undefined && canSeeActivity(this.viewer, access);
  }

  private visibleOverlap = (state: CoordinationState) => (o: Overlap) => o.activityIds.every((id) => this.visible(state, id));

  async overlapList(filter: OverlapFilterInput | null | undefined): Promise<Overlap[]> {
    const state = await this.cache.current();
    const matches = overlapMatcher(filter, state.snapshotById);
    const visible = this.visibleOverlap(state);
    let list = state.overlaps(filter?.country ?? undefined).list.filter((o) => visible(o) && matches(o));
    if ((filter?.decision && filter.decision.length > 0) || (filter?.undecided !== undefined && filter?.undecided !== null)) {
      const latest = await this.decisionsByOverlap.loadMany(list.map((o) => o.id));
      const wanted = filter.decision && filter.decision.length > 0 ? new Set<OverlapDecisionKind>(filter.decision) : undefined;
      list = list.filter((_, i) => {
        const decisions = latest[i];
        const current = Array.isArray(decisions) ? decisions[0] : undefined;
        if (filter.undecided === true && current) return false;
        if (filter.undecided === false && !current) return false;
        return !wanted || (current !== undefined && wanted.has(current.decision));
      });
    }
    return list;
  }

  async overlaps(filter: OverlapFilterInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<OverlapConnection> {
    const list = await this.overlapList(filter);
    return pageOfList(list, { first, after }, { key: 'SCORE', idPattern: OVERLAP_ID, sortValue: (o) => o.score, id: (o) => o.id, descending: true, ...this.paging() });
  }

  async overlap(id: string): Promise<Overlap | null> {
    const state = await this.cache.current();
    const o = state.overlapById(id);
    return o && this.visibleOverlap(state)(o) ? o : null;
  }

  /** Which dates an overlap used and which data weaknesses lowered its score. */
  async overlapExplanation(overlap: Overlap): Promise<OverlapExplanation | null> {
    const state = await this.cache.current();
    const [a, b] = overlap.activityIds.map((id) => state.snapshotById.get(id));
    return a && b ? explainOverlap(overlap, a, b) : null;
  }

  async activityOverlaps(activityId: string, minScore: number): Promise<Overlap[]> {
    const state = await this.cache.current();
    const visible = this.visibleOverlap(state);
    const countries = state.snapshotById.get(activityId)?.countries.map((c) => c.code) ?? [];
    if (countries.length === 0) return [];
    return (state.overlaps(countries).byActivity.get(activityId) ?? []).filter((o) => o.score >= minScore && visible(o));
  }

  async clusters(filter: OverlapFilterInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<OverlapClusterConnection> {
    const state = await this.cache.current();
    const matches = clusterMatcher(filter);
    const list = state
      .clusters()
      .map((c) => ({ ...c, activityIds: c.activityIds.filter((id) => this.visible(state, id)) }))
      .filter((c) => c.activityIds.length >= 2 && matches(c))
      .sort((a, b) => b.activityIds.length - a.activityIds.length || (a.id < b.id ? -1 : 1));
    return pageOfList(list, { first, after }, { key: 'SIZE', idPattern: CLUSTER_ID, sortValue: (c) => c.activityIds.length, id: (c) => c.id, descending: true, ...this.paging() });
  }

  async gapList(filter: GapFilterInput | null | undefined): Promise<Gap[]> {
    const state = await this.cache.current();
    const inScope = gapScope(state, filter?.country);
    const snapshots = state.snapshots.filter((s) => inScope(s) && this.visible(state, s.id));
    const undated = state.undated.filter((s) => inScope(s) && this.visible(state, s.id));
    const report = findGaps(state.recommendations, snapshots, currentTaxonomy(), { asOf: state.asOf, period: toPeriod(filter?.period), undated });
    return report.gaps.filter(gapMatcher(filter)).sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async gaps(filter: GapFilterInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<GapConnection> {
    const list = await this.gapList(filter);
    return pageOfList(list, { first, after }, { key: 'ID', idPattern: GAP_ID, sortValue: () => 0, id: (g) => g.id, descending: false, ...this.paging() });
  }

  async coverage(filter: CoverageFilterInput | null | undefined, groupBy: readonly ('COUNTRY' | 'THEME' | 'ORGANISATION')[] | null | undefined): Promise<CoverageReport> {
    const state = await this.cache.current();
    const f = filter ?? {};
    const list = <T>(v: readonly T[] | null | undefined) => (v && v.length > 0 ? v : undefined);
    return computeCoverage(
      state.snapshots.filter((s) => this.visible(state, s.id)),
      {
        period: toPeriod(f.period),
        countries: list(f.country)?.map((c) => c.toUpperCase()),
        regions: list(f.region),
        organisations: list(f.organisation),
        themes: list(f.theme),
        undated: state.undated.filter((s) => this.visible(state, s.id)),
        groupBy: groupBy && groupBy.length > 0 ? groupBy.map((g) => g.toLowerCase() as CoverageDimension) : undefined,
      },
    );
  }

  /** How many of `activityIds` (visible to the viewer) carry each data-quality flag, most frequent first. */
  async qualityCounts(activityIds: readonly string[]): Promise<{ flag: string; activities: number }[]> {
    const state = await this.cache.current();
    const counts = new Map<string, number>();
    for (const id of new Set(activityIds)) {
      if (!this.visible(state, id)) continue;
      for (const flag of new Set(state.qualityFlags.get(id) ?? [])) counts.set(flag, (counts.get(flag) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([flag, activities]) => ({ flag, activities }));
  }

  /** DAC region codes listed by the activities the viewer may see, sorted. */
  async regions(): Promise<string[]> {
    const state = await this.cache.current();
    const codes = new Set<string>();
    for (const s of [...state.snapshots, ...state.undated]) if (this.visible(state, s.id)) s.regions.forEach((r) => codes.add(r));
    return [...codes].sort();
  }

  /** Records a decision; refuses an overlap that does not exist (or not any more) as a field error. */
  async recordDecision(overlapId: string, decision: OverlapDecisionKind, note: string | null | undefined): Promise<DecisionOutcome> {
    const overlap = await this.overlap(overlapId);
    if (!overlap) return { ok: false, field: 'overlapId', message: 'no such overlap among the current activities' };
    const trimmed = note?.trim() ?? null;
    if (trimmed !== null && trimmed.length > 4000) return { ok: false, field: 'note', message: 'must be at most 4000 characters' };
    const record = this.em.create(OverlapDecision, {
      overlapId,
      activityIds: [...overlap.activityIds],
      decision,
      note: trimmed === '' ? null : trimmed,
      decidedBy: { keyId: this.viewer.keyId, label: this.viewer.keyLabel, role: this.viewer.role },
      decidedAt: new Date(),
    });
    await this.em.flush();
    this.decisionsByOverlap.clear(overlapId);
    return { ok: true, payload: { decision: record, overlap } };
  }

  private paging() {
    return { defaultPageSize: this.limits.defaultPageSize, maxPageSize: this.limits.maxPageSize };
  }
}
