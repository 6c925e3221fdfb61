import { createHash } from 'node:crypto';

/**
 * HTTP validators for cacheable GraphQL reads: a strong ETag made of the mirror version (bumped by
 * every import) and a digest of the answer, and `304 Not Modified` when the caller already holds
 * it. Pure: the caller reads the mirror version and writes the response.
 */

/** The ETag of an answer read while the mirror was at `mirrorVersion`. */
export function answerETag(mirrorVersion: number, body: string): string {
  const digest = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  return `"m${mirrorVersion}-${digest}"`;
}

/** True when `If-None-Match` (a list of tags, or `*`) names `etag`; weak tags compare by their value. */
export function matchesIfNoneMatch(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const wanted = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === wanted);
}

/** True for a `Cache-Control` that lets some cache keep the answer (so it deserves a validator). */
export function isStorable(cacheControl: string | undefined): boolean {
  return cacheControl !== undefined && /\bmax-age=[1-9]\d*/.test(cacheControl) && !/\bno-store\b/.test(cacheControl);
}

/** `Vary` with `Authorization` added: an answer differs by API key, so shared caches key on it. */
export function varyOnAuthorization(vary: string | undefined): string {
  const fields = (vary ?? '').split(',').map((f) => f.trim()).filter(Boolean);
  return fields.some((f) => f.toLowerCase() === 'authorization') ? fields.join(', ') : [...fields, 'Authorization'].join(', ');
}
