import type { ActivityResolvers, ImportRunResolvers, QueryResolvers, Resolvers } from '../../__generated__/graphql';
import { crediblePeriod } from '../analysis';
import { activityQualityIssues } from '../activity/activity.quality';
import { checkedFilter } from '../validation/filter-guard';

const Activity: ActivityResolvers = {
  quality: (a) => {
    const issues = activityQualityIssues(a);
    const dates = crediblePeriod(a);
    return {
      flags: [...new Set(issues.map((i) => i.flag))],
      issues,
      crediblePeriod: dates.ok ? dates.period : null,
      startBasis: dates.ok ? dates.startBasis : null,
      endBasis: dates.ok ? dates.endBasis : null,
    };
  },
};

const ImportRun: ImportRunResolvers = {
  qualityFlags: (run, _, ctx) => ctx.loaders.qualityFlagsByImportRun.load(run.id),
};

const qualitySummary: NonNullable<QueryResolvers['qualitySummary']> = (_, { filter }, ctx) => ctx.services.quality.summary(checkedFilter('ActivityFilter', filter));

export const qualityResolvers: Resolvers = { Query: { qualitySummary }, Activity, ImportRun };
