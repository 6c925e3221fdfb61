import type { EntityManager } from '@mikro-orm/mongodb';
import { AuditEntry } from './audit-entry.entity';

export type NewAuditEntry = Omit<AuditEntry, '_id' | 'id'>;

/** The fields by which an audit entry names the record it is about. */
export type AuditSubjectKey = 'activityId' | 'recommendationId' | 'fieldOperationId' | 'expertId' | 'institutionId';

/** Writes and reads the audit trail of activities (the `audit_entries` collection). */
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  async record(entry: NewAuditEntry): Promise<AuditEntry> {
    const created = this.em.create(AuditEntry, entry);
    await this.em.flush();
    return created;
  }

  /** Each activity's entries, oldest first, in key order (DataLoader contract). */
  byActivityIds(activityIds: readonly string[]): Promise<AuditEntry[][]> {
    return this.bySubjectIds('activityId', activityIds);
  }

  /** The entries of each record named by `key` (an activity, operation, expert, …), oldest first, in key order (DataLoader contract). */
  async bySubjectIds(key: AuditSubjectKey, ids: readonly string[]): Promise<AuditEntry[][]> {
    const entries = await this.em.find(AuditEntry, { [key]: { $in: [...ids] } }, { orderBy: { at: 'asc', _id: 'asc' } });
    const bySubject = new Map<string, AuditEntry[]>();
    for (const e of entries) {
      const id = e[key];
      if (id) bySubject.set(id, [...(bySubject.get(id) ?? []), e]);
    }
    return ids.map((id) => bySubject.get(id) ?? []);
  }

  /** A meeting's entries (its creation, its decisions and their follow-up), oldest first. */
  byMeetingId(meetingId: string): Promise<AuditEntry[]> {
    return this.em.find(AuditEntry, { meetingId }, { orderBy: { at: 'asc', _id: 'asc' } });
  }
}
