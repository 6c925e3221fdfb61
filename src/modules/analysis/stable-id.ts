import { createHash } from 'node:crypto';

/**
 * `${prefix}_` + the first 32 hex digits (128 bits) of sha256 over the parts joined by NUL.
 * Same parts, same id, in every run: meeting decisions can be keyed on it.
 */
export function stableId(prefix: string, parts: readonly string[]): string {
  return `${prefix}_${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)}`;
}
