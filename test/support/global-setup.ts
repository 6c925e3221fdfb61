import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedEngine, type EngineHandle } from '../../src/db/engine';

declare global {
  // eslint-disable-next-line no-var
  var __concordTestEngine: { engine: EngineHandle; dataDir: string } | undefined;
}

/**
 * Starts the real Mongo-wire engine once per test run (or uses CONCORD_TEST_MONGODB_URI, which
 * must point at loopback). Each test file then works in a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  const given = process.env.CONCORD_TEST_MONGODB_URI;
  if (given) {
    if (!/^mongodb:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(given)) {
      throw new Error('CONCORD_TEST_MONGODB_URI must point at a loopback address');
    }
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'concord-test-engine-'));
  const engine = await startEmbeddedEngine({ dataDir, onBuild: () => process.stderr.write('building the embedded engine for tests…\n') });
  globalThis.__concordTestEngine = { engine, dataDir };
  process.env.CONCORD_TEST_MONGODB_URI = engine.uri;
}
