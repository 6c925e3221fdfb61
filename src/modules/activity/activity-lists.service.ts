import type { EntityManager } from '@mikro-orm/mongodb';
import { ObjectId, type Collection, type Document, type Filter } from 'mongodb';
import { scanGroupedPages } from '../../batching/grouped-scan';
import { decodeCursor, pageSize } from '../../pagination/cursor';
import { type ActivityFilterInput, buildActivityQuery } from './activity.filter';
import { ACTIVITY_RELATIONS, type ActivityRelationName } from './activity.relations';
import type { PagingLimits } from './activity.service';

/** Nested activity lists are newest first: the START_DATE DESC ordering of `Query.activities`. */
export const PARENT_LIST_ORDER = 'START_DATE';

/** Rows a batched first-page scan reads at most before paging the remaining parents one by one. */
const MAX_SCAN = 5000;

/** The arguments of a nested activity list (`Country.activities`, `Organisation.participatingActivities`, …). */
export interface ActivityListArgs {
  relation: ActivityRelationName;
  filter?: ActivityFilterInput | null;
  /** participatingOrg only: the organisation's roles that count. */
  roles?: readonly number[] | null;
  first?: number | null;
  after?: string | null;
}

export type ActivityCountArgs = Pick<ActivityListArgs, 'relation' | 'filter' | 'roles'>;

/** A row of a nested list: the activity id and its sort value, enough to make the cursor. */
export interface ActivityListRow {
  id: string;
  periodStart: string;
}

export interface ActivityListPage {
  rows: ActivityListRow[];
  hasNextPage: boolean;
}

function and(...parts: Filter<Document>[]): Filter<Document> {
  const nonEmpty = parts.filter((p) => Object.keys(p).length > 0);
  if (nonEmpty.length === 0) return {};
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  return { $and: nonEmpty };
}

const rolesOf = (args: Pick<ActivityListArgs, 'roles'>) => (args.roles && args.roles.length > 0 ? args.roles : undefined);

/**
 * Activity lists and counts of many parents at once, for one request and viewer: the first pages
 * of all parents asking the same arguments from one scan (see batching/grouped-scan.ts), the
 * counts of all parents from one aggregation.
 */
export class ActivityListService {
  constructor(
    private readonly em: EntityManager,
    private readonly visibility: Filter<Document>,
    private readonly limits: PagingLimits,
    /** Rows a batched scan reads before paging the remaining parents one by one (lowered by tests). */
    private readonly maxScan: number = MAX_SCAN,
  ) {}

  private collection(): Collection<Document> {
    return this.em.getConnection().getCollection<Document>('activities');
  }

  async firstPages(parents: readonly string[], args: ActivityListArgs): Promise<Map<string, ActivityListPage>> {
    const size = pageSize(args.first, this.limits.defaultPageSize, this.limits.maxPageSize);
    const relation = ACTIVITY_RELATIONS[args.relation];
    const roles = rolesOf(args);
    let after: Filter<Document> = {};
    if (args.after) {
      const position = decodeCursor(args.after, PARENT_LIST_ORDER);
      const id = new ObjectId(position.id);
      after = { $or: [{ periodStart: { $lt: position.value } }, { periodStart: position.value, _id: { $lt: id } }] };
    }
    const base = and(buildActivityQuery(args.filter), this.visibility, after);
    const projection = Object.fromEntries(['periodStart', ...relation.fields].map((f) => [f, 1]));

    const scan = (forParents: readonly string[], maxScan: number) =>
      scanGroupedPages(
        this.collection().find(and(base, relation.match(forParents, roles)), {
          projection,
          sort: { periodStart: -1, _id: -1 },
          limit: Number.isFinite(maxScan) ? maxScan : 0,
          batchSize: Math.min(this.maxScan, Math.max(101, 2 * (size + 1) * forParents.length)),
        }),
        { parents: forParents, want: size + 1, maxScan, parentsOf: (doc) => relation.parentsOf(doc, roles) },
      );

    const pages = new Map<string, ActivityListPage>();
    const keep = (parent: string, docs: Document[]) =>
      pages.set(parent, {
        rows: docs.slice(0, size).map((d) => ({ id: String(d._id), periodStart: d.periodStart as string })),
        hasNextPage: docs.length > size,
      });
    if (size === 0) {
      for (const parent of parents) keep(parent, []);
      return pages;
    }
    const batched = await scan(parents, this.maxScan);
    for (const [parent, docs] of batched.rows) keep(parent, docs);
    // A parent with few rows among many rows of others: its own scan, as long as it takes.
    await Promise.all(
      batched.unfinished.map(async (parent) => {
        const own = await scan([parent], Number.POSITIVE_INFINITY);
        keep(parent, own.rows.get(parent) ?? []);
      }),
    );
    return pages;
  }

  /** Matching activities per parent, from one aggregation; 0 for parents with none. */
  async counts(parents: readonly string[], args: ActivityCountArgs): Promise<Map<string, number>> {
    const relation = ACTIVITY_RELATIONS[args.relation];
    const roles = rolesOf(args);
    const pipeline = [
      { $match: and(buildActivityQuery(args.filter), this.visibility, relation.match(parents, roles)) },
      ...relation.countStages(parents, roles),
    ];
    const found = await this.collection().aggregate<{ _id: string; n: number }>(pipeline).toArray();
    const wanted = new Set(parents);
    const counts = new Map(parents.map((p) => [p, 0]));
    for (const { _id, n } of found) if (wanted.has(_id)) counts.set(_id, n);
    return counts;
  }

  /** Recipient country codes of the active activities the viewer may see. */
  async countryCodes(): Promise<string[]> {
    const codes = await this.collection().distinct('recipientCountries.code', and(buildActivityQuery(null), this.visibility));
    return codes.filter((c): c is string => typeof c === 'string');
  }
}
