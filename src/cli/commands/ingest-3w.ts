import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { import3wFile, InvalidInputFileError } from '../../ingest/threew/threew-import';
import type { ThreewReading } from '../../ingest/threew/read-3w-file';
import { UsageError } from '../exit-codes';
import { type ImportFilesArgs, importFiles } from '../import-files';
import { invalidFileRefusal } from '../import-results';

export interface Ingest3wArgs extends ImportFilesArgs {
  country?: string[];
  from?: string;
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `concord ingest 3w FILE… [--country CC] [--from DATE --to DATE]`: OCHA 3W files (CSV or XLSX)
 * as presence records. The country and period come from the file or its HDX metadata; the flags
 * are used when neither says, and must agree with them otherwise.
 */
export async function ingest3w(args: Ingest3wArgs): Promise<number> {
  if ((args.country?.length ?? 0) > 1) throw new UsageError('--country: one country per 3W import');
  if ((args.from === undefined) !== (args.to === undefined)) throw new UsageError('--from and --to go together');
  for (const [flag, value] of [['--from', args.from], ['--to', args.to]] as const) {
    if (value !== undefined && !DAY.test(value)) throw new UsageError(`${flag} ${value}: use YYYY-MM-DD`);
  }
  if (args.from && args.to && args.from > args.to) throw new UsageError('--from is after --to');
  const period = args.from && args.to ? { start: args.from, end: args.to } : undefined;
  const readings: ThreewReading[] = [];
  const code = await importFiles(
    { ...args, inputs: args.inputs.flatMap(folderFiles) },
    '.csv',
    async (database, input, control) => {
      const { run, reading } = await import3wFile(database.orm, database.db, input.path, {
        displayName: input.displayName,
        dryRun: args.dryRun,
        country: args.country?.[0],
        period,
        ...control,
      });
      readings.push(reading);
      return run;
    },
    (err) => (err instanceof InvalidInputFileError ? invalidFileRefusal(err) : undefined),
  );
  if (!args.json) for (const reading of readings) process.stderr.write(describeReading(reading));
  return code;
}

/** What a 3W file was read as, then one line per column not understood, row refused and a list of the unmatched organisations. */
export function describeReading(r: ThreewReading): string {
  const lines = [
    `${r.file}: 3W of ${r.country} ${r.period.start} to ${r.period.end} (country from ${r.countryFrom.toLowerCase().replace('_', ' ')}, period from ${r.periodFrom.toLowerCase().replace('_', ' ')}${r.hdxMetadata ? ` ${r.hdxMetadata}` : ''}); ` +
      `columns found by ${r.via === 'HXL' ? 'the HXL hashtag row' : 'their headers (no HXL row)'}${r.sheet ? ` in sheet "${r.sheet}"` : ''}; ${r.presences.length} presences from ${r.rowsRead} rows, ${r.refusedRows.length} rows refused`,
    ...r.notUnderstood.map((u) => `${r.file}: column ${u.column} "${u.header}" not understood, not used`),
    ...r.refusedRows.map((row) => `${r.file} line ${row.line}: row refused: ${row.reason}`),
  ];
  const unmatched = r.unmatchedOrganisations;
  if (unmatched.length > 0) {
    const named = unmatched.slice(0, 12).map((u) => u.acronym ?? u.name).join(', ');
    lines.push(`${r.file}: ${unmatched.length} organisations have no known IATI identifier (kept as ${r.country}-3W-…; all listed on the import run): ${named}${unmatched.length > 12 ? ', …' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A folder stands for its 3W files, CSV and XLSX, in name order; anything else is left as given. */
function folderFiles(input: string): string[] {
  if (/^https?:\/\//i.test(input) || !existsSync(input) || !statSync(input).isDirectory()) return [input];
  const files = readdirSync(input).filter((f) => /\.(csv|xlsx)$/i.test(f)).sort();
  return files.length > 0 ? files.map((f) => path.join(input, f)) : [input];
}
