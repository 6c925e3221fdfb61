import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '../../src/config';
import { connectDatabase, type Database } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { seedKnownOrganisations } from '../../src/modules/organisation/organisation.seed';

export function testMongoUri(): string {
  const uri = process.env.CONCORD_TEST_MONGODB_URI;
  if (!uri) throw new Error('CONCORD_TEST_MONGODB_URI is not set: run the tests through jest (global setup starts the engine)');
  return uri;
}

export const testLogger = createLogger(process.env.CONCORD_TEST_LOG_LEVEL ?? 'silent');

/** A configuration for tests: the test engine and a database name unique to the caller. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    MONGODB_URI: testMongoUri(),
    MONGODB_DB: `concord_test_${randomBytes(6).toString('hex')}`,
    CONCORD_SEED_SAMPLE: 'false',
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

export interface TestDatabase extends Database {
  config: Config;
  /** Drops the database and closes the connection. */
  destroy(): Promise<void>;
}

/** A fresh database of its own on the test engine, with the known organisations seeded. */
export async function openTestDatabase(overrides: Record<string, string> = {}): Promise<TestDatabase> {
  const config = testConfig(overrides);
  const database = await connectDatabase(config, testLogger);
  await seedKnownOrganisations(database.db);
  return {
    ...database,
    config,
    destroy: async () => {
      await database.db.dropDatabase().catch(() => undefined);
      await database.close();
    },
  };
}
