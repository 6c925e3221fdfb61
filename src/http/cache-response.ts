import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerETag, isStorable, matchesIfNoneMatch, varyOnAuthorization } from './cache-validators';

/**
 * For a GET answered 200 in full: `Vary: Authorization`, and when the answer may be cached an
 * ETag tied to the mirror version; answers `304 Not Modified` (and returns true) when the
 * caller's `If-None-Match` already names it. Leaves every other answer alone.
 */
export async function answerFromValidators(
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  mirrorVersion: () => Promise<number>,
): Promise<boolean> {
  if (req.method !== 'GET' || res.statusCode !== 200) return false;
  res.setHeader('vary', varyOnAuthorization(res.getHeader('vary') as string | undefined));
  if (!isStorable(res.getHeader('cache-control') as string | undefined)) return false;
  const etag = answerETag(await mirrorVersion(), body);
  res.setHeader('etag', etag);
  if (!matchesIfNoneMatch(req.headers['if-none-match'], etag)) return false;
  res.statusCode = 304;
  res.removeHeader('content-type');
  res.removeHeader('content-length');
  res.end();
  return true;
}
