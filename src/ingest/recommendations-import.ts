import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/mongodb';
import type { AnyBulkWriteOperation, Db, Document } from 'mongodb';
import { bumpMirrorVersion } from '../modules/activity/mirror-version';
import type { ImportRun } from '../modules/import/import-run.entity';
import { closeImportRun, emptyCounts, openImportRun } from '../modules/import/import-run.store';
import type { RecommendationRecord } from '../modules/recommendation/recommendation.model';
import { canonicalJson } from './iati';
import { InvalidInputFileError, failureMessage } from './input-problems';
import { type ImportControl, interruptionNote } from './import-control';
import { readUhriFile } from './recommendations/uhri';
import { bulkWriteInChunks } from '../db/bulk-write';

export interface RecommendationImportOptions extends ImportControl {
  displayName: string;
  dryRun?: boolean;
  themeIdsOfRecommendation: (record: RecommendationRecord) => string[];
}

/** Records written in one go: a long file is written as it is read, not all at the end. */
const WRITE_SLICE = 500;

/**
 * Imports UHRI-shaped recommendations, keyed by AnnotationId. The whole file is validated
 * first; a bad record refuses it and nothing changes. Re-importing the same file is a no-op.
 * Follow-up links recorded in Concord (linkedActivityIds) survive re-imports. Records are
 * written WRITE_SLICE at a time; an abort of `opts.signal` stops it between two records, after
 * writing the records read (see ImportControl).
 */
export async function importRecommendations(orm: MikroORM, db: Db, filePath: string, opts: RecommendationImportOptions): Promise<ImportRun> {
  const em = orm.em.fork();
  const opened = await openImportRun(em, 'RECOMMENDATIONS', opts.displayName, 'UHRI', opts.dryRun ?? false);
  const { run } = opened;
  opts.onStart?.(opened);
  let records: RecommendationRecord[];
  try {
    records = readUhriFile(filePath, opts.displayName);
  } catch (err) {
    await closeImportRun(em, run, { status: 'FAILED', counts: run.counts, error: failureMessage(err) });
    throw err;
  }
  const counts = emptyCounts();
  const collection = db.collection<Document>('recommendations');
  const existing = new Map(
    (await collection.find({ annotationId: { $in: records.map((r) => r.annotationId) } }, { projection: { annotationId: 1, 'provenance.contentHash': 1 } }).toArray()).map(
      (d) => [d.annotationId as string, (d.provenance as { contentHash: string }).contentHash],
    ),
  );
  let ops: AnyBulkWriteOperation<Document>[] = [];
  const write = async () => {
    if (ops.length > 0 && !opts.dryRun) {
      await bulkWriteInChunks(collection, ops);
      await bumpMirrorVersion(db);
    }
    ops = [];
  };
  for (const record of records) {
    if (opts.signal?.aborted) break;
    if (ops.length >= WRITE_SLICE) await write();
    counts.read++;
    const themeIds = [...new Set(opts.themeIdsOfRecommendation(record))].sort();
    const contentHash = createHash('sha256').update(canonicalJson({ record, themeIds })).digest('hex');
    const before = existing.get(record.annotationId);
    if (before === contentHash) {
      counts.unchanged++;
      continue;
    }
    const { status, ...fields } = record;
    const document = { ...fields, themeIds, provenance: { file: opts.displayName, contentHash, importRunId: run.id, importedAt: run.startedAt } };
    if (before === undefined) {
      counts.created++;
      ops.push({ insertOne: { document: { ...document, status, linkedActivityIds: [] } } });
    } else {
      counts.updated++;
      ops.push({ updateOne: { filter: { annotationId: record.annotationId }, update: { $set: document } } });
    }
  }
  await write();
  if (opts.signal?.aborted) return closeImportRun(em, run, { status: 'INTERRUPTED', counts, error: interruptionNote(opts.signal, counts) });
  opts.onProgress?.({ file: opts.displayName, counts });
  return closeImportRun(em, run, { status: 'SUCCEEDED', counts });
}

export { InvalidInputFileError };
