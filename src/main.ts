import 'reflect-metadata';
import { loadConfig } from './config';
import { connectDatabase, type Database } from './db/database';
import { EXIT } from './exit-codes';
import { expectedFailure } from './expected-failure';
import { seedSampleIfEmpty } from './ingest/sample';
import { createLogger, type Logger } from './logger';
import { markAbandonedRuns } from './modules/import/abandoned-runs';
import { seedKnownOrganisations } from './modules/organisation/organisation.seed';
import { createServer } from './server';

/**
 * Process entry: config → database → server → listen, and a clean stop on SIGTERM/SIGINT. A
 * signal before the gateway is ready (while the sample loads) stops the load at a record
 * boundary, closes its run INTERRUPTED, and exits 0; the next start finishes the load.
 */
async function main(onLogger: (logger: Logger) => void): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  onLogger(logger);
  const starting = new AbortController();
  let stop: ((signal: string) => Promise<void>) | undefined;
  const onSignal = (signal: NodeJS.Signals) => (stop ? void stop(signal) : starting.abort(signal));
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  const database: Database = await connectDatabase(config, logger, { superviseEngine: true });
  for (const run of await markAbandonedRuns(database.db)) {
    logger.warn({ importRunId: run.id, file: run.file, owner: run.owner }, 'import run left RUNNING by a process that has ended: marked ABANDONED');
  }
  await seedKnownOrganisations(database.db);
  if (config.seedSample) await seedSampleIfEmpty(database, logger, starting.signal);
  if (starting.signal.aborted) {
    logger.info({ signal: starting.signal.reason }, 'stopped while starting');
    await database.close();
    process.exit(EXIT.OK);
  }

  const server = await createServer({ orm: database.orm, config, logger, embedded: database.embedded, ping: database.ping });
  let port: number;
  try {
    port = await server.listen(config.port, config.host);
  } catch (err) {
    await server.stop().catch(() => undefined);
    await database.close();
    throw err;
  }
  logger.info({ url: `http://${config.host}:${port}/graphql`, startupMs: Date.now() - started }, 'Concord gateway ready');

  let stopping = false;
  stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(EXIT.UNEXPECTED);
    }, 15_000);
    force.unref();
    await server.stop();
    await database.close();
    logger.info('stopped');
    process.exit(EXIT.OK);
  };
  if (starting.signal.aborted) await stop(String(starting.signal.reason));
}

let logger: Logger | undefined;
main((created) => (logger = created)).catch((err: unknown) => {
  const known = expectedFailure(err);
  // Expected failures are one line; their stack is for the debug log only.
  if (known) logger?.debug({ err }, 'gateway failed to start');
  process.stderr.write(`concord: ${known ? known.message : `unexpected error: ${(err as Error)?.stack ?? String(err)}`}\n`);
  process.exit(known ? known.exitCode : EXIT.UNEXPECTED);
});
