import type { QueryResolvers, Resolvers } from '../../__generated__/graphql';
import { countryDisplayName } from '../../codelists/readable-name';
import { countryNames } from './country.model';

const countries: NonNullable<QueryResolvers['countries']> = (_, { first, after }, ctx) => ctx.services.countries.page(first, after);

const country: NonNullable<QueryResolvers['country']> = (_, { code }, ctx) => ctx.loaders.countryByCode.load(code);

export const countryResolvers: Resolvers = {
  Query: { countries, country },
  Country: {
    name: (c, { lang }) => countryDisplayName(c.code, lang),
    names: (c) => countryNames(c.code),
    activityCount: (c, _, ctx) => ctx.services.countries.activityCount(c.code),
    activities: (c, { filter, first, after }, ctx) =>
      ctx.loaders.activityListByParent.load({ parent: c.code, args: { relation: 'country', filter, first, after } }),
    recommendations: (c, { filter, first, after }, ctx) =>
      ctx.loaders.recommendationListByCountry.load({ parent: c.code, args: { filter, first, after } }),
  },
  CountryShare: {
    country: (share, _, ctx) => ctx.loaders.countryByCode.load(share.code),
  },
};
