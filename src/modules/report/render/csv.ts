import type { OverlapReportModel } from '../overlap-report.model';
import { csvField } from './escape';
import { OVERLAP_COLUMNS } from './overlap-columns';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * The overlap report as CSV (RFC 4180, CRLF, UTF-8 with BOM so that spreadsheets read accents).
 * A CSV holds one table, so it holds the overlaps, one row per overlap, highest score first:
 * the table a coordination meeting works through. The summary, the country × theme heatmap,
 * the gaps and the decisions are in the xlsx format (one sheet each), or in html / md.
 */
export function renderCsv(model: OverlapReportModel): string {
  const header = OVERLAP_COLUMNS.map((column) => csvField(column.header)).join(',');
  const rows = model.topOverlaps.map((overlap, i) =>
    OVERLAP_COLUMNS.map((column) => {
      const value = column.value(overlap, i + 1);
      return csvField(column.type === 'score' && typeof value === 'number' ? value.toFixed(2) : value);
    }).join(','),
  );
  return BOM + [header, ...rows].map((line) => line + CRLF).join('');
}
