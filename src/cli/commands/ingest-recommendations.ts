import { InvalidInputFileError, importRecommendations } from '../../ingest/recommendations-import';
import { themeIdsOfRecommendation } from '../../modules/theme/theme-ids';
import { type ImportFilesArgs, importFiles } from '../import-files';
import { invalidFileRefusal } from '../import-results';

/** `concord ingest recommendations <file.json>…`: UHRI-shaped recommendations. */
export function ingestRecommendations(args: ImportFilesArgs): Promise<number> {
  return importFiles(
    args,
    '.json',
    (database, input, control) =>
      importRecommendations(database.orm, database.db, input.path, { displayName: input.displayName, dryRun: args.dryRun, themeIdsOfRecommendation, ...control }),
    (err) => (err instanceof InvalidInputFileError ? invalidFileRefusal(err) : undefined),
  );
}
