import { EntitySchema } from '@mikro-orm/core';
import type { ObjectId } from '@mikro-orm/mongodb';

export type OverlapDecisionKind = 'REVIEWED' | 'COMPLEMENTARY' | 'DUPLICATION_TO_RESOLVE' | 'JOINT_PROGRAMME_AGREED';

/**
 * A coordination meeting's decision on an overlap. Keyed by the overlap id, which is derived from
 * the two activities' ids: activities keep their ids across re-imports, so a decision stays
 * attached as long as the same activities still overlap.
 */
export class OverlapDecision {
  _id!: ObjectId;
  id!: string;
  overlapId!: string;
  activityIds!: string[];
  decision!: OverlapDecisionKind;
  note!: string | null;
  decidedBy!: { keyId: string | null; label: string | null; role: string | null };
  decidedAt!: Date;
}

/** "label · role" of whoever recorded a decision, as the API and the report show it. */
export function decidedByLabel(d: Pick<OverlapDecision, 'decidedBy'>): string {
  return [d.decidedBy.label ?? d.decidedBy.keyId ?? 'unknown', d.decidedBy.role].filter(Boolean).join(' · ');
}

export const OverlapDecisionSchema = new EntitySchema<OverlapDecision>({
  class: OverlapDecision,
  collection: 'overlap_decisions',
  properties: {
    _id: { type: 'ObjectId', primary: true },
    id: { type: 'string', serializedPrimaryKey: true },
    overlapId: { type: 'string' },
    activityIds: { type: 'json' },
    decision: { type: 'string' },
    note: { type: 'string', nullable: true },
    decidedBy: { type: 'json' },
    decidedAt: { type: 'Date' },
  },
});
