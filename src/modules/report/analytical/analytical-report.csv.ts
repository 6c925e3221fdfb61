import { csvField } from '../render/escape';
import { MEASURES, themeText } from './analytical-report.columns';
import type { AnalyticalReportModel } from './analytical-report.model';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * The analytical report as CSV (RFC 4180, CRLF, UTF-8 with BOM): one table, one row per country ×
 * theme with the period and every measure. The lists behind the counts are in xlsx, html and md.
 */
export function renderAnalyticalCsv(model: AnalyticalReportModel): string {
  const header = ['Period from', 'Period to', 'Country', 'Country code', 'Theme', 'Theme ID', ...MEASURES.map((m) => m.header)];
  const rows = model.rows.map((r) => [model.period.from, model.period.to, r.country.name, r.country.code, themeText(r), r.theme?.id ?? null, ...MEASURES.map((m) => r[m.key])]);
  return BOM + [header, ...rows].map((row) => row.map((v) => csvField(v)).join(',') + CRLF).join('');
}
