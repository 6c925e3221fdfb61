import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CommandStartedEvent, CommandSucceededEvent } from 'mongodb';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';
import { buildNaiveSchema } from './naive-resolvers';
import { rawCountryPage } from './raw-country-page';

/**
 * One gateway of the API benchmark, in a process of its own (so that the load generator does
 * not share its event loop): `node --import tsx bench/api/serve.ts <dataloader|naive|raw> <uri> <db>`.
 * `raw` is not a gateway: a plain HTTP endpoint answering any POST with the country page written
 * against the driver (raw-country-page.ts), variables `country` and `first`.
 * Listens on a loopback port 0, reports it over IPC, and answers `commands` messages with the
 * number of database commands sent so far (MongoDB driver command monitoring).
 */
export type Variant = 'dataloader' | 'naive' | 'raw';

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
  if (variant === 'raw') {
    const db = database.db;
    const http = createHttpServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const { variables } = JSON.parse(body || '{}') as { variables?: { country?: string; first?: number } };
        rawCountryPage(db, variables?.country ?? 'KE', variables?.first ?? 50).then(
          (data) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ data }));
          },
          (err: unknown) => {
            res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ errors: [{ message: String(err) }] }));
          },
        );
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    return ready((http.address() as AddressInfo).port, () => commands);
  }
  const server = await createServer({
    orm: database.orm,
    config,
    logger,
    embedded: false,
    ping: database.ping,
    ...(variant === 'naive' ? { schema: buildNaiveSchema() } : {}),
  });
  ready(await server.listen(0, '127.0.0.1'), () => commands);
}

function ready(port: number, commands: () => number): void {
  process.on('message', (message) => {
    if (message === 'commands') process.send?.({ type: 'commands', commands: commands() } satisfies ServeMessage);
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ type: 'ready', port } satisfies ServeMessage);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
