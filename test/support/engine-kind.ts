/**
 * Which server the tests run on, decided once by the global setup: `mongodb` when
 * CONCORD_TEST_MONGODB_URI names a real MongoDB (it answers `explain`), else `embedded`
 * (mongo-java-server, which has no `explain` and answers queries by scanning in memory).
 */
export type TestEngineKind = 'mongodb' | 'embedded';

export function testEngineKind(): TestEngineKind {
  return process.env.CONCORD_TEST_ENGINE === 'mongodb' ? 'mongodb' : 'embedded';
}

export const NEEDS_MONGODB =
  'skipped on the embedded engine (no explain, indexes not used for queries): set CONCORD_TEST_MONGODB_URI to a loopback MongoDB to run';

/** `describe` on a real MongoDB; elsewhere the block is reported as skipped, its title saying why. */
export function describeOnMongoDB(name: string, body: () => void): void {
  const block: jest.Describe = testEngineKind() === 'mongodb' ? describe : describe.skip;
  block(name, body);
}
