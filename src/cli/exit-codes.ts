/** Exit codes of `concord`, documented in the README. */
export const EXIT = {
  OK: 0,
  /** At least one input was refused (not well-formed, invalid rows, …); the others were imported. */
  INPUT_REFUSED: 1,
  /** Bad command line or configuration. */
  USAGE: 2,
  /** The database or the embedded engine is unavailable. */
  DATABASE: 3,
} as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
