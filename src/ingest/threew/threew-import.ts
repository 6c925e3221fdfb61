import type { MikroORM } from '@mikro-orm/mongodb';
import type { Db } from 'mongodb';
import type { ImportRun } from '../../modules/import/import-run.entity';
import { closeImportRun, openImportRun } from '../../modules/import/import-run.store';
import { PRESENCE_SOURCE } from '../../modules/presence/presence.model';
import { type ImportControl, interruptionNote } from '../import-control';
import { failureMessage, InvalidInputFileError } from '../input-problems';
import { writePresences } from './presence-writer';
import { read3wFile, type ThreewReading } from './read-3w-file';

export interface ThreewImportOptions extends ImportControl {
  displayName: string;
  dryRun?: boolean;
  country?: string;
  period?: { start: string; end: string };
}

/** An import run of a 3W file, with what was read. */
export interface ThreewImport {
  run: ImportRun;
  reading: ThreewReading;
}

/**
 * Mirrors one OCHA 3W file (CSV or XLSX) as presence records. The whole file is read and checked
 * first: a refused file (InvalidInputFileError) writes nothing but its FAILED run. Rows left out
 * are the run's skipped records, one line each; columns not understood are its warnings; the
 * organisations no IATI identifier was found for are listed on the run.
 */
export async function import3wFile(orm: MikroORM, db: Db, filePath: string, opts: ThreewImportOptions): Promise<ThreewImport> {
  const em = orm.em.fork();
  const opened = await openImportRun(em, 'OCHA_3W', opts.displayName, PRESENCE_SOURCE, opts.dryRun ?? false);
  const { run } = opened;
  opts.onStart?.(opened);
  let reading: ThreewReading;
  try {
    reading = await read3wFile(filePath, { displayName: opts.displayName, country: opts.country, period: opts.period });
  } catch (err) {
    await closeImportRun(em, run, { status: 'FAILED', counts: run.counts, error: failureMessage(err) });
    throw err;
  }
  const counts = { ...run.counts, read: reading.rowsRead, skipped: reading.refusedRows.length, warnings: reading.notUnderstood.length };
  const skippedRecords = reading.refusedRows.map((r) => ({ line: r.line, identifier: null, reason: r.reason }));
  const warningSamples = [
    ...(reading.via === 'HEADERS' ? [{ identifier: reading.file, element: 'HXL', line: null, message: 'no HXL hashtag row: columns found by their headers (data/3w/header-map.json)' }] : []),
    ...reading.notUnderstood.map((u) => ({ identifier: reading.file, element: `column ${u.column}`, line: null, message: `column not understood, not used: "${u.header}"` })),
  ];
  run.unmatchedOrganisations = reading.unmatchedOrganisations.map(({ ref, acronym, name, rows }) => ({ ref, acronym, name, rows }));
  try {
    const outcome = await writePresences(db, reading, counts, {
      importRunId: run.id,
      importedAt: run.startedAt,
      dryRun: run.status === 'DRY_RUN',
      signal: opts.signal,
      onBatch: (c) => opts.onProgress?.({ file: opts.displayName, counts: c }),
    });
    if (outcome === 'INTERRUPTED') {
      const closed = await closeImportRun(em, run, { status: 'INTERRUPTED', counts, skippedRecords, warningSamples, error: interruptionNote(opts.signal!, counts) });
      return { run: closed, reading };
    }
  } catch (err) {
    await closeImportRun(em, run, { status: 'FAILED', counts, skippedRecords, warningSamples, error: (err as Error).message }).catch(() => undefined);
    throw err;
  }
  return { run: await closeImportRun(em, run, { status: 'SUCCEEDED', counts, skippedRecords, warningSamples }), reading };
}

export { InvalidInputFileError };
