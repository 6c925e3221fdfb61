import { loadConfig, type Config } from '../config';
import { connectDatabase, type Database } from '../db/database';
import { createLogger, type Logger } from '../logger';
import { seedKnownOrganisations } from '../modules/organisation/organisation.seed';

export interface CliSession {
  config: Config;
  logger: Logger;
  database: Database;
}

/** Opens the database as the gateway does (joining the embedded engine if one runs), runs `work`, closes. */
export async function withDatabase<T>(work: (session: CliSession) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', 'concord-cli');
  const database = await connectDatabase(config, logger);
  try {
    await seedKnownOrganisations(database.db);
    return await work({ config, logger, database });
  } finally {
    await database.close();
  }
}
