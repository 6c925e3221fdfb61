import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database';
import type { Logger } from '../logger';
import { dataDir } from '../paths';
import { themeIdsOf } from '../modules/theme/theme-ids';
import { importIatiFile } from './iati-import';

export const SAMPLE_DIR = path.join(dataDir, 'sample');

/** Loads the bundled sample activities (data/sample/, real IATI files) into an empty mirror. */
export async function seedSampleIfEmpty(database: Database, logger: Logger): Promise<void> {
  const count = await database.db.collection('activities').estimatedDocumentCount();
  if (count > 0) return;
  const files = readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.xml')).sort();
  logger.info({ files: files.length }, 'mirror is empty: loading the bundled sample activities');
  for (const file of files) {
    const run = await importIatiFile(database.orm, database.db, path.join(SAMPLE_DIR, file), { displayName: file, themeIdsOf });
    logger.info({ file, counts: run.counts }, 'sample file mirrored');
  }
}
