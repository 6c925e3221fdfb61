/**
 * First pages of many parents from one sorted scan, for nested connections such as
 * `Country.activities(first: 5)` asked for every country of a page.
 *
 * The engine's query subset has no per-group limit ($facet, $push, $setWindowFields, $unionWith),
 * so the first page of N parents cannot be one query with N limits. Instead, one query matches
 * the rows of all parents in the list order they share (e.g. newest first), projected to what is
 * needed to tell which parents a row belongs to, and the scan hands each row to its parents until
 * every parent holds `want` rows. The scan reads at most `maxScan` rows; parents still short of
 * `want` then are reported `unfinished`, and the caller pages them one by one (rare: it takes a
 * parent with few rows among many rows of the others).
 */
export interface GroupedScanOptions<T> {
  parents: readonly string[];
  /** Rows wanted per parent: the page size plus one, to tell whether more follow. */
  want: number;
  /** Rows read at most before giving up on the parents still short of `want`. */
  maxScan: number;
  /** The parents a row belongs to (a row may belong to several, e.g. an activity's countries). */
  parentsOf: (row: T) => Iterable<string>;
}

export interface GroupedScan<T> {
  /** Each parent's rows, in scan order, at most `want`; an empty list for a parent with none. */
  rows: Map<string, T[]>;
  /** Parents whose rows may be incomplete because the scan stopped at `maxScan`. */
  unfinished: string[];
}

export async function scanGroupedPages<T>(source: AsyncIterable<T>, opts: GroupedScanOptions<T>): Promise<GroupedScan<T>> {
  const rows = new Map<string, T[]>(opts.parents.map((p) => [p, []]));
  let open = rows.size;
  let scanned = 0;
  if (open === 0 || opts.want <= 0) return { rows, unfinished: [] };
  // Breaking out of for-await closes the source (for a driver cursor: killCursors).
  for await (const row of source) {
    scanned += 1;
    for (const parent of new Set(opts.parentsOf(row))) {
      const list = rows.get(parent);
      if (!list || list.length >= opts.want) continue;
      list.push(row);
      if (list.length === opts.want) open -= 1;
    }
    if (open === 0) return { rows, unfinished: [] };
    if (scanned >= opts.maxScan) {
      return { rows, unfinished: [...rows].filter(([, list]) => list.length < opts.want).map(([parent]) => parent) };
    }
  }
  return { rows, unfinished: [] };
}
