import type { Database } from '../db/database';
import type { Logger } from '../logger';

/** Loads the bundled sample activities into an empty mirror (data/sample/). */
export async function seedSampleIfEmpty(database: Database, logger: Logger): Promise<void> {
  const count = await database.db.collection('activities').estimatedDocumentCount();
  if (count > 0) return;
  logger.info('mirror is empty: sample loading not wired yet');
}
