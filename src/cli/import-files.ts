import { loadConfig } from '../config';
import type { Database } from '../db/database';
import type { ImportControl } from '../ingest/import-control';
import type { ImportRun } from '../modules/import/import-run.entity';
import { EXIT, exitCodeForSignal } from './exit-codes';
import { type FileResult, printImportResults, runSummary } from './import-results';
import { expandInputs, type ImportInput } from './inputs';
import { watchInterruption } from './interruption';
import { progressReporter } from './progress';
import { withDatabase } from './session';

export interface ImportFilesArgs {
  inputs: string[];
  dryRun: boolean;
  json: boolean;
}

/** Where a stop request ended the import: while downloading, inside a file (its run), or before a file. */
type Stop = { downloading: true } | { run: ImportRun; file: string } | { before: string } | null;

/**
 * The loop every `concord ingest …` shares: expand the inputs, import each file on its own
 * (a refused file changes nothing and does not stop the others), print the summary, and exit 1
 * when any file was refused. `refusal` turns an expected input error into a result; anything
 * else propagates. SIGINT/SIGTERM stop the import at a record boundary: one line says what was
 * done, and the exit code is 130 (143 for SIGTERM).
 */
export async function importFiles(
  args: ImportFilesArgs,
  extension: string,
  importOne: (database: Database, input: ImportInput, control: ImportControl) => Promise<ImportRun>,
  refusal: (err: unknown) => FileResult['error'] | undefined,
): Promise<number> {
  const progress = progressReporter({ intervalMs: loadConfig().progressIntervalMs });
  const interruption = watchInterruption();
  let inputs: ImportInput[] = [];
  try {
    try {
      inputs = await expandInputs(args.inputs, extension, interruption.signal);
    } catch (err) {
      if (!interruption.signal.aborted) throw err;
      return interrupted({ downloading: true }, 0, args.inputs.length, interruption.signal);
    }
    const results: FileResult[] = [];
    const stop = await withDatabase(async ({ database }): Promise<Stop> => {
      for (const [index, input] of inputs.entries()) {
        if (interruption.signal.aborted) return { before: input.displayName };
        progress.fileStarted(input.displayName, index, inputs.length);
        try {
          const run = await importOne(database, input, {
            signal: interruption.signal,
            onProgress: (e) => progress.update(e.counts),
            onStart: ({ redone }) => redone && progress.note(redoNote(input.displayName, redone)),
          });
          // A stopped file gets the one interruption line instead of its closing line.
          if (run.status === 'INTERRUPTED' || (run.status === 'DRY_RUN' && interruption.signal.aborted)) return { run, file: input.displayName };
          progress.fileFinished({ counts: run.counts, status: run.status });
          results.push({ file: input.displayName, ok: true, run: runSummary(run) });
        } catch (err) {
          const error = refusal(err);
          if (!error) throw err;
          progress.fileFinished({ refused: true });
          results.push({ file: input.displayName, ok: false, error });
        }
      }
      return null;
    });
    if (stop) return interrupted(stop, results.length, inputs.length, interruption.signal);
    printImportResults(results, args);
    return results.every((r) => r.ok) ? EXIT.OK : EXIT.INPUT_REFUSED;
  } finally {
    progress.done();
    interruption.release();
    for (const input of inputs) input.cleanup?.();
  }
}

/** What a run that imports a half-imported file again does, said before it starts. */
function redoNote(file: string, redone: ImportRun): string {
  const what = redone.status === 'INTERRUPTED' ? `INTERRUPTED after ${redone.counts.read} records` : 'ABANDONED (its process ended)';
  return `${file}: redoing import run ${redone.id}, ${what}: the file is read again from the start, records already written count as unchanged`;
}

/** Prints the one line that says where a stop request ended the import; returns the exit code. */
function interrupted(stop: NonNullable<Stop>, done: number, total: number, signal: AbortSignal): number {
  process.stderr.write(`${interruptedLine(stop, done, total, String(signal.reason))}\n`);
  return exitCodeForSignal(String(signal.reason));
}

function interruptedLine(stop: NonNullable<Stop>, done: number, total: number, signal: string): string {
  if ('downloading' in stop) return `concord: interrupted by ${signal} while downloading the inputs; nothing was imported`;
  const finished = `${done} of ${total} files imported before it`;
  if ('before' in stop) return `concord: interrupted by ${signal} before ${stop.before}; ${finished}; run the same command again to import the rest`;
  const { run, file } = stop;
  const status = run.status === 'DRY_RUN' ? 'dry run, nothing written' : `run ${run.id} marked INTERRUPTED`;
  return `concord: interrupted by ${signal}: ${file} stopped at a record boundary after ${run.counts.read} records (${status}, nothing withdrawn); ${finished}; run the same command again to finish`;
}
