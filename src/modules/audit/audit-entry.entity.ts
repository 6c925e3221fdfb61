import { EntitySchema } from '@mikro-orm/core';
import type { ObjectId } from '@mikro-orm/mongodb';
import type { Role } from '../../viewer';

export type AuditAction = 'CREATE' | 'UPDATE' | 'WITHDRAW';

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

/** One write to an activity through the API: who, when, what, and the fields it changed. */
export class AuditEntry {
  _id!: ObjectId;
  id!: string;
  activityId!: string;
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
    activityId: { type: 'string' },
    action: { type: 'string' },
    actor: { type: 'json' },
    at: { type: 'Date' },
    changes: { type: 'json' },
    reason: { type: 'string', nullable: true },
  },
});
