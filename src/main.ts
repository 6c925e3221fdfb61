import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { connectDatabase, type Database } from './db/database';
import { EngineUnavailableError } from './db/engine';
import { seedSampleIfEmpty } from './ingest/sample';
import { createLogger } from './logger';
import { seedKnownOrganisations } from './modules/organisation/organisation.seed';
import { createServer } from './server';

/** Process entry: config → database → server → listen, and a clean stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database: Database = await connectDatabase(config, logger);
  await seedKnownOrganisations(database.db);
  if (config.seedSample) await seedSampleIfEmpty(database, logger);

  const server = await createServer({ orm: database.orm, config, logger, embedded: database.embedded, ping: database.ping });
  const port = await server.listen(config.port, config.host);
  logger.info({ url: `http://${config.host}:${port}/graphql`, startupMs: Date.now() - started }, 'Concord gateway ready');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    await server.stop();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof EngineUnavailableError || (err as Error)?.name === 'DatabaseUnavailableError';
  const message = known ? (err as Error).message : `unexpected error: ${(err as Error)?.stack ?? String(err)}`;
  process.stderr.write(`concord: ${message}\n`);
  process.exit(known ? 2 : 1);
});
