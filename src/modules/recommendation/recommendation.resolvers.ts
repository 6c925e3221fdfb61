import type { QueryResolvers, Resolvers } from '../../__generated__/graphql';
import { badInput } from '../../errors';
import { dayNumber } from '../analysis';
import type { Activity } from '../activity/activity.entity';
import type { CountryRef } from '../country/country.model';
import { checkedFilter } from '../validation/filter-guard';
import { openRecommendationsForCountries } from './recommendation.for-activity';

const recommendations: NonNullable<QueryResolvers['recommendations']> = (_, args, ctx) =>
  ctx.services.recommendations.page({ ...args, filter: checkedFilter('RecommendationFilter', args.filter) });

const recommendation: NonNullable<QueryResolvers['recommendation']> = (_, { id, annotationId }, ctx) => {
  if (id) return ctx.loaders.recommendationById.load(id);
  if (annotationId) return ctx.services.recommendations.byAnnotationId(annotationId);
  throw badInput('recommendation', 'give `id` or `annotationId`');
};

/** A stored date that a Date field can carry; records imported before dates were validated may hold others. */
const isCalendarDate = (value: string | null | undefined): value is string => typeof value === 'string' && dayNumber(value) !== null;

/** loadMany answers hold null for misses and Error for failures; lists show what was found. */
const found = <T>(values: (T | null | Error)[]): T[] => values.filter((v): v is T => v !== null && !(v instanceof Error));

export const recommendationResolvers: Resolvers = {
  Query: { recommendations, recommendation },
  Recommendation: {
    publicationDate: (r) => (isCalendarDate(r.publicationDate) ? r.publicationDate : null),
    countryCodes: (r) => r.countries,
    countries: async (r, _, ctx) => found<CountryRef>(await ctx.loaders.countryByCode.loadMany(r.countries)),
    linkedActivities: async (r, _, ctx) => found<Activity>(await ctx.loaders.activityById.loadMany(r.linkedActivityIds ?? [])),
    uprRecommendingState: (r) => r.uprRecommendingState ?? null,
    uprPosition: (r) => r.uprPosition ?? null,
    source: (r) => ({
      file: r.provenance.file,
      importedAt: new Date(r.provenance.importedAt).toISOString(),
      hash: r.provenance.contentHash,
      importRunId: r.provenance.importRunId,
    }),
  },
  Activity: {
    recommendations: (a, { themeId, first }, ctx) =>
      openRecommendationsForCountries(
        ctx.loaders,
        a.recipientCountries.map((c) => c.code),
        { themeId, first },
      ),
  },
};
