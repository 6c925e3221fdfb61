import type { ImportCounts } from '../modules/import/import-run.entity';
import type { OpenedRun } from '../modules/import/import-run.store';

/** Told after each batch written, so that a CLI can show progress. */
export type ProgressListener = (event: { file: string; counts: Readonly<ImportCounts> }) => void;

/** What a caller may pass to every importer to follow and stop it. */
export interface ImportControl {
  /**
   * Once aborted, the import stops at the next record boundary: the records read so far are
   * written, nothing is withdrawn, and the run is closed INTERRUPTED with its counts. The
   * abort reason (e.g. `SIGINT`) is recorded in the run's error.
   */
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  /** Told once the run is recorded, with the unfinished run of the same file it redoes. */
  onStart?: (opened: OpenedRun) => void;
}

/** The error recorded on an interrupted run. */
export function interruptionNote(signal: AbortSignal, counts: Readonly<ImportCounts>): string {
  const reason = typeof signal.reason === 'string' ? signal.reason : 'a stop request';
  return `interrupted by ${reason} after ${counts.read} records, at a record boundary: the records read were written, nothing was withdrawn; importing the file again completes it`;
}
