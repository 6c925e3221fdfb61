import { type ActivitySnapshot, type Gap, type Overlap, type OverlapCluster, periodsIntersect } from '../analysis';
import { gapCountries, gapThemeIds } from './gap-fields';
import type { OverlapDecisionKind } from './overlap-decision.entity';

export interface DateRangeInput {
  from?: string | null;
  to?: string | null;
}

export interface OverlapFilterInput {
  country?: readonly string[] | null;
  region?: readonly string[] | null;
  theme?: readonly string[] | null;
  organisation?: readonly string[] | null;
  period?: DateRangeInput | null;
  minScore?: number | null;
  kind?: 'POSSIBLE_DUPLICATION' | 'COMPLEMENTARY' | null;
  decision?: readonly OverlapDecisionKind[] | null;
  undecided?: boolean | null;
}

export interface GapFilterInput {
  country?: readonly string[] | null;
  theme?: readonly string[] | null;
  kind?: readonly Gap['kind'][] | null;
  period?: DateRangeInput | null;
}

const given = <T>(values: readonly T[] | null | undefined): values is readonly T[] => Array.isArray(values) && values.length > 0;
const upper = (values: readonly string[]) => new Set(values.map((v) => v.toUpperCase()));

/** A date range as an analysis period; open ends stay open. */
export function toPeriod(range: DateRangeInput | null | undefined): { start: string; end: string | null } | undefined {
  if (!range || (!range.from && !range.to)) return undefined;
  return { start: range.from ?? '0001-01-01', end: range.to ?? null };
}

/** The overlap predicate of an OverlapFilter, except the decision conditions (they need the database). */
export function overlapMatcher(filter: OverlapFilterInput | null | undefined, snapshotById: ReadonlyMap<string, ActivitySnapshot>) {
  const f = filter ?? {};
  const countries = given(f.country) ? upper(f.country) : undefined;
  const themes = given(f.theme) ? new Set(f.theme) : undefined;
  const orgs = given(f.organisation) ? new Set(f.organisation) : undefined;
  const regions = given(f.region) ? new Set(f.region) : undefined;
  const period = toPeriod(f.period);
  return (o: Overlap): boolean => {
    if (countries && !o.sharedCountries.some((c) => countries.has(c))) return false;
    if (themes && !o.sharedThemes.some((t) => themes.has(t))) return false;
    if (orgs && !o.organisations.some((org) => orgs.has(org))) return false;
    if (f.minScore !== undefined && f.minScore !== null && o.score < f.minScore) return false;
    if (f.kind && o.kind !== f.kind) return false;
    if (period && !periodsIntersect(o.period, period)) return false;
    if (regions && !o.activityIds.some((id) => snapshotById.get(id)?.regions.some((r) => regions.has(r)))) return false;
    return true;
  };
}

export function clusterMatcher(filter: OverlapFilterInput | null | undefined) {
  const f = filter ?? {};
  const countries = given(f.country) ? upper(f.country) : undefined;
  const themes = given(f.theme) ? new Set(f.theme) : undefined;
  const orgs = given(f.organisation) ? new Set(f.organisation) : undefined;
  const period = toPeriod(f.period);
  return (c: OverlapCluster): boolean =>
    (!countries || countries.has(c.country)) &&
    (!themes || themes.has(c.themeId)) &&
    (!orgs || c.organisations.some((o) => orgs.has(o))) &&
    (!period || periodsIntersect(c.period, period));
}

export function gapMatcher(filter: GapFilterInput | null | undefined) {
  const f = filter ?? {};
  const countries = given(f.country) ? upper(f.country) : undefined;
  const themes = given(f.theme) ? new Set(f.theme) : undefined;
  const kinds = given(f.kind) ? new Set(f.kind) : undefined;
  return (g: Gap): boolean => {
    if (kinds && !kinds.has(g.kind)) return false;
    if (countries && !gapCountries(g).some((c) => countries.has(c))) return false;
    if (themes && !gapThemeIds(g).some((t) => themes.has(t))) return false;
    return true;
  };
}
