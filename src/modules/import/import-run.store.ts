import type { EntityManager } from '@mikro-orm/mongodb';
import { type ImportCounts, type ImportKind, ImportRun, type ImportStatus, type SkippedRecord, UNFINISHED_STATUSES } from './import-run.entity';
import { currentOwner } from './run-owner';

const MAX_SAMPLES = 200;

export function emptyCounts(): ImportCounts {
  return { read: 0, created: 0, updated: 0, unchanged: 0, withdrawn: 0, skipped: 0, warnings: 0 };
}

/** A run just opened, and the unfinished run of the same file it imports again, if any. */
export interface OpenedRun {
  run: ImportRun;
  redone: ImportRun | null;
}

/**
 * Opens the record of an import, owned by this process; dry runs are recorded too, so that they
 * show in `importRuns`. When the latest run of the same file was INTERRUPTED or ABANDONED, the
 * new run names it: the file is read again from the start, and the records the earlier run wrote
 * count as unchanged.
 */
export async function openImportRun(em: EntityManager, kind: ImportKind, file: string, source: string | null, dryRun: boolean): Promise<OpenedRun> {
  const redone = dryRun ? null : await unfinishedRunOf(em, kind, file);
  const run = em.create(ImportRun, {
    kind,
    file,
    source,
    status: dryRun ? 'DRY_RUN' : 'RUNNING',
    startedAt: new Date(),
    finishedAt: null,
    durationMs: null,
    counts: emptyCounts(),
    skippedRecords: [],
    warningSamples: [],
    error: null,
    owner: currentOwner(),
    redoesRunId: redone?.id ?? null,
  });
  await em.flush();
  return { run, redone };
}

/** The latest run that wrote (or tried to write) this file, when it left it unfinished. */
async function unfinishedRunOf(em: EntityManager, kind: ImportKind, file: string): Promise<ImportRun | null> {
  const latest = await em.findOne(ImportRun, { kind, file, status: { $ne: 'DRY_RUN' } }, { orderBy: { startedAt: 'desc' } });
  return latest && UNFINISHED_STATUSES.includes(latest.status) ? latest : null;
}

export interface ImportRunOutcome {
  status: ImportStatus;
  counts: ImportCounts;
  skippedRecords?: SkippedRecord[];
  warningSamples?: ImportRun['warningSamples'];
  error?: string | null;
}

export async function closeImportRun(em: EntityManager, run: ImportRun, outcome: ImportRunOutcome): Promise<ImportRun> {
  const finishedAt = new Date();
  em.assign(run, {
    status: run.status === 'DRY_RUN' ? 'DRY_RUN' : outcome.status,
    counts: outcome.counts,
    skippedRecords: (outcome.skippedRecords ?? []).slice(0, MAX_SAMPLES),
    warningSamples: (outcome.warningSamples ?? []).slice(0, MAX_SAMPLES),
    error: outcome.error ?? null,
    finishedAt,
    durationMs: finishedAt.getTime() - run.startedAt.getTime(),
  });
  await em.flush();
  return run;
}

export function recentImportRuns(em: EntityManager, limit: number): Promise<ImportRun[]> {
  return em.find(ImportRun, {}, { orderBy: { startedAt: 'desc' }, limit });
}
