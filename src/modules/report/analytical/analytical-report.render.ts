import { type RenderedReport, type ReportRenderers, renderWith } from '../render';
import type { ReportFormat } from '../overlap-report.model';
import { renderAnalyticalCsv } from './analytical-report.csv';
import { renderAnalyticalHtml } from './analytical-report.html';
import { renderAnalyticalMarkdown } from './analytical-report.markdown';
import type { AnalyticalReportModel } from './analytical-report.model';
import { renderAnalyticalXlsx } from './analytical-report.xlsx';

const ANALYTICAL_REPORT: ReportRenderers<AnalyticalReportModel> = {
  md: renderAnalyticalMarkdown,
  csv: renderAnalyticalCsv,
  html: renderAnalyticalHtml,
  xlsx: renderAnalyticalXlsx,
};

/** The analytical report in one of the report formats, with what an HTTP response or a file needs. */
export function renderAnalyticalReport(model: AnalyticalReportModel, format: ReportFormat): Promise<RenderedReport> {
  return renderWith(ANALYTICAL_REPORT, model, format);
}

/** "analytical-report-2023-01-01-2023-12-31-KE.html" */
export function analyticalReportFilename(model: AnalyticalReportModel, extension: string): string {
  return `analytical-report-${model.period.from}-${model.period.to}${model.countries.length ? `-${model.countries.map((c) => c.code).join('-')}` : ''}.${extension}`;
}
