import { EntitySchema } from '@mikro-orm/core';
import type { ObjectId } from '@mikro-orm/mongodb';
import type { Role } from '../../viewer';

export type AuditAction = 'CREATE' | 'UPDATE' | 'WITHDRAW' | 'RECORD_DECISION' | 'UPDATE_FOLLOW_UP';

/** Who made a change: the API key's public id, its label and its role at the time. */
export interface AuditActor {
  keyId: string | null;
  label: string | null;
  role: Role | null;
}

/** One field's value before and after a change (null when absent). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** One write through the API (to an activity, a meeting and its decisions, a recommendation's follow-up or a field operation): who, when, what, and the fields it changed. */
export class AuditEntry {
  _id!: ObjectId;
  id!: string;
  /** The activity written; null for a meeting's entries. */
  activityId!: string | null;
  /** The meeting written (created, or a decision recorded or followed up in it); absent for an activity's entries. */
  meetingId?: string | null;
  /** The recommendation whose follow-up was written; absent otherwise. */
  recommendationId?: string | null;
  /** The field operation written; absent otherwise. */
  fieldOperationId?: string | null;
  /** The expert of the roster written; absent otherwise. */
  expertId?: string | null;
  /** The institution of the compendium written; absent otherwise. */
  institutionId?: string | null;
  action!: AuditAction;
  actor!: AuditActor;
  at!: Date;
  changes!: FieldChange[];
  /** Why, when the action asks for it (withdrawal). */
  reason!: string | null;
}

export const AuditEntrySchema = new EntitySchema<AuditEntry>({
  class: AuditEntry,
  collection: 'audit_entries',
  properties: {
    _id: { type: 'ObjectId', primary: true },
    id: { type: 'string', serializedPrimaryKey: true },
    activityId: { type: 'string', nullable: true },
    meetingId: { type: 'string', nullable: true },
    recommendationId: { type: 'string', nullable: true },
    fieldOperationId: { type: 'string', nullable: true },
    expertId: { type: 'string', nullable: true },
    institutionId: { type: 'string', nullable: true },
    action: { type: 'string' },
    actor: { type: 'json' },
    at: { type: 'Date' },
    changes: { type: 'json' },
    reason: { type: 'string', nullable: true },
  },
});
