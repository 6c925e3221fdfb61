import type { MikroORM } from '@mikro-orm/mongodb';
import { ANONYMOUS, type Viewer } from '../viewer';
import { ApiKeyService } from './api-key.service';
import { matchesHash, parseApiKey } from './api-key.token';

export type Authentication = { ok: true; viewer: Viewer } | { ok: false; reason: string };

export type Authenticator = (authorization: string | undefined) => Promise<Authentication>;

/**
 * Turns an `Authorization` header into a viewer. No header: anonymous. A header that is not
 * `Bearer <well-formed key>`, or a key that is unknown or revoked, is refused — never silently
 * downgraded to anonymous, so that a client with a broken key notices.
 */
export function createAuthenticator(orm: MikroORM): Authenticator {
  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return { ok: true, viewer: ANONYMOUS };
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) return { ok: false, reason: 'The Authorization header must be "Bearer <API key>".' };
    const parts = parseApiKey(match[1]!);
    if (!parts) return { ok: false, reason: 'The API key is malformed.' };
    const record = await new ApiKeyService(orm.em.fork()).findActive(parts.keyId);
    if (!record || !matchesHash(parts, record.hash)) return { ok: false, reason: 'The API key is unknown or revoked.' };
    return {
      ok: true,
      viewer: Object.freeze({ kind: 'KEY', role: record.role, organisationRef: record.organisationRef, keyId: record.keyId, keyLabel: record.label }),
    };
  };
}
