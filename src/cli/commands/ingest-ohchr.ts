import { InvalidInputFileError, importOhchrCsv } from '../../ingest/ohchr-import';
import { themeIdsOf } from '../../modules/theme/theme-ids';
import { EXIT } from '../exit-codes';
import { type FileResult, printImportResults } from '../import-results';
import { expandInputs } from '../inputs';
import { withDatabase } from '../session';

/** `concord ingest ohchr <file.csv>…`: OHCHR's own activities from the CSV template. */
export async function ingestOhchr(args: { inputs: string[]; dryRun: boolean; json: boolean }): Promise<number> {
  const inputs = await expandInputs(args.inputs, '.csv');
  const results = await withDatabase(async ({ database }) => {
    const out: FileResult[] = [];
    for (const input of inputs) {
      try {
        const run = await importOhchrCsv(database.orm, database.db, input.path, { displayName: input.displayName, dryRun: args.dryRun, themeIdsOf });
        out.push({ file: input.displayName, ok: true, run });
      } catch (err) {
        if (!(err instanceof InvalidInputFileError)) throw err;
        out.push({ file: input.displayName, ok: false, error: { code: 'INVALID_FILE', message: err.message, problems: err.problems } });
      } finally {
        input.cleanup?.();
      }
    }
    return out;
  });
  printImportResults(results, args);
  return results.every((r) => r.ok) ? EXIT.OK : EXIT.INPUT_REFUSED;
}
