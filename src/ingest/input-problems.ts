/** A problem in an input file, precise enough to fix it: file, record (line) and field. */
export interface InputProblem {
  file: string;
  line: number | null;
  record: string | null;
  field: string | null;
  message: string;
}

export class InvalidInputFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: InputProblem[],
  ) {
    super(`${file}: ${problems.length} problem(s); nothing was imported. ${problems.slice(0, 5).map(formatProblem).join(' ')}`);
    this.name = 'InvalidInputFileError';
  }
}

export function formatProblem(p: InputProblem): string {
  return `[${p.file}${p.line !== null ? ` line ${p.line}` : ''}${p.record ? ` record ${p.record}` : ''}${p.field ? ` field ${p.field}` : ''}] ${p.message}.`;
}

/** What an import run records as the reason it failed: every problem of a refused file, else the error. */
export function failureMessage(err: unknown): string {
  return err instanceof InvalidInputFileError ? err.problems.map(formatProblem).join(' ') : err instanceof Error ? err.message : String(err);
}
