import type { MutationResolvers, QueryResolvers, Resolvers } from '../../__generated__/graphql';
import { forbidden } from '../../errors';
import type { Activity } from '../activity/activity.entity';
import { type Theme, UNCLASSIFIED_THEME_ID } from '../analysis';
import type { Recommendation } from '../recommendation/recommendation.entity';
import { currentTaxonomy } from '../theme/taxonomy';
import { checkedFilter } from '../validation/filter-guard';
import { gapCountries, gapRecommendationIds, gapThemeIds } from './gap-fields';
import { decidedByLabel } from './overlap-decision.entity';

/** The coverage row theme of activities that no rule gives a human-rights theme. */
const UNCLASSIFIED_THEME: Theme = {
  id: UNCLASSIFIED_THEME_ID,
  labels: { en: 'Unclassified (no human-rights theme)', fr: 'Non classé (aucun thème des droits de l’homme)', es: 'Sin clasificar (ningún tema de derechos humanos)' },
  uhriThemes: [],
};

const themesOf = (ids: readonly string[]): Theme[] =>
  ids.map((id) => currentTaxonomy().themeById.get(id)).filter((t): t is Theme => t !== undefined);

const present = <T>(values: readonly (T | null | Error)[]): T[] => values.filter((v): v is T => v !== null && !(v instanceof Error));

const Query: QueryResolvers = {
  overlaps: (_, { filter, first, after }, ctx) => ctx.services.coordination.overlaps(checkedFilter('OverlapFilter', filter), first, after),
  overlap: (_, { id }, ctx) => ctx.services.coordination.overlap(id),
  overlapClusters: (_, { filter, first, after }, ctx) => ctx.services.coordination.clusters(checkedFilter('OverlapFilter', filter), first, after),
  gaps: (_, { filter, first, after }, ctx) => ctx.services.coordination.gaps(checkedFilter('GapFilter', filter), first, after),
  coverage: (_, { filter, groupBy }, ctx) => ctx.services.coordination.coverage(checkedFilter('CoverageFilter', filter), groupBy),
};

const recordOverlapDecision: NonNullable<MutationResolvers['recordOverlapDecision']> = async (_, { overlapId, decision, note }, ctx) => {
  if (ctx.viewer.role !== 'OHCHR_EDITOR' && ctx.viewer.role !== 'ADMIN') throw forbidden('Recording decisions needs an OHCHR_EDITOR or ADMIN key.');
  const outcome = await ctx.services.coordination.recordDecision(overlapId, decision, note);
  if (outcome.ok) {
    ctx.live.overlapDecided(outcome.payload.decision, outcome.payload.overlap.sharedCountries);
    return { __typename: 'OverlapDecisionPayload', ...outcome.payload };
  }
  return { __typename: 'ValidationFailed', message: 'The decision was not recorded.', fieldErrors: [{ field: outcome.field, message: outcome.message }] };
};

export const coordinationResolvers: Resolvers = {
  Query,
  Mutation: { recordOverlapDecision },
  Overlap: {
    countries: (o) => o.sharedCountries,
    themes: (o) => themesOf(o.sharedThemes),
    activities: async (o, _, ctx) => present<Activity>(await ctx.loaders.activityById.loadMany(o.activityIds)),
    organisations: (o) => o.organisations.map((ref) => ({ ref, name: null, type: null })),
    decision: async (o, _, ctx) => (await ctx.services.coordination.decisionsByOverlap.load(o.id))[0] ?? null,
    decisions: (o, _, ctx) => ctx.services.coordination.decisionsByOverlap.load(o.id),
    explanation: (o, _, ctx) => ctx.services.coordination.overlapExplanation(o),
  },
  OverlapSide: {
    activity: (s, _, ctx) => ctx.loaders.activityById.load(s.activityId),
  },
  GapPresence: {
    activity: (p, _, ctx) => ctx.loaders.activityById.load(p.activityId),
  },
  OverlapDecision: {
    decidedBy: decidedByLabel,
    decidedAt: (d) => new Date(d.decidedAt).toISOString(),
  },
  OverlapCluster: {
    theme: (c) => currentTaxonomy().themeById.get(c.themeId)!,
    activities: async (c, _, ctx) => present<Activity>(await ctx.loaders.activityById.loadMany(c.activityIds)),
  },
  Gap: {
    country: (g) => gapCountries(g)[0] ?? null,
    countries: gapCountries,
    themes: (g) => themesOf(gapThemeIds(g)),
    period: (g) => (g.kind === 'RECOMMENDATION_WITHOUT_FOLLOW_UP' ? { start: g.publicationDate, end: null } : g.period),
    recommendations: async (g, _, ctx) =>
      present<Recommendation>(await ctx.services.coordination.recommendationByAnnotationId.loadMany(gapRecommendationIds(g))),
    mandatedOrganisations: (g) => (g.kind === 'MANDATED_ABSENT' ? g.absentOrganisations : g.mandatedOrganisations),
    absentOrganisations: (g) => (g.kind === 'MANDATED_ABSENT' ? g.absentOrganisations : []),
    presentOrganisations: (g) => (g.kind === 'MANDATED_ABSENT' ? g.presentOrganisations : []),
    activities: async (g, _, ctx) => (g.kind === 'MANDATED_ABSENT' ? present<Activity>(await ctx.loaders.activityById.loadMany(g.activityIds)) : []),
    presence: (g) => (g.kind === 'MANDATED_ABSENT' ? g.presence : []),
  },
  Coverage: {
    groupBy: (c) => c.groupBy.map((d) => d.toUpperCase() as 'COUNTRY' | 'THEME' | 'ORGANISATION'),
    totalActivities: (c) => c.totals.activityCount,
    totalUndatedActivities: (c) => c.totals.undatedActivityCount,
    totalBudgets: (c) => c.totals.budgets,
  },
  CoverageRow: {
    theme: (r) => (r.themeId === UNCLASSIFIED_THEME_ID ? UNCLASSIFIED_THEME : r.themeId ? (currentTaxonomy().themeById.get(r.themeId) ?? null) : null),
    organisation: (r) => (r.organisation ? { ref: r.organisation, name: null, type: null } : null),
    activities: async (r, { first }, ctx) => present<Activity>(await ctx.loaders.activityById.loadMany(r.activityIds.slice(0, Math.min(first ?? 20, 500)))),
  },
  Activity: {
    overlaps: (a, { minScore }, ctx) => ctx.services.coordination.activityOverlaps(a.id, minScore ?? 0),
  },
};
