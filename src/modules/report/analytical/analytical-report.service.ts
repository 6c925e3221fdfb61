import type { EntityManager } from '@mikro-orm/mongodb';
import { badInput } from '../../../errors';
import type { Viewer } from '../../../viewer';
import type { CoordinationCache } from '../../coordination/coordination.cache';
import type { ReportFormat } from '../overlap-report.model';
import { buildAnalyticalReport } from './analytical-report.builder';
import { parseAnalyticalReportQuery } from './analytical-report.query';
import { analyticalReportFilename, renderAnalyticalReport } from './analytical-report.render';

export interface ReportFileView {
  filename: string;
  contentType: string;
  encoding: 'UTF8' | 'BASE64';
  content: string;
}

/** The analytical report for one request, as its viewer may see the activities. */
export class AnalyticalReportService {
  constructor(
    private readonly em: EntityManager,
    private readonly cache: CoordinationCache,
    private readonly viewer: Viewer,
  ) {}

  async file(args: { from?: string | null; to?: string | null; countries?: readonly string[] | null; format: ReportFormat }): Promise<ReportFileView> {
    const parsed = parseAnalyticalReportQuery({ countries: args.countries ?? [], from: args.from ?? null, to: args.to ?? null });
    if (!parsed.ok) throw badInput('analyticalReport', parsed.problems.join('; '));
    const model = await buildAnalyticalReport(this.em, this.cache, this.viewer, parsed.query);
    const rendered = await renderAnalyticalReport(model, args.format);
    const filename = analyticalReportFilename(model, rendered.extension);
    return typeof rendered.body === 'string'
      ? { filename, contentType: rendered.contentType, encoding: 'UTF8', content: rendered.body }
      : { filename, contentType: rendered.contentType, encoding: 'BASE64', content: rendered.body.toString('base64') };
  }
}
