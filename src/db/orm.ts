import { MikroORM, MongoDriver } from '@mikro-orm/mongodb';
import type { Logger } from '../logger';
import { entities } from './entities';

/**
 * Opens MikroORM on `uri`/`dbName`. Implicit transactions stay off (FerretDB has none);
 * indexes are created by db/indexes.ts, not by schema sync.
 */
export async function openOrm(uri: string, dbName: string, logger?: Logger): Promise<MikroORM> {
  return MikroORM.init({
    driver: MongoDriver,
    clientUrl: uri,
    dbName,
    entities,
    implicitTransactions: false,
    ensureIndexes: false,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
    // monitorCommands: the client emits commandStarted events, which tests and bench/api count
    // (database commands per GraphQL request); with no listener it costs one small object per command.
    driverOptions: { serverSelectionTimeoutMS: 5000, monitorCommands: true },
    debug: false,
    logger: (message) => logger?.debug({ orm: true }, message),
  });
}
