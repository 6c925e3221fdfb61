import { InvalidInputFileError, importRegisterCsv } from '../../ingest/registers/register-import';
import type { RegisterName } from '../../modules/register/register.changes';
import { currentTaxonomy } from '../../modules/theme/taxonomy';
import { type ImportFilesArgs, importFiles } from '../import-files';
import { invalidFileRefusal } from '../import-results';

/** `concord ingest experts <file.csv>…` and `concord ingest institutions <file.csv>…`: the registers' CSV templates. */
export function ingestRegister(register: RegisterName, args: ImportFilesArgs): Promise<number> {
  const isTheme = (id: string) => currentTaxonomy().themeById.has(id);
  return importFiles(
    args,
    '.csv',
    (database, input, control) => importRegisterCsv(database.orm, database.db, register, input.path, { displayName: input.displayName, dryRun: args.dryRun, isTheme, ...control }),
    (err) => (err instanceof InvalidInputFileError ? invalidFileRefusal(err) : undefined),
  );
}
