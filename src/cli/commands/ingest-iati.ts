import { IatiFileError, importIatiFile } from '../../ingest/iati-import';
import { themeIdsOf } from '../../modules/theme/theme-ids';
import { importFiles } from '../import-files';

export interface IngestIatiArgs {
  inputs: string[];
  source?: string;
  dryRun: boolean;
  json: boolean;
}

/** `concord ingest iati …`: mirrors each file; a refused file changes nothing and sets exit code 1. */
export function ingestIati(args: IngestIatiArgs): Promise<number> {
  return importFiles(
    args,
    '.xml',
    (database, input, control) =>
      importIatiFile(database.orm, database.db, input.path, { displayName: input.displayName, source: args.source, dryRun: args.dryRun, themeIdsOf, ...control }),
    (err) => (err instanceof IatiFileError ? { code: err.code, message: err.message, line: err.line, column: err.column } : undefined),
  );
}
