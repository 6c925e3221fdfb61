import { types } from 'node:util';
import { ConfigError } from './config';
import { EXIT } from './exit-codes';

/** A failure with a known cause: one line for the operator and the documented exit code. */
export interface ExpectedFailure {
  exitCode: number;
  message: string;
}

/** Driver errors that mean the database stopped answering (as opposed to refusing a command). */
const UNREACHABLE_DATABASE = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoTopologyClosedError',
  'MongoNotConnectedError',
]);

/**
 * Recognises the failures an operator can act on (configuration, a taken port, an unreachable
 * database) in whatever the gateway or the CLI threw; null for anything else, which is a bug.
 */
export function expectedFailure(err: unknown): ExpectedFailure | null {
  if (!(err instanceof Error) && !types.isNativeError(err)) return null;
  const { code, syscall, port, address, hostname } = err as NodeJS.ErrnoException & { port?: number; address?: string; hostname?: string };
  if (err instanceof ConfigError) return { exitCode: EXIT.USAGE, message: err.message };
  if (code === 'EADDRINUSE') {
    return { exitCode: EXIT.USAGE, message: `port ${port} on ${address} is already in use: stop the process that holds it, or set PORT to a free port (PORT=0 picks one)` };
  }
  if (code === 'EACCES' && port !== undefined) {
    return { exitCode: EXIT.USAGE, message: `not allowed to listen on port ${port}: set PORT to 1024 or above (or 0 to pick a free one)` };
  }
  if (code === 'ENOTFOUND' && syscall === 'getaddrinfo' && hostname !== undefined) {
    return { exitCode: EXIT.USAGE, message: `cannot listen on ${hostname}: no such host name; set HOST (127.0.0.1 or 0.0.0.0)` };
  }
  if (code === 'EADDRNOTAVAIL' && address !== undefined) {
    return { exitCode: EXIT.USAGE, message: `cannot listen on ${address}: it is not an address of this machine; set HOST (127.0.0.1 or 0.0.0.0)` };
  }
  if (err.name === 'EngineUnavailableError' || err.name === 'DatabaseUnavailableError') return { exitCode: EXIT.DATABASE, message: err.message };
  const unreachable = causes(err).find((e) => UNREACHABLE_DATABASE.has(e.name));
  if (unreachable) return { exitCode: EXIT.DATABASE, message: `the database stopped answering (${unreachable.message.split('\n')[0]})` };
  return null;
}

/** An error and its causes (the ORM wraps driver errors, keeping the driver's as `cause`). */
function causes(err: Error): Error[] {
  const chain: Error[] = [];
  for (let e: unknown = err; e instanceof Object && chain.length < 5; e = (e as Error).cause) chain.push(e as Error);
  return chain;
}
