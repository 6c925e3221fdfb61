import type { CreateOhchrActivityInput, MutationResolvers, Resolvers, UpdateOhchrActivityInput } from '../../__generated__/graphql';
import { canReadRestrictedFields } from '../../auth/access';
import { forbidden } from '../../errors';
import type { OhchrActivityChanges, OhchrWriteResult } from './ohchr.service';

/** The schema's input shape → the service's fields (list items get their defaults). */
function changesOf(input: CreateOhchrActivityInput | UpdateOhchrActivityInput): OhchrActivityChanges {
  const { countries, sectors, participatingOrgs, ...rest } = input;
  return {
    ...rest,
    countries: countries == null ? countries : countries.map((c) => ({ code: c.code, percentage: c.percentage ?? null })),
    sectors: sectors == null ? sectors : sectors.map((s) => ({ code: s.code, percentage: s.percentage ?? null })),
    participatingOrgs: participatingOrgs == null ? participatingOrgs : participatingOrgs.map((o) => ({ ref: o.ref, role: o.role ?? 4 })),
  };
}

const result = (outcome: OhchrWriteResult) =>
  outcome.ok ? { activity: outcome.activity, auditEntry: outcome.auditEntry } : { message: outcome.message, fieldErrors: outcome.fieldErrors };

const createOhchrActivity: NonNullable<MutationResolvers['createOhchrActivity']> = async (_, { input }, ctx) =>
  result(await ctx.services.ohchr.create({ ...changesOf(input), identifier: input.identifier, titleEn: input.titleEn }));

const updateOhchrActivity: NonNullable<MutationResolvers['updateOhchrActivity']> = async (_, { id, input }, ctx) =>
  result(await ctx.services.ohchr.update(id, changesOf(input)));

const withdrawOhchrActivity: NonNullable<MutationResolvers['withdrawOhchrActivity']> = async (_, { id, reason }, ctx) =>
  result(await ctx.services.ohchr.withdraw(id, reason));

export const ohchrResolvers: Resolvers = {
  Mutation: { createOhchrActivity, updateOhchrActivity, withdrawOhchrActivity },
  OhchrActivityResult: {
    __resolveType: (r) => ('fieldErrors' in r ? 'ValidationFailed' : 'OhchrActivityPayload'),
  },
  Activity: {
    internalNotes: (a, _, ctx) => {
      if (!canReadRestrictedFields(ctx.viewer, a)) throw forbidden('internalNotes is restricted to editors, admins and the liaisons of the organisations taking part.');
      return a.internalNotes ?? null;
    },
  },
};
