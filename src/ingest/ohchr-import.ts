import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/mongodb';
import type { Db } from 'mongodb';
import type { ActivityRecord } from '../modules/activity/activity.model';
import type { ImportRun } from '../modules/import/import-run.entity';
import { closeImportRun, openImportRun } from '../modules/import/import-run.store';
import { activityContentHash, canonicalJson } from './iati';
import { MirrorWriter } from './mirror/mirror-writer';
import { InvalidInputFileError, failureMessage } from './input-problems';
import { readOhchrCsv } from './ohchr/ohchr-csv';
import { type ImportControl, interruptionNote } from './import-control';

export interface OhchrImportOptions extends ImportControl {
  displayName: string;
  dryRun?: boolean;
  themeIdsOf: (record: ActivityRecord) => string[];
}

/**
 * Imports OHCHR activities from the CSV template. Every row is validated first: one bad row
 * refuses the whole file (InvalidInputFileError) and the mirror stays as it was. An abort of
 * `opts.signal` stops it between two rows (see ImportControl).
 */
export async function importOhchrCsv(orm: MikroORM, db: Db, filePath: string, opts: OhchrImportOptions): Promise<ImportRun> {
  const em = orm.em.fork();
  const opened = await openImportRun(em, 'OHCHR_CSV', opts.displayName, 'OHCHR', opts.dryRun ?? false);
  const { run } = opened;
  opts.onStart?.(opened);
  let rows: ReturnType<typeof readOhchrCsv>;
  try {
    rows = readOhchrCsv(filePath, opts.displayName);
  } catch (err) {
    await closeImportRun(em, run, { status: 'FAILED', counts: run.counts, error: failureMessage(err) });
    throw err;
  }
  const writer = MirrorWriter.forRun(db, run, 'OHCHR', opts.themeIdsOf);
  for (const { line, record, restricted } of rows) {
    if (opts.signal?.aborted) break;
    await writer.add({
      record,
      warnings: [],
      line,
      contentHash: restricted ? createHash('sha256').update(canonicalJson({ record, restricted })).digest('hex') : activityContentHash(record),
      source: 'OHCHR',
      restricted,
    });
  }
  if (opts.signal?.aborted) {
    await writer.flush();
    return closeImportRun(em, run, { status: 'INTERRUPTED', counts: writer.counts, error: interruptionNote(opts.signal, writer.counts) });
  }
  await writer.withdrawMissing();
  opts.onProgress?.({ file: opts.displayName, counts: writer.counts });
  return closeImportRun(em, run, { status: 'SUCCEEDED', counts: writer.counts });
}

export { InvalidInputFileError };
