import path from 'node:path';
import type { Database } from '../../db/database';
import type { Logger } from '../../logger';
import { UNFINISHED_STATUSES } from '../../modules/import/import-run.entity';
import { dataDir } from '../../paths';
import type { RegisterName } from '../../modules/register/register.changes';
import { isThemeId } from '../../modules/register/register.labels';
import { importRegisterCsv } from './register-import';

/** Each register's sample file, and the name its import runs carry (not a name a user's own file is likely to have). */
const SAMPLE_REGISTERS: readonly [RegisterName, string, string][] = [
  ['experts', 'experts.csv', 'sample-registers/experts.csv'],
  ['institutions', 'institutions.csv', 'sample-registers/institutions.csv'],
];

/**
 * Loads the illustrative roster of experts and compendium of institutions
 * (data/sample/registers/) into each register that is empty, whether or not the activity mirror
 * is: a mirror loaded before the registers existed gets them at its next start. A sample load
 * that was stopped (its latest run INTERRUPTED or ABANDONED) is finished the same way.
 */
export async function seedSampleRegistersIfEmpty(database: Database, logger: Logger, signal?: AbortSignal): Promise<void> {
  for (const [register, file, displayName] of SAMPLE_REGISTERS) {
    if (signal?.aborted) return;
    const empty = (await database.db.collection(register).estimatedDocumentCount()) === 0;
    if (!empty && !(await stoppedBefore(database, displayName))) continue;
    const run = await importRegisterCsv(database.orm, database.db, register, path.join(dataDir, 'sample', 'registers', file), { displayName, isTheme: isThemeId, signal });
    logger.info({ file: displayName, status: run.status, counts: run.counts }, 'sample register imported');
  }
}

/** Whether the latest run of this sample file was stopped before its end. */
async function stoppedBefore(database: Database, file: string): Promise<boolean> {
  const [latest] = await database.db
    .collection('import_runs')
    .find({ file, kind: { $in: ['EXPERTS_CSV', 'INSTITUTIONS_CSV'] }, status: { $ne: 'DRY_RUN' } })
    .sort({ startedAt: -1 })
    .limit(1)
    .toArray();
  return latest !== undefined && (UNFINISHED_STATUSES as readonly string[]).includes(latest.status as string);
}
