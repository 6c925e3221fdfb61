import path from 'node:path';
import type { Database } from '../../src/db/database';
import { seedSampleIfEmpty, SAMPLE_DIR } from '../../src/ingest/sample';
import { testLogger } from './database';

export { SAMPLE_DIR };

/** Loads the bundled sample (real IATI files, OHCHR CSV, UHRI-shaped recommendations) as `npm start` does. */
export async function loadSample(database: Database): Promise<void> {
  await seedSampleIfEmpty(database, testLogger);
}

export const sampleFile = (...parts: string[]) => path.join(SAMPLE_DIR, ...parts);
