import { writeFileSync } from 'node:fs';
import { CoordinationCache } from '../../modules/coordination/coordination.cache';
import { buildOverlapReport } from '../../modules/report/overlap-report.builder';
import type { ReportFormat } from '../../modules/report/overlap-report.model';
import { parseOverlapReportQuery } from '../../modules/report/overlap-report.query';
import { renderReport } from '../../modules/report/render';
import { ANONYMOUS } from '../../viewer';
import { EXIT, UsageError } from '../exit-codes';
import { withDatabase } from '../session';

const FORMATS: readonly ReportFormat[] = ['md', 'csv', 'html', 'xlsx'];

export interface ReportArgs {
  sub: string | undefined;
  countries: string[];
  from?: string;
  to?: string;
  top?: string;
  format?: string;
  out?: string;
}

/**
 * `concord report overlaps`: the overlap report for a coordination meeting, written to --out
 * (or stdout for text formats). The CLI reads the mirror directly and, like an anonymous
 * reader, leaves restricted activities out.
 */
export async function report(args: ReportArgs): Promise<number> {
  if (args.sub !== 'overlaps') throw new UsageError('usage: concord report overlaps [--country KE]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format md|csv|html|xlsx] [--out FILE]');
  const format = (args.format ?? 'md') as ReportFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (format === 'xlsx' && !args.out) throw new UsageError('--format xlsx needs --out FILE');
  const parsed = parseOverlapReportQuery({ countries: args.countries, from: args.from ?? null, to: args.to ?? null, top: args.top ?? 50 });
  if (!parsed.ok) throw new UsageError(parsed.problems.join('; '));

  const rendered = await withDatabase(async ({ database }) => {
    const model = await buildOverlapReport(database.orm.em.fork(), new CoordinationCache(database.db), ANONYMOUS, parsed.query);
    return { model, output: await renderReport(model, format) };
  });
  if (args.out) {
    try {
      writeFileSync(args.out, rendered.output.body);
    } catch (err) {
      throw new UsageError(`--out ${args.out}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    const s = rendered.model.summary;
    process.stderr.write(`${args.out}: ${s.overlaps} overlaps (${s.possibleDuplications} possible duplications), ${s.gaps} gaps, ${rendered.model.decisions.length} decisions\n`);
  } else {
    process.stdout.write(rendered.output.body);
  }
  return EXIT.OK;
}
