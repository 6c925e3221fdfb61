import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys look like `ck_<id>_<secret>`: a public id (16 hex digits, shown by `concord keys list`
 * and recorded in audit entries) and a 256-bit secret (base64url). Only sha256(id:secret) is
 * stored; the secret is high-entropy, so a fast hash is enough to make the stored value useless.
 */
const KEY_PATTERN = /^ck_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface ApiKeyParts {
  keyId: string;
  secret: string;
}

export function generateApiKey(): ApiKeyParts & { key: string } {
  const keyId = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { keyId, secret, key: formatApiKey({ keyId, secret }) };
}

export function formatApiKey({ keyId, secret }: ApiKeyParts): string {
  return `ck_${keyId}_${secret}`;
}

/** The parts of a well-formed key, or null. */
export function parseApiKey(key: string): ApiKeyParts | null {
  const match = KEY_PATTERN.exec(key);
  return match ? { keyId: match[1]!, secret: match[2]! } : null;
}

export function hashApiKey({ keyId, secret }: ApiKeyParts): string {
  return createHash('sha256').update(`${keyId}:${secret}`).digest('hex');
}

/** Constant-time comparison of a presented key with a stored hash. */
export function matchesHash(parts: ApiKeyParts, storedHash: string): boolean {
  const presented = Buffer.from(hashApiKey(parts), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
