import type { MikroORM } from '@mikro-orm/mongodb';
import type { AnyBulkWriteOperation, Db, Document } from 'mongodb';
import { bulkWriteInChunks } from '../../db/bulk-write';
import { failureMessage, InvalidInputFileError } from '../../ingest/input-problems';
import { type ImportControl, interruptionNote } from '../../ingest/import-control';
import type { ImportRun } from '../import/import-run.entity';
import { closeImportRun, emptyCounts, openImportRun } from '../import/import-run.store';
import { readFieldOperationsCsv } from './field-operation.csv';
import { FIELD_OPERATION_FIELD_NAMES, type FieldOperationFields } from './field-operation.model';

export interface FieldOperationImportOptions extends ImportControl {
  displayName: string;
  dryRun?: boolean;
}

const sameFields = (doc: Document, fields: FieldOperationFields): boolean => FIELD_OPERATION_FIELD_NAMES.every((f) => (doc[f] ?? null) === fields[f]);

/**
 * Imports OHCHR field operations from the CSV template, keyed by identifier. The whole file is
 * validated first: one bad row refuses it (InvalidInputFileError) and nothing is written. A row
 * equal to the stored operation is unchanged; a withdrawn operation given again becomes active.
 * Operations absent from the file are left as they are (withdraw them with the mutation).
 * The run is recorded in `importRuns` like every import. The file is written in one go: an abort
 * of `opts.signal` before that closes the run INTERRUPTED with nothing written.
 */
export async function importFieldOperationsCsv(orm: MikroORM, db: Db, filePath: string, opts: FieldOperationImportOptions): Promise<ImportRun> {
  const em = orm.em.fork();
  const opened = await openImportRun(em, 'FIELD_OPERATIONS_CSV', opts.displayName, 'OHCHR', opts.dryRun ?? false);
  const { run } = opened;
  opts.onStart?.(opened);
  let rows: ReturnType<typeof readFieldOperationsCsv>;
  try {
    rows = readFieldOperationsCsv(filePath, opts.displayName);
  } catch (err) {
    await closeImportRun(em, run, { status: 'FAILED', counts: run.counts, error: failureMessage(err) });
    throw err;
  }
  if (opts.signal?.aborted) return closeImportRun(em, run, { status: 'INTERRUPTED', counts: run.counts, error: interruptionNote(opts.signal, run.counts) });
  const collection = db.collection<Document>('field_operations');
  const stored = new Map((await collection.find({ identifier: { $in: rows.map((r) => r.fields.identifier) } }).toArray()).map((d) => [d.identifier as string, d]));
  const counts = emptyCounts();
  const ops: AnyBulkWriteOperation<Document>[] = [];
  const at = new Date();
  for (const { fields } of rows) {
    counts.read++;
    const before = stored.get(fields.identifier);
    const written = { ...fields, state: 'ACTIVE', sourceFile: opts.displayName, importRunId: run.id, updatedAt: at };
    if (!before) {
      counts.created++;
      ops.push({ insertOne: { document: written } });
    } else if (sameFields(before, fields) && before.state === 'ACTIVE') {
      counts.unchanged++;
    } else {
      counts.updated++;
      ops.push({ updateOne: { filter: { _id: before._id }, update: { $set: written } } });
    }
  }
  if (ops.length > 0 && !opts.dryRun) await bulkWriteInChunks(collection, ops);
  opts.onProgress?.({ file: opts.displayName, counts });
  return closeImportRun(em, run, { status: 'SUCCEEDED', counts });
}

export { InvalidInputFileError };
