import type { MikroORM } from '@mikro-orm/mongodb';
import type { Db } from 'mongodb';
import type { ImportRun, SkippedRecord } from '../modules/import/import-run.entity';
import { closeImportRun, openImportRun } from '../modules/import/import-run.store';
import { activityContentHash, IatiFileError, isSkipped, readIatiFile, scanIatiFile, sourceNameForOrg } from './iati';
import { MirrorWriter } from './mirror/mirror-writer';
import { type ImportControl, interruptionNote } from './import-control';
import type { ActivityRecord } from '../modules/activity/activity.model';

export interface IatiImportOptions extends ImportControl {
  /** Source name for every record, instead of the one derived from each reporting org. */
  source?: string;
  /** Name recorded as provenance and dataset key (base name of a local file, or the URL). */
  displayName: string;
  dryRun?: boolean;
  themeIdsOf: (record: ActivityRecord) => string[];
}

/**
 * Mirrors one IATI activity file. A first pass reads the whole file: if it is not well-formed
 * (or refused, e.g. for a DOCTYPE) the mirror is left exactly as it was and IatiFileError is
 * thrown. The second pass writes in batches and then withdraws what the dataset no longer has.
 * An abort of `opts.signal` stops it between two records (see ImportControl).
 */
export async function importIatiFile(orm: MikroORM, db: Db, filePath: string, opts: IatiImportOptions): Promise<ImportRun> {
  const em = orm.em.fork();
  const opened = await openImportRun(em, 'IATI', opts.displayName, opts.source ?? null, opts.dryRun ?? false);
  const { run } = opened;
  opts.onStart?.(opened);
  try {
    await scanIatiFile(filePath, { file: opts.displayName, signal: opts.signal });
  } catch (err) {
    await closeImportRun(em, run, { status: 'FAILED', counts: run.counts, error: err instanceof Error ? err.message : String(err) });
    throw err;
  }
  if (opts.signal?.aborted) return closeImportRun(em, run, { status: 'INTERRUPTED', counts: run.counts, error: interruptionNote(opts.signal, run.counts) });

  const writer = MirrorWriter.forRun(db, run, 'IATI', opts.themeIdsOf);
  const skippedRecords: SkippedRecord[] = [];
  const warningSamples: ImportRun['warningSamples'] = [];
  let lastReported = 0;
  const signal = opts.signal;
  try {
    for await (const item of readIatiFile(filePath, { file: opts.displayName })) {
      if (signal?.aborted) break;
      if (isSkipped(item)) {
        writer.skip();
        skippedRecords.push({ line: item.skipped.line, identifier: item.skipped.iatiIdentifier, reason: item.skipped.reason });
        continue;
      }
      for (const w of item.warnings) {
        if (warningSamples.length < 200) warningSamples.push({ identifier: item.record.iatiIdentifier, ...w });
      }
      await writer.add({
        record: item.record,
        warnings: item.warnings,
        line: item.line,
        contentHash: activityContentHash(item.record),
        source: opts.source ?? sourceNameForOrg(item.record.reportingOrg.ref),
      });
      if (opts.onProgress && writer.counts.read - lastReported >= 500) {
        lastReported = writer.counts.read;
        opts.onProgress({ file: opts.displayName, counts: writer.counts });
      }
    }
    if (signal?.aborted) {
      await writer.flush();
      return closeImportRun(em, run, { status: 'INTERRUPTED', counts: writer.counts, skippedRecords, warningSamples, error: interruptionNote(signal, writer.counts) });
    }
    await writer.withdrawMissing();
  } catch (err) {
    // Only a file changed between the two passes or a database failure lands here. When the
    // database is gone the run cannot be closed: it stays RUNNING until the next start marks it
    // ABANDONED, and the cause is what the caller hears.
    await closeImportRun(em, run, { status: 'FAILED', counts: writer.counts, skippedRecords, warningSamples, error: (err as Error).message }).catch(() => undefined);
    throw err;
  }
  opts.onProgress?.({ file: opts.displayName, counts: writer.counts });
  return closeImportRun(em, run, { status: 'SUCCEEDED', counts: writer.counts, skippedRecords, warningSamples });
}

export { IatiFileError };
