import type { FieldOperationResolvers, MutationResolvers, QueryResolvers, Resolvers } from '../../__generated__/graphql';
import { canReadAuditTrail } from '../../auth/access';
import { badInput, forbidden } from '../../errors';
import type { Activity } from '../activity/activity.entity';
import { checkCountryCode } from '../validation/country-input';
import type { FieldOperationWriteResult } from './field-operation.service';

const found = <T>(values: (T | null | Error)[]): T[] => values.filter((v): v is T => v !== null && !(v instanceof Error));

const fieldOperations: NonNullable<QueryResolvers['fieldOperations']> = (_, { filter, first, after }, ctx) => {
  for (const code of filter?.country ?? []) {
    const checked = checkCountryCode(code);
    if (!checked.ok) throw badInput('filter.country', checked.message);
  }
  return ctx.services.fieldOperations.page(filter, first, after);
};

const fieldOperation: NonNullable<QueryResolvers['fieldOperation']> = (_, { id, identifier }, ctx) => {
  if (id) return ctx.services.fieldOperations.byId(id);
  if (identifier) return ctx.services.fieldOperations.byIdentifier(identifier);
  throw badInput('fieldOperation', 'give `id` or `identifier`');
};

const result = (outcome: FieldOperationWriteResult) =>
  outcome.ok ? { fieldOperation: outcome.fieldOperation, auditEntry: outcome.auditEntry } : { message: outcome.message, fieldErrors: outcome.fieldErrors };

const createFieldOperation: NonNullable<MutationResolvers['createFieldOperation']> = async (_, { input }, ctx) => result(await ctx.services.fieldOperations.create(input));

const updateFieldOperation: NonNullable<MutationResolvers['updateFieldOperation']> = async (_, { id, input }, ctx) =>
  result(await ctx.services.fieldOperations.update(id, { ...input, name: input.name ?? undefined, country: input.country ?? undefined, kind: input.kind ?? undefined, start: input.start ?? undefined }));

const withdrawFieldOperation: NonNullable<MutationResolvers['withdrawFieldOperation']> = async (_, { id, reason }, ctx) =>
  result(await ctx.services.fieldOperations.withdraw(id, reason));

const auditTrail: NonNullable<FieldOperationResolvers['auditTrail']> = (op, _, ctx) => {
  if (!canReadAuditTrail(ctx.viewer)) throw forbidden('auditTrail is restricted to OHCHR_EDITOR and ADMIN keys.');
  return ctx.services.fieldOperations.auditTrailById.load(op.id);
};

export const fieldOperationResolvers: Resolvers = {
  Query: { fieldOperations, fieldOperation },
  Mutation: { createFieldOperation, updateFieldOperation, withdrawFieldOperation },
  FieldOperationResult: {
    __resolveType: (r) => ('fieldErrors' in r ? 'ValidationFailed' : 'FieldOperationPayload'),
  },
  FieldOperation: {
    countryCode: (op) => op.country,
    country: (op, _, ctx) => ctx.loaders.countryByCode.load(op.country),
    end: (op) => op.end ?? null,
    mandate: (op) => op.mandate ?? null,
    updatedAt: (op) => new Date(op.updatedAt).toISOString(),
    exitStrategy: (op, _, ctx) => ctx.services.fieldOperations.exitStrategyById.load(op.id),
    auditTrail,
  },
  ExitStrategy: {
    coveringActivities: async (check, _, ctx) => found<Activity>(await ctx.loaders.activityById.loadMany(check.coveringActivityIds)),
  },
};
