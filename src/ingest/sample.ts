import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database';
import type { Logger } from '../logger';
import { dataDir } from '../paths';
import { UNFINISHED_STATUSES, type ImportRun } from '../modules/import/import-run.entity';
import { themeIdsOf, themeIdsOfRecommendation } from '../modules/theme/theme-ids';
import { importIatiFile } from './iati-import';
import { importOhchrCsv } from './ohchr-import';
import { importRecommendations } from './recommendations-import';
import { seedSampleRegistersIfEmpty } from './registers/sample-registers';
import { importFieldOperationsCsv } from '../modules/field-operation/field-operation.import';
import { applyFollowUpFile, readFollowUpFile } from '../modules/followup/followup.file';

export const SAMPLE_DIR = path.join(dataDir, 'sample');

const OHCHR_FILE = 'ohchr-activities.csv';
const RECOMMENDATIONS_FILE = 'uhri-sample.json';
const FIELD_OPERATIONS_FILE = 'ohchr-field-operations.csv';
const FOLLOW_UP_FILE = 'recommendation-follow-up.json';

/**
 * Loads the bundled sample into an empty mirror: real IATI files (data/sample/*.xml), and the
 * illustrative OHCHR activities, UHRI-shaped recommendations, OHCHR field operations and the
 * recommendations' follow-up (links and resources) written for Concord. A sample
 * load that was stopped (INTERRUPTED or ABANDONED) is finished at the next start: the files whose
 * latest run is unfinished are imported again. An abort of `signal` stops it at a record boundary.
 */
export async function seedSampleIfEmpty(database: Database, logger: Logger, signal?: AbortSignal): Promise<void> {
  const xmlFiles = readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.xml')).sort();
  const empty = (await database.db.collection('activities').estimatedDocumentCount()) === 0;
  const files = [...xmlFiles, OHCHR_FILE, RECOMMENDATIONS_FILE, FIELD_OPERATIONS_FILE];
  const pending = empty ? files : await unfinishedSampleFiles(database, files);
  if (pending.length === 0) return seedSampleRegistersIfEmpty(database, logger, signal);
  logger.info({ files: pending.length }, empty ? 'mirror is empty: loading the bundled sample' : 'finishing the bundled sample load that was stopped');
  const control = { signal, onStart: ({ redone }: { redone: ImportRun | null }) => redone && logger.info({ file: redone.file, redoesRunId: redone.id }, 'redoing a stopped sample import') };
  // Once aborted, each file left is still opened and closed INTERRUPTED at once, so that the
  // next start knows which files to import.
  for (const file of pending) {
    const run =
      file === FIELD_OPERATIONS_FILE
        ? await importFieldOperationsCsv(database.orm, database.db, path.join(SAMPLE_DIR, 'field-operations', file), { displayName: file, ...control })
        : file === OHCHR_FILE
          ? await importOhchrCsv(database.orm, database.db, path.join(SAMPLE_DIR, 'ohchr', file), { displayName: file, themeIdsOf, ...control })
          : file === RECOMMENDATIONS_FILE
            ? await importRecommendations(database.orm, database.db, path.join(SAMPLE_DIR, 'recommendations', file), { displayName: file, themeIdsOfRecommendation, ...control })
            : await importIatiFile(database.orm, database.db, path.join(SAMPLE_DIR, file), { displayName: file, themeIdsOf, ...control });
    logger.info({ file, status: run.status, counts: run.counts }, 'sample file imported');
  }
  // The follow-up links name OHCHR activities and recommendations: applied once every file is in
  // (to recommendations without a follow-up entered yet, so a second pass changes nothing).
  if (!signal?.aborted) {
    const entries = readFollowUpFile(path.join(SAMPLE_DIR, 'followup', FOLLOW_UP_FILE), FOLLOW_UP_FILE);
    logger.info({ file: FOLLOW_UP_FILE, recommendations: await applyFollowUpFile(database.db, entries, FOLLOW_UP_FILE) }, 'sample follow-up applied');
  }
  await seedSampleRegistersIfEmpty(database, logger, signal);
}

/** Sample files whose latest import run was stopped. */
async function unfinishedSampleFiles(database: Database, files: string[]): Promise<string[]> {
  const latest = await database.db
    .collection('import_runs')
    .aggregate<{ _id: string; status: string }>([
      { $match: { file: { $in: files }, status: { $ne: 'DRY_RUN' } } },
      { $sort: { startedAt: -1 } },
      { $group: { _id: '$file', status: { $first: '$status' } } },
    ])
    .toArray();
  const unfinished = new Set(latest.filter((r) => (UNFINISHED_STATUSES as readonly string[]).includes(r.status)).map((r) => r._id));
  return files.filter((f) => unfinished.has(f));
}
