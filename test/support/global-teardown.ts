import { rmSync } from 'node:fs';

/** Stops the engine the global setup started and removes its data folder. */
export default async function globalTeardown(): Promise<void> {
  const started = globalThis.__concordTestEngine;
  if (!started) return;
  await started.engine.stop();
  rmSync(started.dataDir, { recursive: true, force: true });
}
