import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Authenticator } from '../auth/authenticate';
import type { Viewer } from '../viewer';
import type { RateLimiter } from './rate-limit';
import { sendError } from './respond';

export interface Admission {
  authenticate: Authenticator;
  limiter: RateLimiter;
}

/** The client address as the socket sees it (proxies' X-Forwarded-For is not trusted). */
function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * Decides whether a GraphQL request may proceed: authenticates its API key (401 UNAUTHENTICATED
 * for a bad one) and takes one request from its budget — per key, or per client address when
 * anonymous (429 RATE_LIMITED with Retry-After). Returns the viewer, or null once it has answered.
 */
export async function admit(req: IncomingMessage, res: ServerResponse, admission: Admission): Promise<Viewer | null> {
  const auth = await admission.authenticate(req.headers.authorization);
  // A refused key spends its sender's address budget, so that guessing keys is throttled too.
  const client = auth.ok && auth.viewer.keyId ? `key:${auth.viewer.keyId}` : `ip:${clientAddress(req)}`;
  const decision = admission.limiter.take(client);
  // IETF httpapi RateLimit header fields: the policy (quota q per window w seconds) and what is left (r, whole again in t s).
  res.setHeader('ratelimit-policy', `"default";q=${decision.limit};w=60`);
  res.setHeader('ratelimit', `"default";r=${decision.remaining};t=${decision.resetSeconds}`);
  // The earlier draft's fields, kept for the clients that read them.
  res.setHeader('ratelimit-limit', String(decision.limit));
  res.setHeader('ratelimit-remaining', String(decision.remaining));
  if (!decision.allowed) {
    sendError(res, 'RATE_LIMITED', `Too many requests; retry in ${decision.retryAfterSeconds} s.`, { 'retry-after': String(decision.retryAfterSeconds) });
    return null;
  }
  if (!auth.ok) {
    sendError(res, 'UNAUTHENTICATED', auth.reason, { 'www-authenticate': 'Bearer realm="concord"' });
    return null;
  }
  return auth.viewer;
}
