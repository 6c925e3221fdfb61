import type { EntityManager } from '@mikro-orm/mongodb';
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../../pagination/cursor';
import { Organisation } from './organisation.entity';
import type { PagingLimits } from '../activity/activity.service';

export type OrganisationConnection = Connection<Organisation>;

/** Reads organisations for one request. Organisations are public. */
export class OrganisationService {
  constructor(
    private readonly em: EntityManager,
    private readonly limits: PagingLimits,
  ) {}

  async page(first: number | null | undefined, after: string | null | undefined): Promise<OrganisationConnection> {
    const size = pageSize(first, this.limits.defaultPageSize, this.limits.maxPageSize);
    const where = after ? { ref: { $gt: decodeCursor(after, 'REF').value as string } } : {};
    const rows = size === 0 ? [] : await this.em.find(Organisation, where, { orderBy: { ref: 'asc' }, limit: size + 1 });
    return toConnection(rows, size, (o) => encodeCursor({ key: 'REF', value: o.ref, id: o.id }), Boolean(after), () =>
      this.em.count(Organisation, {}),
    );
  }

  /** Organisations by identifier in key order, null where unknown (DataLoader contract). */
  async byRefs(refs: readonly string[]): Promise<(Organisation | null)[]> {
    const found = await this.em.find(Organisation, { ref: { $in: [...refs] } });
    const byRef = new Map(found.map((o) => [o.ref, o]));
    return refs.map((ref) => byRef.get(ref) ?? null);
  }
}
