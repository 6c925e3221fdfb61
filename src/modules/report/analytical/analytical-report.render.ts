import { REPORT_CONTENT_TYPES, type RenderedReport } from '../render';
import type { ReportFormat } from '../overlap-report.model';
import { renderAnalyticalCsv } from './analytical-report.csv';
import { renderAnalyticalHtml } from './analytical-report.html';
import { renderAnalyticalMarkdown } from './analytical-report.markdown';
import type { AnalyticalReportModel } from './analytical-report.model';
import { renderAnalyticalXlsx } from './analytical-report.xlsx';

/** The analytical report in one of the report formats, with what an HTTP response or a file needs. */
export async function renderAnalyticalReport(model: AnalyticalReportModel, format: ReportFormat): Promise<RenderedReport> {
  const contentType = REPORT_CONTENT_TYPES[format];
  switch (format) {
    case 'md':
      return { body: renderAnalyticalMarkdown(model), contentType, extension: 'md' };
    case 'csv':
      return { body: renderAnalyticalCsv(model), contentType, extension: 'csv' };
    case 'html':
      return { body: renderAnalyticalHtml(model), contentType, extension: 'html' };
    case 'xlsx':
      return { body: await renderAnalyticalXlsx(model), contentType, extension: 'xlsx' };
  }
}

/** "analytical-report-2023-01-01-2023-12-31-KE.html" */
export function analyticalReportFilename(model: AnalyticalReportModel, extension: string): string {
  return `analytical-report-${model.period.from}-${model.period.to}${model.countries.length ? `-${model.countries.map((c) => c.code).join('-')}` : ''}.${extension}`;
}
