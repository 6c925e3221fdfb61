import { REPORT_CONTENT_TYPES, type RenderedReport } from '../../report/render';
import type { ReportFormat } from '../../report/overlap-report.model';
import type { RosterReportModel } from './roster-report.model';
import { rosterHtml } from './roster-report.html';
import { rosterCsv, rosterMarkdown } from './roster-report.text';
import { rosterXlsx } from './roster-report.xlsx';

export { buildRosterReport, type RosterReportModel } from './roster-report.model';

/** The yearly roster report in one of the report formats. */
export async function renderRosterReport(model: RosterReportModel, format: ReportFormat): Promise<RenderedReport> {
  const contentType = REPORT_CONTENT_TYPES[format];
  switch (format) {
    case 'md':
      return { body: rosterMarkdown(model), contentType, extension: 'md' };
    case 'csv':
      return { body: rosterCsv(model), contentType, extension: 'csv' };
    case 'html':
      return { body: rosterHtml(model), contentType, extension: 'html' };
    case 'xlsx':
      return { body: await rosterXlsx(model), contentType, extension: 'xlsx' };
  }
}
