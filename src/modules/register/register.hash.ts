import { createHash } from 'node:crypto';

/** Keys in sorted order, so that the same record always gives the same text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** The content hash a register entry keeps (sha256 of its canonical JSON): a re-import of the same row is `unchanged`. */
export const registerContentHash = (record: object): string => createHash('sha256').update(JSON.stringify(canonical(record))).digest('hex');
