import type { Document, Filter } from 'mongodb';

/**
 * How activities hang off a parent in the schema: a country (recipient country), an
 * organisation as reporter, or an organisation as participant (optionally in given roles).
 * Each relation says how to match the activities of many parents at once, how to read a stored
 * document's parents back, and how to count per parent with the engine's aggregation subset.
 */
export type ActivityRelationName = 'country' | 'reportingOrg' | 'participatingOrg';

export interface ActivityRelation {
  /** Activities of any of `parents` (a superset when roles are given: see parentsOf). */
  match(parents: readonly string[], roles: readonly number[] | undefined): Filter<Document>;
  /** Stored fields parentsOf reads, for projections. */
  fields: string[];
  /** The parents among a stored document's own that it belongs to under this relation. */
  parentsOf(doc: Document, roles: readonly number[] | undefined): string[];
  /** Aggregation stages from matched activities to `{ _id: parent, n }`, one count per activity and parent. */
  countStages(parents: readonly string[], roles: readonly number[] | undefined): Document[];
}

/**
 * Counts distinct (parent, activity) pairs after unwinding `arrayField`: an activity that names
 * the same country twice counts once. $group with $sum only, as the embedded engine allows.
 * Only the array is kept before unwinding: copying whole activity documents once per element
 * is most of the cost on a large mirror.
 */
function unwoundCountStages(arrayField: string, keyField: string, match: Filter<Document>): Document[] {
  return [
    { $project: { [arrayField]: 1 } },
    { $unwind: `$${arrayField}` },
    { $match: match },
    { $group: { _id: { parent: `$${keyField}`, activity: '$_id' } } },
    { $group: { _id: '$_id.parent', n: { $sum: 1 } } },
  ];
}

const hasRole = (roles: readonly number[] | undefined) => (role: unknown) => !roles || roles.includes(role as number);

export const ACTIVITY_RELATIONS: Record<ActivityRelationName, ActivityRelation> = {
  country: {
    match: (parents) => ({ 'recipientCountries.code': { $in: [...parents] } }),
    fields: ['recipientCountries'],
    parentsOf: (doc) => ((doc.recipientCountries ?? []) as { code: string }[]).map((c) => c.code),
    countStages: (parents) =>
      unwoundCountStages('recipientCountries', 'recipientCountries.code', { 'recipientCountries.code': { $in: [...parents] } }),
  },
  reportingOrg: {
    match: (parents) => ({ 'reportingOrg.ref': { $in: [...parents] } }),
    fields: ['reportingOrg'],
    parentsOf: (doc) => [(doc.reportingOrg as { ref: string }).ref],
    countStages: () => [{ $group: { _id: '$reportingOrg.ref', n: { $sum: 1 } } }],
  },
  participatingOrg: {
    // Ref and role are matched separately: the embedded engine's $elemMatch takes one field only,
    // so the query may return activities where the org takes part in another role; parentsOf
    // (for pages) and the unwind (for counts) keep only the organisation's own roles.
    match: (parents, roles) => ({
      'participatingOrgs.ref': { $in: [...parents] },
      ...(roles ? { 'participatingOrgs.role': { $in: [...roles] } } : {}),
    }),
    fields: ['participatingOrgs'],
    parentsOf: (doc, roles) =>
      ((doc.participatingOrgs ?? []) as { ref: string | null; role: number | null }[])
        .filter((p) => p.ref !== null && hasRole(roles)(p.role))
        .map((p) => p.ref as string),
    countStages: (parents, roles) =>
      unwoundCountStages('participatingOrgs', 'participatingOrgs.ref', {
        'participatingOrgs.ref': { $in: [...parents] },
        ...(roles ? { 'participatingOrgs.role': { $in: [...roles] } } : {}),
      }),
  },
};
