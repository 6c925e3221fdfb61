import path from 'node:path';
import type { Database } from '../../db/database';
import type { Logger } from '../../logger';
import { dataDir } from '../../paths';
import type { RegisterName } from '../../modules/register/register.changes';
import { isThemeId } from '../../modules/register/register.labels';
import { importRegisterCsv } from './register-import';

const SAMPLE_REGISTERS: readonly [RegisterName, string][] = [
  ['experts', 'experts.csv'],
  ['institutions', 'institutions.csv'],
];

/**
 * Loads the illustrative roster of experts and compendium of institutions
 * (data/sample/registers/) into each register that is empty, whether or not the activity mirror
 * is: a mirror loaded before the registers existed gets them at its next start.
 */
export async function seedSampleRegistersIfEmpty(database: Database, logger: Logger, signal?: AbortSignal): Promise<void> {
  for (const [register, file] of SAMPLE_REGISTERS) {
    if (signal?.aborted) return;
    if ((await database.db.collection(register).estimatedDocumentCount()) > 0) continue;
    const run = await importRegisterCsv(database.orm, database.db, register, path.join(dataDir, 'sample', 'registers', file), { displayName: file, isTheme: isThemeId, signal });
    logger.info({ file, status: run.status, counts: run.counts }, 'sample register imported');
  }
}
