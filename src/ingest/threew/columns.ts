import { formatSpec, isHashtagRow, parseHashtagSpec } from './hxl';
import { type ColumnRole, type HeaderMap, normaliseName } from './threew-vocabulary';

/** How far from the top a header or hashtag row is looked for. */
export const HEADER_SEARCH_ROWS = 25;

/** A column Concord did not understand, named by its header (or tag) and letter. */
export interface UnknownColumn {
  column: string;
  header: string;
}

export interface ColumnLayout {
  /** HXL: found by the hashtag row; HEADERS: by human headers through the header map. */
  via: 'HXL' | 'HEADERS';
  /** 0-based index of the hashtag row (HXL) or header row (HEADERS). */
  headerRow: number;
  /** 0-based index of the first data row. */
  firstDataRow: number;
  columns: Partial<Record<ColumnRole, number>>;
  notUnderstood: UnknownColumn[];
}

/** The spreadsheet letter of a 0-based column: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Finds the columns of a 3W table: by its HXL hashtag row when one is within the first rows,
 * else by the first row whose headers name at least an organisation and a place or cluster
 * column. Null when neither is found. Pure.
 */
export function locateColumns(rows: readonly (readonly string[])[], map: HeaderMap): ColumnLayout | null {
  const top = rows.slice(0, HEADER_SEARCH_ROWS);
  const hxlRow = top.findIndex((r) => isHashtagRow(r));
  if (hxlRow >= 0) return byHashtags(rows[hxlRow]!, hxlRow, rows[hxlRow - 1], map);
  for (const [index, row] of top.entries()) {
    const layout = byHeaders(row, index, map);
    const c = layout.columns;
    const org = c.orgName !== undefined || c.orgAcronym !== undefined;
    const where = c.adm1Name !== undefined || c.adm1Code !== undefined || c.adm2Name !== undefined || c.adm2Code !== undefined;
    const what = c.clusterName !== undefined || c.clusterCode !== undefined;
    if (org && (where || what)) return layout;
  }
  return null;
}

function byHashtags(tags: readonly string[], index: number, humanHeaders: readonly string[] | undefined, map: HeaderMap): ColumnLayout {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const notUnderstood: UnknownColumn[] = [];
  tags.forEach((cell, col) => {
    const spec = parseHashtagSpec(cell);
    if (!spec) {
      if (cell.trim() === '' && (humanHeaders?.[col] ?? '').trim() !== '') notUnderstood.push({ column: columnLetter(col), header: humanHeaders![col]!.trim() });
      return;
    }
    const rule = map.hxl.find((r) => r.tag === spec.tag && r.with.every((a) => spec.attributes.includes(a)));
    if (!rule) {
      notUnderstood.push({ column: columnLetter(col), header: formatSpec(spec) });
      return;
    }
    if (rule.role === 'ignored') return;
    if (columns[rule.role] === undefined) columns[rule.role] = col;
  });
  return { via: 'HXL', headerRow: index, firstDataRow: index + 1, columns, notUnderstood };
}

function byHeaders(row: readonly string[], index: number, map: HeaderMap): ColumnLayout {
  const names = row.map((h) => normaliseName(h));
  const ignored = new Set(map.ignored.map(normaliseName));
  const columns: Partial<Record<ColumnRole, number>> = {};
  const claimed = new Set<number>();
  for (const [role, synonyms] of Object.entries(map.headers) as [ColumnRole, string[]][]) {
    for (const synonym of synonyms.map(normaliseName)) {
      const col = names.findIndex((n, i) => n === synonym && !claimed.has(i));
      if (col >= 0) {
        columns[role] = col;
        claimed.add(col);
        break;
      }
    }
  }
  const notUnderstood = names
    .map((n, col) => ({ n, col }))
    .filter(({ n, col }) => n !== '' && !claimed.has(col) && !ignored.has(n))
    .map(({ col }) => ({ column: columnLetter(col), header: row[col]!.trim() }));
  return { via: 'HEADERS', headerRow: index, firstDataRow: index + 1, columns, notUnderstood };
}
