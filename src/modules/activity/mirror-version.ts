import type { Db } from 'mongodb';

/**
 * A counter bumped by every write to activities or recommendations, so that computed analyses
 * (overlaps, gaps) know when to recompute: one small read per request instead of a scan.
 */
const COLLECTION = 'mirror_meta';
const ID = 'mirror';

export async function bumpMirrorVersion(db: Db): Promise<void> {
  await db.collection<{ _id: string; version: number }>(COLLECTION).updateOne({ _id: ID }, { $inc: { version: 1 } }, { upsert: true });
}

export async function mirrorVersion(db: Db): Promise<number> {
  const doc = await db.collection<{ _id: string; version: number }>(COLLECTION).findOne({ _id: ID });
  return doc?.version ?? 0;
}
