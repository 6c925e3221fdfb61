import { writeFileSync } from 'node:fs';
import { CoordinationCache } from '../../modules/coordination/coordination.cache';
import { buildOverlapReport } from '../../modules/report/overlap-report.builder';
import type { ReportFormat } from '../../modules/report/overlap-report.model';
import { parseOverlapReportQuery } from '../../modules/report/overlap-report.query';
import { renderReport } from '../../modules/report/render';
import { buildAnalyticalReport } from '../../modules/report/analytical/analytical-report.builder';
import { parseAnalyticalReportQuery } from '../../modules/report/analytical/analytical-report.query';
import { renderAnalyticalReport } from '../../modules/report/analytical/analytical-report.render';
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
  if (args.sub !== 'overlaps' && args.sub !== 'analytical') {
    throw new UsageError('usage: concord report overlaps|analytical [--country KE]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format md|csv|html|xlsx] [--out FILE]');
  }
  const format = (args.format ?? 'md') as ReportFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (format === 'xlsx' && !args.out) throw new UsageError('--format xlsx needs --out FILE');
  if (args.sub === 'analytical') return analyticalReport(args, format);
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

/**
 * `concord report analytical`: progress, concrete achievements and obstacles for a period (default:
 * last calendar year), per country and theme, as an anonymous reader may see the activities.
 */
async function analyticalReport(args: ReportArgs, format: ReportFormat): Promise<number> {
  if (args.top !== undefined) throw new UsageError('--top is for `concord report overlaps`');
  const parsed = parseAnalyticalReportQuery({ countries: args.countries, from: args.from ?? null, to: args.to ?? null });
  if (!parsed.ok) throw new UsageError(parsed.problems.join('; '));
  const rendered = await withDatabase(async ({ database }) => {
    const model = await buildAnalyticalReport(database.orm.em.fork(), new CoordinationCache(database.db), ANONYMOUS, parsed.query);
    return { model, output: await renderAnalyticalReport(model, format) };
  });
  if (!args.out) {
    process.stdout.write(rendered.output.body);
    return EXIT.OK;
  }
  writeReport(args.out, rendered.output.body);
  const s = rendered.model.summary;
  process.stderr.write(
    `${args.out}: ${rendered.model.period.from} – ${rendered.model.period.to}: ${s.activitiesCompleted} activities completed, ${s.recommendationsMovedForward} recommendations moved forward, ${s.decisionsDone} decisions done; ` +
      `${s.openGaps} open gaps, ${s.overdueDecisions} overdue decisions, ${s.operationsWithoutExitStrategy} field operations without exit strategy\n`,
  );
  return EXIT.OK;
}

function writeReport(out: string, body: Buffer | string): void {
  try {
    writeFileSync(out, body);
  } catch (err) {
    throw new UsageError(`--out ${out}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}
