import type { Db, Document, Filter } from 'mongodb';
import { codesOf } from '../../codelists/codelists';
import { mirrorVersion } from '../activity/mirror-version';

/**
 * Active-activity counts of every recipient country, as one visibility sees them, computed with
 * one aggregation and kept until the mirror changes (its version counter, bumped by every write).
 * Counting per request is an $unwind/$group over every activity of the page's countries, which
 * the embedded engine runs as a scan of the whole collection.
 */
export type CountAll = (codes: readonly string[]) => Promise<Map<string, number>>;

interface Entry {
  version: number;
  counts: Promise<Map<string, number>>;
}

/** Visibilities kept per database: anonymous, editors and one per liaison organisation. */
const MAX_VISIBILITIES = 64;
const cached = new WeakMap<Db, Map<string, Entry>>();

/** Counts per country code for `visibility`; `countAll` runs the aggregation when the mirror changed. */
export async function countryActivityCounts(db: Db, visibility: Filter<Document>, countAll: CountAll): Promise<Map<string, number>> {
  const version = await mirrorVersion(db);
  let entries = cached.get(db);
  if (!entries) cached.set(db, (entries = new Map()));
  const key = JSON.stringify(visibility);
  const hit = entries.get(key);
  if (hit && hit.version === version) return hit.counts;
  const entry: Entry = { version, counts: countAll(codesOf('Country')) };
  entries.delete(key);
  entries.set(key, entry);
  if (entries.size > MAX_VISIBILITIES) entries.delete(entries.keys().next().value!);
  // A failed count is not kept: the next request tries again.
  entry.counts.catch(() => entries.get(key) === entry && entries.delete(key));
  return entry.counts;
}
