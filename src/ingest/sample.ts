import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database';
import type { Logger } from '../logger';
import { dataDir } from '../paths';
import { themeIdsOf, themeIdsOfRecommendation } from '../modules/theme/theme-ids';
import { importIatiFile } from './iati-import';
import { importOhchrCsv } from './ohchr-import';
import { importRecommendations } from './recommendations-import';

export const SAMPLE_DIR = path.join(dataDir, 'sample');

/**
 * Loads the bundled sample into an empty mirror: real IATI files (data/sample/*.xml), and the
 * illustrative OHCHR activities and UHRI-shaped recommendations written for Concord.
 */
export async function seedSampleIfEmpty(database: Database, logger: Logger): Promise<void> {
  const count = await database.db.collection('activities').estimatedDocumentCount();
  if (count > 0) return;
  const files = readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.xml')).sort();
  logger.info({ files: files.length + 2 }, 'mirror is empty: loading the bundled sample');
  for (const file of files) {
    const run = await importIatiFile(database.orm, database.db, path.join(SAMPLE_DIR, file), { displayName: file, themeIdsOf });
    logger.info({ file, counts: run.counts }, 'sample file mirrored');
  }
  const ohchr = await importOhchrCsv(database.orm, database.db, path.join(SAMPLE_DIR, 'ohchr', 'ohchr-activities.csv'), {
    displayName: 'ohchr-activities.csv',
    themeIdsOf,
  });
  logger.info({ file: 'ohchr-activities.csv', counts: ohchr.counts }, 'sample OHCHR activities imported');
  const recommendations = await importRecommendations(database.orm, database.db, path.join(SAMPLE_DIR, 'recommendations', 'uhri-sample.json'), {
    displayName: 'uhri-sample.json',
    themeIdsOfRecommendation,
  });
  logger.info({ file: 'uhri-sample.json', counts: recommendations.counts }, 'sample recommendations imported');
}
