import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from './cursor';

/**
 * Pages through a list already sorted by (sortValue, id) in memory — for computed results such
 * as overlaps and gaps. Cursors are keyset positions, so a page boundary stays put when items
 * are added before it.
 */
export function pageOfList<T>(
  items: readonly T[],
  args: { first?: number | null; after?: string | null },
  opts: {
    key: string;
    idPattern: RegExp;
    sortValue: (item: T) => string | number;
    id: (item: T) => string;
    /** true when sortValue is descending (ids stay ascending within equal values). */
    descending: boolean;
    defaultPageSize: number;
    maxPageSize: number;
  },
): Connection<T> {
  const size = pageSize(args.first, opts.defaultPageSize, opts.maxPageSize);
  let start = 0;
  if (args.after) {
    const position = decodeCursor(args.after, opts.key, opts.idPattern);
    const isAfter = (item: T): boolean => {
      const v = opts.sortValue(item);
      if (v === position.value) return opts.id(item) > position.id;
      return opts.descending ? v < position.value : v > position.value;
    };
    start = items.findIndex(isAfter);
    if (start < 0) start = items.length;
  }
  const rows = items.slice(start, start + size + 1);
  return toConnection(rows, size, (item) => encodeCursor({ key: opts.key, value: opts.sortValue(item), id: opts.id(item) }), Boolean(args.after), items.length);
}
