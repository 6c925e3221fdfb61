import { InvalidInputFileError, importRecommendations } from '../../ingest/recommendations-import';
import { themeIdsOfRecommendation } from '../../modules/theme/theme-ids';
import { EXIT } from '../exit-codes';
import { type FileResult, printImportResults } from '../import-results';
import { expandInputs } from '../inputs';
import { withDatabase } from '../session';

/** `concord ingest recommendations <file.json>…`: UHRI-shaped recommendations. */
export async function ingestRecommendations(args: { inputs: string[]; dryRun: boolean; json: boolean }): Promise<number> {
  const inputs = await expandInputs(args.inputs, '.json');
  const results = await withDatabase(async ({ database }) => {
    const out: FileResult[] = [];
    for (const input of inputs) {
      try {
        const run = await importRecommendations(database.orm, database.db, input.path, { displayName: input.displayName, dryRun: args.dryRun, themeIdsOfRecommendation });
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
