import DataLoader from 'dataloader';
import { type Collection, type Document, type Filter, ObjectId } from 'mongodb';
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../../pagination/cursor';
import type { PagingLimits } from '../activity/activity.service';
import { PRESENCE_SOURCE, type StoredPresence } from './presence.model';

export type PresenceRecord = StoredPresence & { id: string };
export type PresenceConnection = Connection<PresenceRecord>;

export interface PresenceFilterInput {
  country?: readonly string[] | null;
  organisation?: readonly string[] | null;
  theme?: readonly string[] | null;
  cluster?: readonly string[] | null;
  place?: readonly string[] | null;
  activeDuring?: { from?: string | null; to?: string | null } | null;
  source?: readonly string[] | null;
  includeWithdrawn?: boolean | null;
}

/** Presences are listed in the order they were first mirrored (by id). */
const ORDER = 'ID';

const given = <T>(v: readonly T[] | null | undefined): v is readonly T[] => Array.isArray(v) && v.length > 0;

/**
 * The MongoDB filter of a PresenceFilter; null when it can match nothing (a source other than
 * OCHA 3W). Pure.
 */
export function presenceQuery(filter: PresenceFilterInput | null | undefined): Filter<Document> | null {
  const f = filter ?? {};
  if (given(f.source) && !f.source.some((s) => s.trim().toLowerCase() === PRESENCE_SOURCE.toLowerCase() || s.trim().toUpperCase() === '3W')) return null;
  const and: Filter<Document>[] = [];
  if (!f.includeWithdrawn) and.push({ mirrorState: 'ACTIVE' });
  if (given(f.country)) and.push({ country: { $in: f.country.map((c) => c.toUpperCase()) } });
  if (given(f.organisation)) and.push({ 'organisation.ref': { $in: [...f.organisation] } });
  if (given(f.theme)) and.push({ themeIds: { $in: [...f.theme] } });
  if (given(f.cluster)) and.push({ 'cluster.id': { $in: [...f.cluster] } });
  if (given(f.place)) and.push({ $or: [{ 'place.adm1Code': { $in: [...f.place] } }, { 'place.adm2Code': { $in: [...f.place] } }] });
  if (f.activeDuring?.to) and.push({ 'period.start': { $lte: f.activeDuring.to } });
  if (f.activeDuring?.from) and.push({ 'period.end': { $gte: f.activeDuring.from } });
  return and.length === 0 ? {} : and.length === 1 ? and[0]! : { $and: and };
}

/** Reads 3W presence for one request. Presence is public (3W files are published on HDX). */
export class PresenceService {
  readonly byId: DataLoader<string, PresenceRecord | null>;
  /** How the 3W files write an organisation known only from 3W (<country>-3W-…): acronym and name. */
  readonly organisationByRef: DataLoader<string, { acronym: string | null; name: string | null } | null>;

  constructor(
    private readonly collection: Collection<Document>,
    private readonly limits: PagingLimits,
  ) {
    this.byId = new DataLoader(
      async (ids) => {
        const valid = ids.filter((id) => /^[0-9a-f]{24}$/i.test(id)).map((id) => new ObjectId(id));
        const docs = valid.length === 0 ? [] : await this.collection.find({ _id: { $in: valid } }).toArray();
        const found = new Map(docs.map((d) => [String(d._id), toRecord(d)]));
        return ids.map((id) => found.get(id) ?? null);
      },
      { maxBatchSize: 1000 },
    );
    this.organisationByRef = new DataLoader(
      async (refs) => {
        const docs = await this.collection
          .find({ 'organisation.ref': { $in: [...refs] } }, { projection: { 'organisation.ref': 1, 'organisation.acronym': 1, 'organisation.name': 1 } })
          .toArray();
        const found = new Map<string, { acronym: string | null; name: string | null }>();
        for (const d of docs) {
          const o = d.organisation as { ref: string; acronym: string | null; name: string | null };
          if (!found.has(o.ref)) found.set(o.ref, { acronym: o.acronym, name: o.name });
        }
        return refs.map((ref) => found.get(ref) ?? null);
      },
      { maxBatchSize: 1000 },
    );
  }

  async page(filter: PresenceFilterInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<PresenceConnection> {
    const size = pageSize(first, this.limits.defaultPageSize, this.limits.maxPageSize);
    const query = presenceQuery(filter);
    if (query === null) return toConnection([], size, () => '', Boolean(after), 0);
    const position = after ? { _id: { $gt: new ObjectId(decodeCursor(after, ORDER).id) } } : null;
    const paged = position ? { $and: [query, position] } : query;
    const docs = size === 0 ? [] : await this.collection.find(paged).sort({ _id: 1 }).limit(size + 1).toArray();
    return toConnection(
      docs.map(toRecord),
      size,
      (p) => encodeCursor({ key: ORDER, value: 0, id: p.id }),
      Boolean(after),
      () => this.collection.countDocuments(query),
    );
  }
}

function toRecord(doc: Document): PresenceRecord {
  return { ...(doc as unknown as StoredPresence), id: String(doc._id) };
}
