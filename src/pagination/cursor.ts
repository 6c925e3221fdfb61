import { badInput } from '../errors';

/**
 * Keyset cursors: the sort value and id of the last item seen, so that a page boundary does not
 * move when records are inserted before it. Encoded as base64url JSON; opaque to clients.
 */
export interface CursorPosition {
  /** Sort key the cursor was made for; a cursor cannot be reused with another ordering. */
  key: string;
  value: string | number;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.value, position.id]), 'utf8').toString('base64url');
}

const OBJECT_ID = /^[0-9a-f]{24}$/;

/** `idPattern`: what ids of this list look like (MongoDB ObjectIds unless told otherwise). */
export function decodeCursor(cursor: string, expectedKey: string, idPattern: RegExp = OBJECT_ID): CursorPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('after', 'is not a cursor returned by this API');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[0] !== 'string' ||
    (typeof parsed[1] !== 'string' && typeof parsed[1] !== 'number') ||
    typeof parsed[2] !== 'string' ||
    !idPattern.test(parsed[2])
  ) {
    throw badInput('after', 'is not a cursor returned by this API');
  }
  if (parsed[0] !== expectedKey) throw badInput('after', `was made for ordering ${parsed[0]}, not ${expectedKey}`);
  return { key: parsed[0], value: parsed[1], id: parsed[2] };
}

/** Validates `first` against the configured maximum. */
export function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0) throw badInput('first', 'must be a whole number ≥ 0');
  if (size > max) throw badInput('first', `must be at most ${max}`);
  return size;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | (() => Promise<number>);
}

/** Builds a connection from `size + 1` fetched rows (the extra row only tells that more follow). */
export function toConnection<T>(
  rows: T[],
  size: number,
  cursorOf: (row: T) => string,
  hadCursor: boolean,
  totalCount: Connection<T>['totalCount'],
): Connection<T> {
  const edges = rows.slice(0, size).map((node) => ({ cursor: cursorOf(node), node }));
  return connectionOfPage(edges, { hasNextPage: rows.length > size, hadCursor }, totalCount);
}

/** A connection from edges already cut to one page (batched loaders know `hasNextPage` themselves). */
export function connectionOfPage<T>(
  edges: { cursor: string; node: T }[],
  page: { hasNextPage: boolean; hadCursor: boolean },
  totalCount: Connection<T>['totalCount'],
): Connection<T> {
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/** The connection of a parent with nothing in it. */
export function emptyConnection<T>(): Connection<T> {
  return connectionOfPage<T>([], { hasNextPage: false, hadCursor: false }, 0);
}
