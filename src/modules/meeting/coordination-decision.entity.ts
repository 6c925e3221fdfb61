import { EntitySchema } from '@mikro-orm/core';
import type { ObjectId } from '@mikro-orm/mongodb';
import type { AuditActor } from '../audit/audit-entry.entity';

export type DecisionSubject = 'OVERLAP' | 'GAP';
export type CoordinationDecisionKind =
  | 'REVIEWED'
  | 'COMPLEMENTARY'
  | 'DUPLICATION_TO_RESOLVE'
  | 'JOINT_PROGRAMME_AGREED'
  | 'RESPONSE_TO_PLAN'
  | 'MANDATED_AGENCY_TO_ENGAGE'
  | 'NOT_A_GAP';
export type FollowUpStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE';

/** One change to a decision, kept on the decision itself so that its owner can read it. */
export interface DecisionHistoryEntry {
  at: Date;
  by: AuditActor;
  action: 'RECORDED' | 'UPDATED';
  status: FollowUpStatus;
  dueDate: string | null;
  note: string | null;
}

/**
 * A meeting's decision on an overlap or a gap, owned by an organisation and due by a date: the
 * unit of follow-up. The subject is kept by id and, as it stood when decided, in words and
 * countries, so the follow-up list reads without recomputing overlaps or gaps.
 */
export class CoordinationDecision {
  _id!: ObjectId;
  id!: string;
  meetingId!: string;
  subject!: DecisionSubject;
  subjectId!: string;
  subjectLabel!: string;
  countries!: string[];
  kind!: CoordinationDecisionKind;
  ownerOrganisation!: string;
  /** ISO date or null. */
  dueDate!: string | null;
  note!: string | null;
  status!: FollowUpStatus;
  decidedBy!: AuditActor;
  decidedAt!: Date;
  history!: DecisionHistoryEntry[];
}

export const CoordinationDecisionSchema = new EntitySchema<CoordinationDecision>({
  class: CoordinationDecision,
  collection: 'coordination_decisions',
  properties: {
    _id: { type: 'ObjectId', primary: true },
    id: { type: 'string', serializedPrimaryKey: true },
    meetingId: { type: 'string' },
    subject: { type: 'string' },
    subjectId: { type: 'string' },
    subjectLabel: { type: 'string' },
    countries: { type: 'json' },
    kind: { type: 'string' },
    ownerOrganisation: { type: 'string' },
    dueDate: { type: 'string', nullable: true },
    note: { type: 'string', nullable: true },
    status: { type: 'string' },
    decidedBy: { type: 'json' },
    decidedAt: { type: 'Date' },
    history: { type: 'json' },
  },
});
