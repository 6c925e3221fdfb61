import type { QueryResolvers, Resolvers } from '../../__generated__/graphql';

const organisations: NonNullable<QueryResolvers['organisations']> = (_, { first, after }, ctx) =>
  ctx.services.organisations.page(first, after);

const organisation: NonNullable<QueryResolvers['organisation']> = (_, { ref }, ctx) => ctx.loaders.organisationByRef.load(ref);

export const organisationResolvers: Resolvers = {
  Query: { organisations, organisation },
  Organisation: {
    type: (o) => (o.type ? { list: 'OrganisationType', code: o.type } : null),
    activities: (o, { first, after }, ctx) =>
      ctx.loaders.activityListByParent.load({ parent: o.ref, args: { relation: 'reportingOrg', first, after } }),
    participatingActivities: (o, { role, first, after }, ctx) =>
      ctx.loaders.activityListByParent.load({ parent: o.ref, args: { relation: 'participatingOrg', roles: role, first, after } }),
  },
  ParticipatingOrg: {
    organisation: (p, _, ctx) => (p.ref ? ctx.loaders.organisationByRef.load(p.ref) : null),
  },
};
