import type { Logger } from '../logger';
import { type EmbeddedEngineOptions, type EngineHandle, isAlive, startEmbeddedEngine } from './engine';

const CHECK_EVERY_MS = 1000;

/** The embedded engine of a long-running process, restarted on its old port if it dies. */
export interface SupervisedEngine {
  readonly uri: string;
  /** Stops watching and leaves the engine (which stops once no other process uses it). */
  stop(): Promise<void>;
}

/**
 * Watches the engine's process and, when it is gone (killed, crashed), starts it again on the
 * same port: the database driver's pool reconnects by itself, so the gateway recovers without a
 * restart. Requests made meanwhile fail fast with DATABASE_UNAVAILABLE and `/readyz` answers 503.
 * When another process restarted it first, this one joins it.
 */
export function superviseEngine(first: EngineHandle, options: EmbeddedEngineOptions, logger: Logger): SupervisedEngine {
  let current = first;
  let restarting: Promise<void> | undefined;
  let stopped = false;

  const restart = async () => {
    logger.warn({ pid: current.pid, port: current.port }, 'the embedded engine stopped unexpectedly: restarting it');
    try {
      const next = await startEmbeddedEngine({ ...options, port: current.port });
      if (next.port !== current.port) logger.error({ port: next.port }, 'the embedded engine came back on another port: restart Concord to reconnect');
      current = next;
      logger.info({ pid: next.pid, port: next.port, shared: !next.owned }, 'embedded engine restarted');
    } catch (err) {
      logger.error({ err: (err as Error).message }, 'restarting the embedded engine failed; trying again');
    }
  };

  const timer = setInterval(() => {
    if (stopped || restarting || isAlive(current.pid)) return;
    restarting = restart().finally(() => (restarting = undefined));
  }, CHECK_EVERY_MS);
  timer.unref();

  return {
    uri: first.uri,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await restarting;
      await current.stop();
    },
  };
}
