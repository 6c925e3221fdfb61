import type { MikroORM } from '@mikro-orm/mongodb';
import type { Db } from 'mongodb';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { type EmbeddedEngineOptions, pings, startEmbeddedEngine } from './engine';
import { superviseEngine } from './engine-supervisor';
import { ensureIndexes } from './indexes';
import { openOrm } from './orm';

export class DatabaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

/** The open database: MikroORM, the raw driver handle for bulk work, and the engine if embedded. */
export interface Database {
  readonly orm: MikroORM;
  readonly db: Db;
  readonly embedded: boolean;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Where the URI shows a host, name it in errors, never the credentials. */
function describeUri(uri: string): string {
  try {
    return new URL(uri.replace(/^mongodb(\+srv)?:/, 'http:')).host;
  } catch {
    return 'the configured server';
  }
}

export interface ConnectOptions {
  /** Restart the embedded engine if it dies (long-running processes: the gateway). */
  superviseEngine?: boolean;
}

export async function connectDatabase(
  config: Pick<Config, 'mongoUri' | 'dbName' | 'dataDir' | 'engine'>,
  logger: Logger,
  options: ConnectOptions = {},
): Promise<Database> {
  let engine: { uri: string; stop(): Promise<void> } | undefined;
  let uri = config.mongoUri;
  if (!uri) {
    const engineOptions: EmbeddedEngineOptions = {
      dataDir: config.dataDir,
      ...config.engine,
      onPrepare: (what) => logger.info(what),
      onLog: (line) => logger.info({ engine: true }, line),
    };
    const started = await startEmbeddedEngine(engineOptions);
    engine = options.superviseEngine ? superviseEngine(started, engineOptions, logger) : started;
    uri = engine.uri;
    logger.info({ dataDir: config.dataDir, shared: !started.owned }, 'embedded database engine ready');
  } else if (!(await pings(uri, 5000))) {
    throw new DatabaseUnavailableError(`cannot reach MongoDB at ${describeUri(uri)} (MONGODB_URI)`);
  }

  let orm: MikroORM;
  try {
    orm = await openOrm(uri, config.dbName, logger);
  } catch (err) {
    await engine?.stop();
    throw new DatabaseUnavailableError(`cannot open database ${config.dbName}: ${(err as Error).message}`);
  }
  const db = orm.em.getDriver().getConnection().getDb();
  await ensureIndexes(db);

  return {
    orm,
    db,
    embedded: engine !== undefined,
    ping: async () => {
      try {
        await db.command({ ping: 1 });
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      await orm.close(true);
      await engine?.stop();
    },
  };
}
