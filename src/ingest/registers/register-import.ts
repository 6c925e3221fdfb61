import type { MikroORM } from '@mikro-orm/mongodb';
import { type AnyBulkWriteOperation, type Db, type Document, ObjectId } from 'mongodb';
import { bulkWriteInChunks } from '../../db/bulk-write';
import type { ImportKind, ImportRun } from '../../modules/import/import-run.entity';
import { closeImportRun, emptyCounts, openImportRun } from '../../modules/import/import-run.store';
import { type RegisterName, registerChanges, REGISTER_AUDIT_KEY, REGISTER_COLLECTION } from '../../modules/register/register.changes';
import { registerContentHash } from '../../modules/register/register.hash';
import { type ImportControl, interruptionNote } from '../import-control';
import { InvalidInputFileError, failureMessage } from '../input-problems';
import { expertCsvTemplate } from './expert-csv';
import { institutionCsvTemplate } from './institution-csv';
import { readRegisterCsv } from './register-csv';

export interface RegisterImportOptions extends ImportControl {
  displayName: string;
  dryRun?: boolean;
  /** Whether a theme id is one of the taxonomy's. */
  isTheme: (id: string) => boolean;
  /** The current year (roster years may go one beyond it). */
  thisYear?: number;
}

const IMPORT_KIND: Record<RegisterName, ImportKind> = { experts: 'EXPERTS_CSV', institutions: 'INSTITUTIONS_CSV' };

/**
 * Imports the experts' roster or the institutions' compendium from its CSV template, keyed by
 * `identifier`. The whole file is validated first: one bad row refuses it and nothing is written.
 * New entries are created, changed ones updated; entries absent from the file stay as they are
 * (an entry leaves a register through its `removed_on` cell or the remove mutation). Every
 * entry created or changed leaves an audit entry naming the file. An abort of `opts.signal`
 * stops it between two rows, after writing the rows read.
 */
export async function importRegisterCsv(orm: MikroORM, db: Db, register: RegisterName, filePath: string, opts: RegisterImportOptions): Promise<ImportRun> {
  const em = orm.em.fork();
  const opened = await openImportRun(em, IMPORT_KIND[register], opts.displayName, 'OHCHR', opts.dryRun ?? false);
  const { run } = opened;
  opts.onStart?.(opened);
  const thisYear = opts.thisYear ?? new Date().getUTCFullYear();
  let rows: { line: number; record: object & { identifier: string } }[];
  try {
    rows =
      register === 'experts'
        ? readRegisterCsv(filePath, opts.displayName, expertCsvTemplate(opts.isTheme, thisYear))
        : readRegisterCsv(filePath, opts.displayName, institutionCsvTemplate(opts.isTheme));
  } catch (err) {
    await closeImportRun(em, run, { status: 'FAILED', counts: run.counts, error: failureMessage(err) });
    throw err;
  }
  const collection = db.collection<Document>(REGISTER_COLLECTION[register]);
  const existing = new Map(
    (await collection.find({ identifier: { $in: rows.map((r) => r.record.identifier) } }).toArray()).map((d) => [d.identifier as string, d]),
  );
  const counts = emptyCounts();
  const at = new Date();
  const actor = { keyId: null, label: `import of ${opts.displayName}`, role: null };
  const writes: AnyBulkWriteOperation<Document>[] = [];
  const audits: Document[] = [];
  for (const { record } of rows) {
    if (opts.signal?.aborted) break;
    counts.read++;
    const contentHash = registerContentHash(record);
    const before = existing.get(record.identifier);
    if (before && (before.provenance as { contentHash?: string } | undefined)?.contentHash === contentHash) {
      counts.unchanged++;
      continue;
    }
    const provenance = { file: opts.displayName, importRunId: run.id, contentHash, updatedAt: at };
    const _id = (before?._id as ObjectId | undefined) ?? new ObjectId();
    if (before) {
      counts.updated++;
      writes.push({ updateOne: { filter: { _id }, update: { $set: { ...record, provenance } } } });
    } else {
      counts.created++;
      writes.push({ insertOne: { document: { _id, ...record, provenance } } });
    }
    audits.push({
      _id: new ObjectId(),
      activityId: null,
      [REGISTER_AUDIT_KEY[register]]: _id.toHexString(),
      action: before ? 'UPDATE' : 'CREATE',
      actor,
      at,
      changes: registerChanges(before ?? null, record),
      reason: null,
    });
  }
  if (!opts.dryRun && writes.length > 0) {
    await bulkWriteInChunks(collection, writes);
    await bulkWriteInChunks(db.collection<Document>('audit_entries'), audits.map((document) => ({ insertOne: { document } })));
  }
  if (opts.signal?.aborted) return closeImportRun(em, run, { status: 'INTERRUPTED', counts, error: interruptionNote(opts.signal, counts) });
  opts.onProgress?.({ file: opts.displayName, counts });
  return closeImportRun(em, run, { status: 'SUCCEEDED', counts });
}

export { InvalidInputFileError };
