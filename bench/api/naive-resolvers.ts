import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from '../../src/__generated__/graphql';
import type { GraphQLContext } from '../../src/context';
import { countryOf } from '../../src/modules/country/country.model';
import { withGlobalIds } from '../../src/modules/node/global-id.transform';
import { loadTypeDefs, resolvers } from '../../src/schema';

/**
 * The baseline of the API benchmark: the same schema and services, but every relation resolved
 * field by field with its own query, no DataLoader (the "N+1" way). Not part of the gateway.
 */
const first = async <T>(values: Promise<(T | null)[]>): Promise<T | null> => (await values)[0] ?? null;

const organisationOf = (ref: string | null, ctx: GraphQLContext) => (ref ? first(ctx.services.organisations.byRefs([ref])) : null);

const naive: Resolvers = {
  OrgReference: { organisation: (org, _, ctx) => organisationOf(org.ref, ctx) },
  ParticipatingOrg: { organisation: (p, _, ctx) => organisationOf(p.ref, ctx) },
  CountryShare: { country: (share) => countryOf(share.code) },
  Country: {
    activityCount: async (c, _, ctx) => (await ctx.services.activityLists.counts([c.code], { relation: 'country' })).get(c.code) ?? 0,
    activities: (c, { filter, first: size, after }, ctx) =>
      ctx.services.activities.page({ filter: { ...filter, country: [c.code] }, orderBy: { field: 'START_DATE', direction: 'DESC' }, first: size, after }),
    recommendations: (c, { filter, first: size, after }, ctx) =>
      ctx.services.recommendations.page({ filter: { ...filter, country: [c.code] }, first: size, after }),
  },
  Activity: {
    recommendations: async (a, { themeId, first: size }, ctx) => {
      const countries = a.recipientCountries.map((c) => c.code);
      if (countries.length === 0) return [];
      const page = await ctx.services.recommendations.page({ filter: { country: countries, status: ['OPEN'], themeId }, first: size });
      return page.edges.map((e) => e.node);
    },
  },
  Recommendation: {
    countries: (r) => r.countries.map(countryOf).filter((c) => c !== null),
    linkedActivities: async (r, _, ctx) => {
      const found = await Promise.all((r.linkedActivityIds ?? []).map((id) => first(ctx.services.activities.byIds([id]))));
      return found.filter((a) => a !== null);
    },
  },
};

export function buildNaiveSchema(): GraphQLSchema {
  // The same global ids as the gateway's schema, so that the baseline differs only in its loaders.
  return withGlobalIds(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: [...resolvers, naive] as never, inheritResolversFromInterfaces: true }));
}
