import * as crypto from 'node:crypto';

/** One-shot hashing (node ≥ 20.12) is about twice as fast; older runtimes use createHash. */
const oneShot = typeof crypto.hash === 'function' ? crypto.hash : null;
const sha256Hex = (text: string): string =>
  oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex');

/**
 * `${prefix}_` + the first 32 hex digits (128 bits) of sha256 over the parts joined by NUL.
 * Same parts, same id, in every run: meeting decisions can be keyed on it.
 */
export function stableId(prefix: string, parts: readonly string[]): string {
  return `${prefix}_${sha256Hex(parts.join('\u0000')).slice(0, 32)}`;
}
