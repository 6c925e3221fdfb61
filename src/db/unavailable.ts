import { MongoNetworkError, MongoNotConnectedError, MongoServerSelectionError, MongoTopologyClosedError } from 'mongodb';

/** Driver failures that mean "the database cannot be reached", not a bug in the request. */
const UNREACHABLE_NAMES = new Set(['MongoNetworkError', 'MongoNetworkTimeoutError', 'MongoServerSelectionError', 'MongoNotConnectedError', 'MongoTopologyClosedError', 'ConnectionException']);

/**
 * True when `error`, or an error it wraps (GraphQL's originalError, MikroORM's and Node's cause),
 * is the driver saying the server cannot be reached: the client gets DATABASE_UNAVAILABLE.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    if (
      current instanceof MongoNetworkError ||
      current instanceof MongoServerSelectionError ||
      current instanceof MongoNotConnectedError ||
      current instanceof MongoTopologyClosedError ||
      UNREACHABLE_NAMES.has((current as Error).name)
    ) {
      return true;
    }
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return false;
}
