import DataLoader from 'dataloader';
import type { AuditEntry } from './audit-entry.entity';
import type { AuditService } from './audit.service';

export interface AuditLoaders {
  /** Each activity's audit entries, oldest first. */
  auditTrailByActivityId: DataLoader<string, AuditEntry[]>;
}

export function createAuditLoaders(audit: AuditService): AuditLoaders {
  return { auditTrailByActivityId: new DataLoader((ids: readonly string[]) => audit.byActivityIds(ids), { maxBatchSize: 1000 }) };
}
