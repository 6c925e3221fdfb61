/**
 * Exit codes of the gateway (`src/main.ts`) and of `concord` (the CLI), documented in the
 * README. 130 and 143 follow the shell's 128 + signal number.
 */
export const EXIT = {
  OK: 0,
  /** CLI: at least one input was refused (not well-formed, invalid rows, …); the others were imported. */
  INPUT_REFUSED: 1,
  /** An unexpected failure (a bug): its stack trace is printed. */
  UNEXPECTED: 1,
  /** Bad command line or configuration, including a port that is taken or not allowed. */
  USAGE: 2,
  /** The database or the embedded engine is unavailable. */
  DATABASE: 3,
  /** Stopped by SIGINT (Ctrl-C) at a record boundary. */
  SIGINT: 130,
  /** Stopped by SIGTERM at a record boundary. */
  SIGTERM: 143,
} as const;

/** The exit code for a stop asked by `signal`. */
export function exitCodeForSignal(signal: string): number {
  return signal === 'SIGTERM' ? EXIT.SIGTERM : EXIT.SIGINT;
}
