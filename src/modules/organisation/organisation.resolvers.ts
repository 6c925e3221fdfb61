import type { QueryResolvers, Resolvers } from '../../__generated__/graphql';

const organisations: NonNullable<QueryResolvers['organisations']> = (_, { first, after }, ctx) =>
  ctx.services.organisations.page(first, after);

const organisation: NonNullable<QueryResolvers['organisation']> = (_, { ref }, ctx) => ctx.loaders.organisationByRef.load(ref);

export const organisationResolvers: Resolvers = {
  Query: { organisations, organisation },
  Organisation: {
    type: (o) => (o.type ? { list: 'OrganisationType', code: o.type } : null),
    activities: (o, { first, after }, ctx) =>
      ctx.services.activities.page({ filter: { reportingOrg: [o.ref] }, orderBy: { field: 'START_DATE', direction: 'DESC' }, first, after }),
  },
};
