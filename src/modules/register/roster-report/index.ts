import { type RenderedReport, type ReportRenderers, renderWith } from '../../report/render';
import type { ReportFormat } from '../../report/overlap-report.model';
import { countryProfiles } from '../country-profile';
import type { Expert } from '../register.entity';
import { countryName, themeLabel } from '../register.labels';
import { buildRosterReport, type RosterReportModel } from './roster-report.model';
import { rosterHtml } from './roster-report.html';
import { rosterCsv, rosterMarkdown } from './roster-report.text';
import { rosterXlsx } from './roster-report.xlsx';

export { buildRosterReport, type RosterReportModel } from './roster-report.model';

/** The roster's yearly report from the experts as stored, with the country profiles and labels every caller uses. */
export function rosterReportOf(experts: readonly Expert[], year: number, withNames: boolean): RosterReportModel {
  return buildRosterReport(experts, year, { profiles: countryProfiles(), labels: { themeLabel, countryName }, withNames, now: new Date() });
}

const ROSTER_REPORT: ReportRenderers<RosterReportModel> = { md: rosterMarkdown, csv: rosterCsv, html: rosterHtml, xlsx: rosterXlsx };

/** The yearly roster report in one of the report formats. */
export function renderRosterReport(model: RosterReportModel, format: ReportFormat): Promise<RenderedReport> {
  return renderWith(ROSTER_REPORT, model, format);
}
