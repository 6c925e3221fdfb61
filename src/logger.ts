import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs to stderr, so that stdout stays free for CLI output. */
export function createLogger(level: string, name = 'concord'): Logger {
  return pino({ name, level, base: { service: name } }, pino.destination(2));
}
