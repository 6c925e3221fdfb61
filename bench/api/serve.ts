import type { CommandStartedEvent, CommandSucceededEvent } from 'mongodb';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';
import { buildNaiveSchema } from './naive-resolvers';

/**
 * One gateway of the API benchmark, in a process of its own (so that the load generator does
 * not share its event loop): `node --import tsx bench/api/serve.ts <dataloader|naive> <uri> <db>`.
 * Listens on a loopback port 0, reports it over IPC, and answers `commands` messages with the
 * number of database commands sent so far (MongoDB driver command monitoring).
 */
export type Variant = 'dataloader' | 'naive';

export interface ServeMessage {
  type: 'ready' | 'commands';
  port?: number;
  commands?: number;
}

async function main(): Promise<void> {
  const [variant, uri, dbName] = process.argv.slice(2) as [Variant, string, string];
  const config = loadConfig({
    NODE_ENV: 'production',
    MONGODB_URI: uri,
    MONGODB_DB: dbName,
    LOG_LEVEL: 'silent',
    CONCORD_SEED_SAMPLE: 'false',
    CONCORD_RATE_LIMIT_PER_MINUTE: '1000000000',
  });
  const logger = createLogger('silent');
  const database = await connectDatabase(config, logger);
  let commands = 0;
  const client = database.orm.em.getDriver().getConnection().getClient();
  client.on('commandStarted', (_: CommandStartedEvent) => {
    commands += 1;
  });
  if (process.env.CONCORD_BENCH_TRACE) {
    client.on('commandSucceeded', (e: CommandSucceededEvent) => process.stderr.write(`${variant} ${e.commandName} ${e.duration.toFixed(0)}ms\n`));
  }
  const server = await createServer({
    orm: database.orm,
    config,
    logger,
    embedded: false,
    ping: database.ping,
    ...(variant === 'naive' ? { schema: buildNaiveSchema() } : {}),
  });
  const port = await server.listen(0, '127.0.0.1');
  process.on('message', (message) => {
    if (message === 'commands') process.send?.({ type: 'commands', commands } satisfies ServeMessage);
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ type: 'ready', port } satisfies ServeMessage);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
