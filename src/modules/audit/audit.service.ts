import type { EntityManager } from '@mikro-orm/mongodb';
import { AuditEntry } from './audit-entry.entity';

export type NewAuditEntry = Omit<AuditEntry, '_id' | 'id'>;

/** Writes and reads the audit trail of activities (the `audit_entries` collection). */
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  async record(entry: NewAuditEntry): Promise<AuditEntry> {
    const created = this.em.create(AuditEntry, entry);
    await this.em.flush();
    return created;
  }

  /** Each activity's entries, oldest first, in key order (DataLoader contract). */
  async byActivityIds(activityIds: readonly string[]): Promise<AuditEntry[][]> {
    const entries = await this.em.find(AuditEntry, { activityId: { $in: [...activityIds] } }, { orderBy: { at: 'asc', _id: 'asc' } });
    const byActivity = new Map<string, AuditEntry[]>();
    for (const e of entries) if (e.activityId) byActivity.set(e.activityId, [...(byActivity.get(e.activityId) ?? []), e]);
    return activityIds.map((id) => byActivity.get(id) ?? []);
  }

  /** A meeting's entries (its creation, its decisions and their follow-up), oldest first. */
  byMeetingId(meetingId: string): Promise<AuditEntry[]> {
    return this.em.find(AuditEntry, { meetingId }, { orderBy: { at: 'asc', _id: 'asc' } });
  }
}
