import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { startEmbeddedEngine, type EngineHandle } from '../../src/db/engine';
import { findChromium, NEEDS_CHROMIUM } from './browser';
import { NEEDS_MONGODB } from './engine-kind';

declare global {
  // eslint-disable-next-line no-var
  var __concordTestEngine: { engine: EngineHandle; dataDir: string } | undefined;
}

/**
 * Starts the real Mongo-wire engine once per test run (or uses CONCORD_TEST_MONGODB_URI, which
 * must point at loopback). Each test file then works in a database of its own. Says once when the
 * browser tests will be skipped for want of a Chromium.
 */
export default async function globalSetup(): Promise<void> {
  if (!findChromium()) process.stderr.write(`\nbrowser tests are ${NEEDS_CHROMIUM}\n`);
  const given = process.env.CONCORD_TEST_MONGODB_URI;
  if (given) {
    if (!/^mongodb:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(given)) {
      throw new Error('CONCORD_TEST_MONGODB_URI must point at a loopback address');
    }
    process.env.CONCORD_TEST_ENGINE = (await answersExplain(given)) ? 'mongodb' : 'embedded';
    return;
  }
  process.env.CONCORD_TEST_ENGINE = 'embedded';
  process.stderr.write(`\ntests that need MongoDB's explain are ${NEEDS_MONGODB}\n`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'concord-test-engine-'));
  const engine = await startEmbeddedEngine({ dataDir, onPrepare: (what) => process.stderr.write(`${what}…\n`) });
  globalThis.__concordTestEngine = { engine, dataDir };
  process.env.CONCORD_TEST_MONGODB_URI = engine.uri;
}

/** A real MongoDB answers `explain`; the embedded engine does not have the command. */
async function answersExplain(uri: string): Promise<boolean> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
  try {
    await client.db('concord_probe').command({ explain: { find: 'probe', filter: {} }, verbosity: 'queryPlanner' });
    return true;
  } catch {
    return false;
  } finally {
    await client.close();
  }
}
