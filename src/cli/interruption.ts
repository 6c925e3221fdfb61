import { exitCodeForSignal } from './exit-codes';

/** A stop request from the terminal or a supervisor, seen by the importers as an AbortSignal. */
export interface Interruption {
  readonly signal: AbortSignal;
  /** Stops listening; signals act as by default again. */
  release(): void;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * A signal this soon after the first is the same request: Ctrl-C reaches the whole process
 * group, and wrappers in it (`npm run`, `npx`, tsx) forward it to this process once more.
 */
const SAME_REQUEST_MS = 1000;

/**
 * While imports run, the first SIGINT or SIGTERM aborts `signal` (its reason is the signal's
 * name) so that the import stops at the next record boundary and closes its run. A later one
 * exits at once: the open run then stays RUNNING until the next start marks it ABANDONED.
 */
export function watchInterruption(stderr: NodeJS.WritableStream = process.stderr, now: () => number = Date.now): Interruption {
  const controller = new AbortController();
  let firstAt = 0;
  const onSignal = (name: NodeJS.Signals) => {
    if (!controller.signal.aborted) {
      firstAt = now();
      controller.abort(name);
      return;
    }
    if (now() - firstAt < SAME_REQUEST_MS) return;
    stderr.write(`concord: ${name} again: stopping now; the import run left open is marked ABANDONED at the next start\n`);
    process.exit(exitCodeForSignal(name));
  };
  for (const name of SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    release: () => {
      for (const name of SIGNALS) process.off(name, onSignal);
    },
  };
}
