import type { EntityManager } from '@mikro-orm/mongodb';
import { ObjectId, type Collection, type Document, type Filter, type Sort } from 'mongodb';
import { badInput } from '../../errors';
import { type Connection, connectionOfPage, decodeCursor, encodeCursor, pageSize, toConnection } from '../../pagination/cursor';
import { Activity } from './activity.entity';
import { type ActivityFilterInput, buildActivityQuery } from './activity.filter';

export type ActivityConnection = Connection<Activity>;

export type ActivityOrderField = 'START_DATE' | 'END_DATE' | 'BUDGET' | 'LAST_UPDATED' | 'TITLE';

/** The stored field each ordering sorts by; all are never null (see activity.derived.ts). */
const ORDER_KEYS: Record<ActivityOrderField | 'DEFAULT', string> = {
  DEFAULT: '_id',
  START_DATE: 'periodStart',
  END_DATE: 'periodEnd',
  BUDGET: 'budgetTotal',
  LAST_UPDATED: 'sortLastUpdated',
  TITLE: 'sortTitle',
};

export interface ActivityPageArgs {
  filter?: ActivityFilterInput | null;
  orderBy?: { field: ActivityOrderField; direction?: 'ASC' | 'DESC' | null } | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PagingLimits {
  defaultPageSize: number;
  maxPageSize: number;
}

/** Reads activities for one request; `visibility` is the viewer's access condition. */
export class ActivityService {
  constructor(
    private readonly em: EntityManager,
    private readonly visibility: Filter<Document>,
    private readonly limits: PagingLimits,
  ) {}

  private collection(): Collection<Document> {
    return this.em.getConnection().getCollection<Document>('activities');
  }

  private visible(query: Filter<Document>): Filter<Document> {
    const parts = [query, this.visibility].filter((q) => Object.keys(q).length > 0);
    if (parts.length === 0) return {};
    if (parts.length === 1) return parts[0]!;
    return { $and: parts };
  }

  /**
   * One page in keyset order. Forward with `first`/`after`; backward with `last`/`before`,
   * which reads the same index the other way and turns the rows back into page order.
   */
  async page(args: ActivityPageArgs): Promise<ActivityConnection> {
    if ((args.last !== undefined && args.last !== null) || args.before) {
      if (args.after) throw badInput('before', 'cannot be combined with `after`');
      if (args.first !== undefined && args.first !== null && args.last !== undefined && args.last !== null) {
        throw badInput('last', 'cannot be combined with `first`');
      }
    }
    const backward = (args.last !== undefined && args.last !== null) || Boolean(args.before);
    const size = pageSize(backward ? args.last : args.first, this.limits.defaultPageSize, this.limits.maxPageSize);
    const field = args.orderBy?.field ?? 'DEFAULT';
    const key = ORDER_KEYS[field];
    const descending = (args.orderBy?.direction === 'DESC') !== backward;
    const base = this.visible(buildActivityQuery(args.filter));

    let query = base;
    const cursor = backward ? args.before : args.after;
    if (cursor) {
      const position = decodeCursor(cursor, field);
      const id = new ObjectId(position.id);
      const op = descending ? '$lt' : '$gt';
      const beyond: Filter<Document> =
        key === '_id' ? { _id: { [op]: id } } : { $or: [{ [key]: { [op]: position.value } }, { [key]: position.value, _id: { [op]: id } }] };
      query = Object.keys(base).length > 0 ? { $and: [base, beyond] } : beyond;
    }
    const direction = descending ? -1 : 1;
    const sort: Sort = key === '_id' ? { _id: direction } : { [key]: direction, _id: direction };
    const docs = size === 0 ? [] : await this.collection().find(query).sort(sort).limit(size + 1).toArray();
    const rows = docs.map((doc) => this.em.map(Activity, doc));
    const cursorOf = (a: Activity) =>
      encodeCursor({ key: field, value: key === '_id' ? a.id : (a[key as keyof Activity] as string | number), id: a.id });
    const total = () => this.count(args.filter);
    if (!backward) return toConnection(rows, size, cursorOf, Boolean(args.after), total);
    const edges = rows
      .slice(0, size)
      .reverse()
      .map((node) => ({ cursor: cursorOf(node), node }));
    // Backwards, "previous" means more rows beyond the limit and "next" means the cursor's side.
    return connectionOfPage(edges, { hasNextPage: Boolean(args.before), hadCursor: rows.length > size }, total);
  }

  count(filter: ActivityFilterInput | null | undefined): Promise<number> {
    return this.collection().countDocuments(this.visible(buildActivityQuery(filter)));
  }

  /** Activities by id in key order, null where missing or invisible (DataLoader contract). */
  async byIds(ids: readonly string[]): Promise<(Activity | null)[]> {
    const valid = ids.filter((id) => ObjectId.isValid(id) && /^[0-9a-f]{24}$/i.test(id)).map((id) => new ObjectId(id));
    const docs = valid.length === 0 ? [] : await this.collection().find(this.visible({ _id: { $in: valid } })).toArray();
    const byId = new Map(docs.map((doc) => [String(doc._id), this.em.map(Activity, doc)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async byIatiIdentifier(iatiIdentifier: string): Promise<Activity | null> {
    const doc = await this.collection().findOne(this.visible({ iatiIdentifier }), { sort: { mirrorState: 1 } });
    return doc ? this.em.map(Activity, doc) : null;
  }
}
