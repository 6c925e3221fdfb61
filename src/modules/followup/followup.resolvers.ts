import type { MutationResolvers, RecommendationResolvers, Resolvers } from '../../__generated__/graphql';
import { canReadAuditTrail } from '../../auth/access';
import { forbidden } from '../../errors';
import type { FollowUpWriteResult } from './followup.service';

const updateRecommendationFollowUp: NonNullable<MutationResolvers['updateRecommendationFollowUp']> = async (_, { input }, ctx) => {
  const { recommendationId, ...changes } = input;
  const outcome: FollowUpWriteResult = await ctx.services.followUp.update(recommendationId, changes);
  return outcome.ok ? { recommendation: outcome.recommendation, auditEntry: outcome.auditEntry } : { message: outcome.message, fieldErrors: outcome.fieldErrors };
};

const followUpAuditTrail: NonNullable<RecommendationResolvers['followUpAuditTrail']> = (rec, _, ctx) => {
  if (!canReadAuditTrail(ctx.viewer)) throw forbidden('followUpAuditTrail is restricted to OHCHR_EDITOR and ADMIN keys.');
  return ctx.services.followUp.auditTrailByRecommendation.load(rec.id);
};

export const followUpResolvers: Resolvers = {
  Mutation: { updateRecommendationFollowUp },
  RecommendationFollowUpResult: {
    __resolveType: (r) => ('fieldErrors' in r ? 'ValidationFailed' : 'RecommendationFollowUpPayload'),
  },
  Recommendation: {
    followUp: (rec, _, ctx) => ctx.services.followUp.followUpByRecommendation.load(rec),
    followUpAuditTrail,
  },
  RecommendationFollowUp: {
    updatedAt: (f) => (f.updatedAt ? new Date(f.updatedAt).toISOString() : null),
    // The analyses may lag a write by one request: activities no longer in the mirror are left out.
    activities: async (f, _, ctx) => {
      const activities = await ctx.loaders.activityById.loadMany(f.activities.map((a) => a.activityId));
      return f.activities.flatMap((a, i) => {
        const activity = activities[i];
        return activity && !(activity instanceof Error) ? [{ activity, via: a.via, stage: a.stage }] : [];
      });
    },
  },
};
