import type { ActivityResolvers, Resolvers } from '../../__generated__/graphql';
import { canReadAuditTrail } from '../../auth/access';
import { forbidden } from '../../errors';

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

const auditTrail: NonNullable<ActivityResolvers['auditTrail']> = (activity, _, ctx) => {
  if (!canReadAuditTrail(ctx.viewer)) throw forbidden('auditTrail is restricted to OHCHR_EDITOR and ADMIN keys.');
  return ctx.loaders.auditTrailByActivityId.load(activity.id);
};

export const auditResolvers: Resolvers = {
  Activity: { auditTrail },
  AuditEntry: { at: (e) => new Date(e.at).toISOString() },
  FieldChange: { before: (c) => json(c.before), after: (c) => json(c.after) },
};
