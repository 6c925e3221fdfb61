import { IatiFileError, importIatiFile } from '../../ingest/iati-import';
import { themeIdsOf } from '../../modules/theme/theme-ids';
import { EXIT } from '../exit-codes';
import { type FileResult, printImportResults } from '../import-results';
import { expandInputs } from '../inputs';
import { progressReporter } from '../progress';
import { withDatabase } from '../session';

export interface IngestIatiArgs {
  inputs: string[];
  source?: string;
  dryRun: boolean;
  json: boolean;
}

/** `concord ingest iati …`: mirrors each file; a refused file changes nothing and sets exit code 1. */
export async function ingestIati(args: IngestIatiArgs): Promise<number> {
  const inputs = await expandInputs(args.inputs, '.xml');
  const progress = progressReporter();
  const results = await withDatabase(async ({ database }) => {
    const out: FileResult[] = [];
    for (const input of inputs) {
      try {
        const run = await importIatiFile(database.orm, database.db, input.path, {
          displayName: input.displayName,
          source: args.source,
          dryRun: args.dryRun,
          themeIdsOf,
          onProgress: args.json ? undefined : (e) => progress.update(e.file, e.counts),
        });
        out.push({ file: input.displayName, ok: true, run });
      } catch (err) {
        if (!(err instanceof IatiFileError)) throw err;
        out.push({ file: input.displayName, ok: false, error: { code: err.code, message: err.message, line: err.line, column: err.column } });
      } finally {
        progress.done();
        input.cleanup?.();
      }
    }
    return out;
  });
  printImportResults(results, args);
  return results.every((r) => r.ok) ? EXIT.OK : EXIT.INPUT_REFUSED;
}
