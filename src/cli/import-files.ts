import type { Database } from '../db/database';
import type { ImportRun } from '../modules/import/import-run.entity';
import { EXIT } from './exit-codes';
import { type FileResult, printImportResults } from './import-results';
import { expandInputs, type ImportInput } from './inputs';
import { withDatabase } from './session';

export interface ImportFilesArgs {
  inputs: string[];
  dryRun: boolean;
  json: boolean;
}

/**
 * The loop every `concord ingest …` shares: expand the inputs, import each file on its own
 * (a refused file changes nothing and does not stop the others), print the summary, and exit 1
 * when any file was refused. `refusal` turns an expected input error into a result; anything
 * else propagates.
 */
export async function importFiles(
  args: ImportFilesArgs,
  extension: string,
  importOne: (database: Database, input: ImportInput) => Promise<ImportRun>,
  refusal: (err: unknown) => FileResult['error'] | undefined,
  afterEach?: () => void,
): Promise<number> {
  const inputs = await expandInputs(args.inputs, extension);
  const results = await withDatabase(async ({ database }) => {
    const out: FileResult[] = [];
    for (const input of inputs) {
      try {
        out.push({ file: input.displayName, ok: true, run: await importOne(database, input) });
      } catch (err) {
        const error = refusal(err);
        if (!error) throw err;
        out.push({ file: input.displayName, ok: false, error });
      } finally {
        afterEach?.();
        input.cleanup?.();
      }
    }
    return out;
  });
  printImportResults(results, args);
  return results.every((r) => r.ok) ? EXIT.OK : EXIT.INPUT_REFUSED;
}
