import type { EntityManager } from '@mikro-orm/mongodb';
import { type ImportCounts, type ImportKind, ImportRun, type ImportStatus, type SkippedRecord } from './import-run.entity';

const MAX_SAMPLES = 200;

export function emptyCounts(): ImportCounts {
  return { read: 0, created: 0, updated: 0, unchanged: 0, withdrawn: 0, skipped: 0, warnings: 0 };
}

/** Opens the record of an import; dry runs are recorded too, so that they show in `importRuns`. */
export async function openImportRun(em: EntityManager, kind: ImportKind, file: string, source: string | null, dryRun: boolean): Promise<ImportRun> {
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
  });
  await em.flush();
  return run;
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
