import { writeFileSync } from 'node:fs';
import type { ReportFormat } from '../../modules/report/overlap-report.model';
import { Expert } from '../../modules/register/register.entity';
import { renderRosterReport, rosterReportOf } from '../../modules/register/roster-report';
import { EXIT, UsageError } from '../exit-codes';
import { withDatabase } from '../session';

const FORMATS: readonly ReportFormat[] = ['md', 'csv', 'html', 'xlsx'];
const USAGE = 'usage: concord report roster --year YYYY [--names] [--format md|csv|html|xlsx] [--out FILE]';

export interface RosterReportArgs {
  year?: string;
  names: boolean;
  format?: string;
  out?: string;
}

/**
 * `concord report roster --year 2025`: the roster's yearly report (experts added and removed,
 * the roster counted by theme, region and nationality group). Like an anonymous reader, it gives
 * the numbers of experts added and removed; `--names` lists them by name (whoever runs the CLI
 * can read the database anyway: the flag makes the choice explicit).
 */
export async function reportRoster(args: RosterReportArgs): Promise<number> {
  if (!args.year || !/^\d{4}$/.test(args.year) || Number(args.year) < 1999) throw new UsageError(`--year must be a year from 1999; ${USAGE}`);
  const format = (args.format ?? 'md') as ReportFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (format === 'xlsx' && !args.out) throw new UsageError('--format xlsx needs --out FILE');
  const year = Number(args.year);
  const { model, output } = await withDatabase(async ({ database }) => {
    const experts = await database.orm.em.fork().find(Expert, {});
    const built = rosterReportOf(experts, year, args.names);
    return { model: built, output: await renderRosterReport(built, format) };
  });
  if (!args.out) {
    process.stdout.write(output.body);
    return EXIT.OK;
  }
  try {
    writeFileSync(args.out, output.body);
  } catch (err) {
    throw new UsageError(`--out ${args.out}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  process.stderr.write(`${args.out}: ${model.added} added, ${model.removed} removed, ${model.onRoster} on the roster on 31 December ${year}\n`);
  return EXIT.OK;
}
