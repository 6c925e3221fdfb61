import { EntitySchema } from '@mikro-orm/core';
import type { ObjectId } from '@mikro-orm/mongodb';
import type { RunOwner } from './run-owner';

export type ImportKind = 'IATI' | 'OHCHR_CSV' | 'RECOMMENDATIONS' | 'FIELD_OPERATIONS_CSV' | 'OCHA_3W' | 'EXPERTS_CSV' | 'INSTITUTIONS_CSV';
/**
 * INTERRUPTED: stopped by a signal at a record boundary, what was read is written, nothing was
 * withdrawn. ABANDONED: left RUNNING by a process that ended without closing it.
 */
export type ImportStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'DRY_RUN' | 'INTERRUPTED' | 'ABANDONED';

/** Statuses of a run that left its file half-imported: the next import of the file redoes it. */
export const UNFINISHED_STATUSES: readonly ImportStatus[] = ['INTERRUPTED', 'ABANDONED'];

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
  /** The process running the import; null on runs recorded before owners were. */
  owner!: RunOwner | null;
  /** The INTERRUPTED or ABANDONED run of the same file that this run imports again. */
  redoesRunId!: string | null;
  /** 3W imports: the organisations no IATI identifier was found for (acronym or name, and the identity given). */
  unmatchedOrganisations?: { ref: string; acronym: string | null; name: string | null; rows: number }[] | null;
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
    owner: { type: 'json', nullable: true },
    redoesRunId: { type: 'string', nullable: true },
    unmatchedOrganisations: { type: 'json', nullable: true },
  },
});
