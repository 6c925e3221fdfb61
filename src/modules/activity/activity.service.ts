import type { EntityManager } from '@mikro-orm/mongodb';
import { ObjectId, type Collection, type Document, type Filter, type Sort } from 'mongodb';
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../../pagination/cursor';
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

  async page(args: ActivityPageArgs): Promise<ActivityConnection> {
    const size = pageSize(args.first, this.limits.defaultPageSize, this.limits.maxPageSize);
    const field = args.orderBy?.field ?? 'DEFAULT';
    const key = ORDER_KEYS[field];
    const descending = args.orderBy?.direction === 'DESC';
    const base = this.visible(buildActivityQuery(args.filter));

    let query = base;
    if (args.after) {
      const position = decodeCursor(args.after, field);
      const id = new ObjectId(position.id);
      const op = descending ? '$lt' : '$gt';
      const after: Filter<Document> =
        key === '_id' ? { _id: { [op]: id } } : { $or: [{ [key]: { [op]: position.value } }, { [key]: position.value, _id: { [op]: id } }] };
      query = Object.keys(base).length > 0 ? { $and: [base, after] } : after;
    }
    const direction = descending ? -1 : 1;
    const sort: Sort = key === '_id' ? { _id: direction } : { [key]: direction, _id: direction };
    const docs = size === 0 ? [] : await this.collection().find(query).sort(sort).limit(size + 1).toArray();
    const rows = docs.map((doc) => this.em.map(Activity, doc));
    const cursorOf = (a: Activity) =>
      encodeCursor({ key: field, value: key === '_id' ? a.id : (a[key as keyof Activity] as string | number), id: a.id });
    return toConnection(rows, size, cursorOf, Boolean(args.after), () => this.count(args.filter));
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
