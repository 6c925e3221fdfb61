import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/mongodb';
import { canReadAuditTrail } from '../../auth/access';
import type { Viewer } from '../../viewer';
import { AuditEntry } from '../audit/audit-entry.entity';
import { OverlapDecision } from '../coordination/overlap-decision.entity';
import { ImportRun } from '../import/import-run.entity';
import { CoordinationDecision } from '../meeting/coordination-decision.entity';

const OBJECT_ID = /^[0-9a-f]{24}$/;

type Keyed = { id: string };
type EntityClass<T> = new (...args: never[]) => T;

/**
 * Batched lookups by key for the records that `node(id:)` can return and that no other module
 * loads by key: one `$in` query per type and request, results in key order (null for a miss).
 */
export class NodeService {
  readonly importRunById: DataLoader<string, ImportRun | null>;
  readonly auditEntryById: DataLoader<string, AuditEntry | null>;
  readonly coordinationDecisionById: DataLoader<string, CoordinationDecision | null>;
  readonly overlapDecisionById: DataLoader<string, OverlapDecision | null>;

  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {
    this.importRunById = this.byIds(ImportRun);
    this.auditEntryById = this.byIds(AuditEntry, () => canReadAuditTrail(this.viewer));
    this.coordinationDecisionById = this.byIds(CoordinationDecision);
    this.overlapDecisionById = this.byIds(OverlapDecision);
  }

  private byIds<T extends Keyed>(entity: EntityClass<T>, allowed: () => boolean = () => true): DataLoader<string, T | null> {
    return new DataLoader(
      async (ids: readonly string[]) => {
        const valid = allowed() ? ids.filter((id) => OBJECT_ID.test(id)) : [];
        const found = valid.length === 0 ? [] : ((await this.em.find(entity as never, { id: { $in: valid } } as never)) as T[]);
        const byId = new Map(found.map((record) => [record.id, record]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      { maxBatchSize: 1000 },
    );
  }
}
