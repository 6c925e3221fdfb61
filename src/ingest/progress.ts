import type { ImportCounts } from '../modules/import/import-run.entity';

/** Told after each batch written, so that a CLI can show progress. */
export type ProgressListener = (event: { file: string; counts: Readonly<ImportCounts> }) => void;
