import { importFieldOperationsCsv, InvalidInputFileError } from '../../modules/field-operation/field-operation.import';
import { type ImportFilesArgs, importFiles } from '../import-files';
import { invalidFileRefusal } from '../import-results';

/** `concord ingest field-operations <file.csv>…`: OHCHR's field operations from the CSV template. */
export function ingestFieldOperations(args: ImportFilesArgs): Promise<number> {
  return importFiles(
    args,
    '.csv',
    (database, input, control) =>
      importFieldOperationsCsv(database.orm, database.db, input.path, { displayName: input.displayName, dryRun: args.dryRun, onStart: control.onStart, onProgress: control.onProgress }),
    (err) => (err instanceof InvalidInputFileError ? invalidFileRefusal(err) : undefined),
  );
}
