import { loadConfig, type Config } from '../config';
import { connectDatabase, type Database } from '../db/database';
import { createLogger, type Logger } from '../logger';
import { markAbandonedRuns } from '../modules/import/abandoned-runs';
import { seedKnownOrganisations } from '../modules/organisation/organisation.seed';

export interface CliSession {
  config: Config;
  logger: Logger;
  database: Database;
}

/** The CLI's log: JSON on stderr, quiet (warn) unless LOG_LEVEL says otherwise. */
export function cliLogger(): Logger {
  return createLogger(process.env.LOG_LEVEL ?? 'warn', 'concord-cli');
}

/**
 * Opens the database as the gateway does (joining the embedded engine if one runs), marks the
 * import runs of ended processes ABANDONED (one line each on stderr), runs `work`, closes.
 */
export async function withDatabase<T>(work: (session: CliSession) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = cliLogger();
  const database = await connectDatabase(config, logger);
  try {
    for (const run of await markAbandonedRuns(database.db)) {
      process.stderr.write(`concord: import run ${run.id} of ${run.file} was left RUNNING by pid ${run.owner.pid}, which has ended: marked ABANDONED\n`);
    }
    await seedKnownOrganisations(database.db);
    return await work({ config, logger, database });
  } finally {
    await database.close();
  }
}
