import { EntitySchema } from '@mikro-orm/core';
import type { ObjectId } from '@mikro-orm/mongodb';

export type ImportKind = 'IATI' | 'OHCHR_CSV' | 'RECOMMENDATIONS';
export type ImportStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'DRY_RUN';

export interface SkippedRecord {
  line: number | null;
  identifier: string | null;
  reason: string;
}

export interface ImportCounts {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
  skipped: number;
  warnings: number;
}

/** One import of one file: what was read, what changed, and how long it took. */
export class ImportRun {
  _id!: ObjectId;
  id!: string;
  kind!: ImportKind;
  source!: string | null;
  file!: string;
  status!: ImportStatus;
  startedAt!: Date;
  finishedAt!: Date | null;
  durationMs!: number | null;
  counts!: ImportCounts;
  skippedRecords!: SkippedRecord[];
  /** First warnings, capped; the full list stays on each activity. */
  warningSamples!: { identifier: string; element: string; line: number | null; message: string }[];
  error!: string | null;
}

export const ImportRunSchema = new EntitySchema<ImportRun>({
  class: ImportRun,
  collection: 'import_runs',
  properties: {
    _id: { type: 'ObjectId', primary: true },
    id: { type: 'string', serializedPrimaryKey: true },
    kind: { type: 'string' },
    source: { type: 'string', nullable: true },
    file: { type: 'string' },
    status: { type: 'string' },
    startedAt: { type: 'Date' },
    finishedAt: { type: 'Date', nullable: true },
    durationMs: { type: 'double', nullable: true },
    counts: { type: 'json' },
    skippedRecords: { type: 'json' },
    warningSamples: { type: 'json' },
    error: { type: 'string', nullable: true },
  },
});
