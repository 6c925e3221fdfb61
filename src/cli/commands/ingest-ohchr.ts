import { InvalidInputFileError, importOhchrCsv } from '../../ingest/ohchr-import';
import { themeIdsOf } from '../../modules/theme/theme-ids';
import { type ImportFilesArgs, importFiles } from '../import-files';
import { invalidFileRefusal } from '../import-results';

/** `concord ingest ohchr <file.csv>…`: OHCHR's own activities from the CSV template. */
export function ingestOhchr(args: ImportFilesArgs): Promise<number> {
  return importFiles(
    args,
    '.csv',
    (database, input, control) => importOhchrCsv(database.orm, database.db, input.path, { displayName: input.displayName, dryRun: args.dryRun, themeIdsOf, ...control }),
    (err) => (err instanceof InvalidInputFileError ? invalidFileRefusal(err) : undefined),
  );
}
