import { badInput } from '../../../errors';
import type { OverlapReportModel, ReportFormat } from '../overlap-report.model';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderXlsx } from './xlsx';

export { renderCsv, renderHtml, renderMarkdown, renderXlsx };

export interface RenderedReport {
  /** Text formats are strings (UTF-8 when sent); xlsx is binary. */
  body: Buffer | string;
  /** Value for the Content-Type header. */
  contentType: string;
  /** File extension without the dot, e.g. "xlsx". */
  extension: string;
}

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** One report's renderer per format; xlsx is built asynchronously. */
export interface ReportRenderers<M> {
  md(model: M): string;
  csv(model: M): string;
  html(model: M): string;
  xlsx(model: M): Promise<Buffer>;
}

/** A report in one format, with what an HTTP response or a file needs: the switch every report shares. */
export async function renderWith<M>(renderers: ReportRenderers<M>, model: M, format: ReportFormat): Promise<RenderedReport> {
  const contentType = REPORT_CONTENT_TYPES[format];
  switch (format) {
    case 'md':
      return { body: renderers.md(model), contentType, extension: 'md' };
    case 'csv':
      return { body: renderers.csv(model), contentType, extension: 'csv' };
    case 'html':
      return { body: renderers.html(model), contentType, extension: 'html' };
    case 'xlsx':
      return { body: await renderers.xlsx(model), contentType, extension: 'xlsx' };
    default:
      throw badInput('format', `unknown report format ${JSON.stringify(format satisfies never)}; expected md, csv, html or xlsx.`);
  }
}

const OVERLAP_REPORT: ReportRenderers<OverlapReportModel> = { md: renderMarkdown, csv: renderCsv, html: renderHtml, xlsx: renderXlsx };

/** The overlap report in one format, with what an HTTP response or a file needs. */
export function renderReport(model: OverlapReportModel, format: ReportFormat): Promise<RenderedReport> {
  return renderWith(OVERLAP_REPORT, model, format);
}
