import type { ImportRun } from '../modules/import/import-run.entity';

/** What the summary shows of an import run: a plain copy, so that a long import does not keep every run's database session alive. */
export type RunSummary = Pick<ImportRun, 'id' | 'status' | 'redoesRunId' | 'counts' | 'durationMs' | 'skippedRecords'>;

export function runSummary(run: ImportRun): RunSummary {
  return {
    id: run.id,
    status: run.status,
    redoesRunId: run.redoesRunId,
    counts: { ...run.counts },
    durationMs: run.durationMs,
    skippedRecords: [...run.skippedRecords],
  };
}
import { table } from './progress';

/** The outcome of one input file: its import run, or why it was refused. */
export interface FileResult {
  file: string;
  ok: boolean;
  run?: RunSummary;
  error?: { code: string; message: string; line?: number | null; column?: number | null; problems?: unknown[] };
}

/** Writes the summary table (or JSON) to stdout and the refusals to stderr. */
export function printImportResults(results: FileResult[], opts: { json: boolean; dryRun: boolean }): void {
  if (opts.json) {
    const payload = results.map((r) => ({
      file: r.file,
      ok: r.ok,
      dryRun: opts.dryRun,
      importRunId: r.run?.id ?? null,
      status: r.run?.status ?? null,
      redoesRunId: r.run?.redoesRunId ?? null,
      counts: r.run?.counts ?? null,
      durationMs: r.run?.durationMs ?? null,
      skipped: r.run?.skippedRecords ?? [],
      error: r.error ?? null,
    }));
    process.stdout.write(`${JSON.stringify(payload, null, 2)}\n`);
    return;
  }
  const rows = results.map((r) => {
    const c = r.run?.counts;
    return c
      ? [r.file, c.read, c.created, c.updated, c.unchanged, c.withdrawn, c.skipped, c.warnings, `${r.run?.durationMs ?? 0} ms`]
      : [r.file, '-', '-', '-', '-', '-', '-', '-', 'REFUSED'];
  });
  process.stdout.write(`${table(['file', 'read', 'new', 'updated', 'unchanged', 'withdrawn', 'skipped', 'warnings', 'time'], rows)}\n`);
  for (const r of results) if (r.error) process.stderr.write(`error: ${r.error.message}\n`);
  if (opts.dryRun) process.stdout.write('dry run: nothing was written\n');
}

/** The result of a CSV/JSON file refused for invalid records (every problem listed). */
export function invalidFileRefusal(err: { message: string; problems: unknown[] }): NonNullable<FileResult['error']> {
  return { code: 'INVALID_FILE', message: err.message, problems: err.problems };
}
