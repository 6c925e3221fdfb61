import type { Resolvers } from '../../__generated__/graphql';
import { checkedFilter } from '../validation/filter-guard';

export const budgetResolvers: Resolvers = {
  Query: {
    budgetsByYear: (_, { filter }, ctx) => ctx.services.budgets.byYear(checkedFilter('CoverageFilter', filter)),
    regions: async (_, __, ctx) => (await ctx.services.coordination.regions()).map((code) => ({ list: 'Region' as const, code })),
  },
  BudgetYear: {
    organisation: (b) => ({ ref: b.organisation, name: null, type: null }),
  },
};
