/**
 * HXL (Humanitarian Exchange Language) hashtag rows: a row whose non-empty cells are hashtag
 * specs such as `#org +acronym` or `#sector+cluster+code`. Spacing and case vary in real files.
 */
export interface HashtagSpec {
  /** Lower case, with the '#': "#org". */
  tag: string;
  /** Lower case, with the '+', in file order: ["+acronym"]. */
  attributes: string[];
}

const SPEC = /^#([a-z][a-z0-9_]*)((?:\s*\+\s*[a-z][a-z0-9_]*)*)\s*$/i;

/** The hashtag spec of a cell, or null when the cell is not one. Pure. */
export function parseHashtagSpec(cell: string): HashtagSpec | null {
  const match = SPEC.exec(cell.trim());
  if (!match) return null;
  const attributes = (match[2] ?? '')
    .split('+')
    .map((a) => a.trim().toLowerCase())
    .filter((a) => a !== '')
    .map((a) => `+${a}`);
  return { tag: `#${match[1]!.toLowerCase()}`, attributes };
}

/**
 * Whether a row is an HXL hashtag row: at least two hashtag cells and every non-empty cell a
 * hashtag spec (HXL allows untagged columns, left empty).
 */
export function isHashtagRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length >= 2 && filled.every((c) => parseHashtagSpec(c) !== null);
}

/** The spec as text, attributes in file order: "#org+acronym". */
export function formatSpec(spec: HashtagSpec): string {
  return `${spec.tag}${spec.attributes.join('')}`;
}
