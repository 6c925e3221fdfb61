import type { EntityManager } from '@mikro-orm/mongodb';
import { ObjectId, type Collection, type Document, type Filter } from 'mongodb';
import { scanGroupedPages } from '../../batching/grouped-scan';
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../../pagination/cursor';
import type { PagingLimits } from '../activity/activity.service';
import { Recommendation } from './recommendation.entity';
import { type RecommendationFilterInput, buildRecommendationQuery } from './recommendation.filter';

export type RecommendationConnection = Connection<Recommendation>;

/** Recommendations are listed newest first: publication date, then id, both descending. */
const ORDER = 'PUBLICATION_DATE';
const SORT = { publicationDate: -1, _id: -1 } as const;
const MAX_SCAN = 5000;

export interface RecommendationPageArgs {
  filter?: RecommendationFilterInput | null;
  first?: number | null;
  after?: string | null;
}

export interface RecommendationListPage {
  rows: Recommendation[];
  hasNextPage: boolean;
}

/** The cursor of a recommendation in any newest-first list. */
export const recommendationCursor = (r: Recommendation): string => encodeCursor({ key: ORDER, value: r.publicationDate, id: r.id });

function and(...parts: Filter<Document>[]): Filter<Document> {
  const nonEmpty = parts.filter((p) => Object.keys(p).length > 0);
  if (nonEmpty.length === 0) return {};
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  return { $and: nonEmpty };
}

/** Reads recommendations (public records) for one request. */
export class RecommendationService {
  constructor(
    private readonly em: EntityManager,
    private readonly limits: PagingLimits,
  ) {}

  private collection(): Collection<Document> {
    return this.em.getConnection().getCollection<Document>('recommendations');
  }

  private afterCursor(after: string | null | undefined): Filter<Document> {
    if (!after) return {};
    const position = decodeCursor(after, ORDER);
    const id = new ObjectId(position.id);
    return { $or: [{ publicationDate: { $lt: position.value } }, { publicationDate: position.value, _id: { $lt: id } }] };
  }

  async page(args: RecommendationPageArgs): Promise<RecommendationConnection> {
    const size = pageSize(args.first, this.limits.defaultPageSize, this.limits.maxPageSize);
    const query = and(buildRecommendationQuery(args.filter), this.afterCursor(args.after));
    const docs = size === 0 ? [] : await this.collection().find(query).sort(SORT).limit(size + 1).toArray();
    const rows = docs.map((doc) => this.em.map(Recommendation, doc));
    return toConnection(rows, size, recommendationCursor, Boolean(args.after), () =>
      this.collection().countDocuments(buildRecommendationQuery(args.filter)),
    );
  }

  /** Recommendations by id in key order, null where missing (DataLoader contract). */
  async byIds(ids: readonly string[]): Promise<(Recommendation | null)[]> {
    const valid = ids.filter((id) => /^[0-9a-f]{24}$/i.test(id)).map((id) => new ObjectId(id));
    const docs = valid.length === 0 ? [] : await this.collection().find({ _id: { $in: valid } }).toArray();
    const byId = new Map(docs.map((doc) => [String(doc._id), this.em.map(Recommendation, doc)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async byAnnotationId(annotationId: string): Promise<Recommendation | null> {
    const doc = await this.collection().findOne({ annotationId });
    return doc ? this.em.map(Recommendation, doc) : null;
  }

  /** The first page of each country's recommendations matching `args`, from one scan (see grouped-scan.ts). */
  async firstPagesByCountry(countries: readonly string[], args: RecommendationPageArgs): Promise<Map<string, RecommendationListPage>> {
    const size = pageSize(args.first, this.limits.defaultPageSize, this.limits.maxPageSize);
    const base = and(buildRecommendationQuery(args.filter), this.afterCursor(args.after));
    const scan = (forCountries: readonly string[], maxScan: number) =>
      scanGroupedPages(
        this.collection().find(and(base, { countries: { $in: [...forCountries] } }), {
          sort: SORT,
          limit: Number.isFinite(maxScan) ? maxScan : 0,
          batchSize: Math.min(MAX_SCAN, Math.max(101, 2 * (size + 1) * forCountries.length)),
        }),
        { parents: forCountries, want: size + 1, maxScan, parentsOf: (doc) => doc.countries as string[] },
      );
    const pages = new Map<string, RecommendationListPage>();
    const keep = (country: string, docs: Document[]) =>
      pages.set(country, { rows: docs.slice(0, size).map((d) => this.em.map(Recommendation, d)), hasNextPage: docs.length > size });
    if (size === 0) {
      for (const country of countries) keep(country, []);
      return pages;
    }
    const batched = await scan(countries, MAX_SCAN);
    for (const [country, docs] of batched.rows) keep(country, docs);
    await Promise.all(
      batched.unfinished.map(async (country) => keep(country, (await scan([country], Number.POSITIVE_INFINITY)).rows.get(country) ?? [])),
    );
    return pages;
  }

  /** Recommendations matching `filter` per country, from one aggregation; 0 for countries with none. */
  async countsByCountry(countries: readonly string[], filter: RecommendationFilterInput | null | undefined): Promise<Map<string, number>> {
    const found = await this.collection()
      .aggregate<{ _id: string; n: number }>([
        { $match: and(buildRecommendationQuery(filter), { countries: { $in: [...countries] } }) },
        { $unwind: '$countries' },
        { $match: { countries: { $in: [...countries] } } },
        { $group: { _id: { country: '$countries', recommendation: '$_id' } } },
        { $group: { _id: '$_id.country', n: { $sum: 1 } } },
      ])
      .toArray();
    const counts = new Map(countries.map((c) => [c, 0]));
    for (const { _id, n } of found) if (counts.has(_id)) counts.set(_id, n);
    return counts;
  }

  /** Codes of the countries any recommendation concerns. */
  async countryCodes(): Promise<string[]> {
    const codes = await this.collection().distinct('countries', {});
    return codes.filter((c): c is string => typeof c === 'string');
  }
}
