import type { EntityManager } from '@mikro-orm/mongodb';
import { Organisation } from '../modules/organisation/organisation.entity';
import type { Role } from '../viewer';
import { ApiKey } from './api-key.entity';
import { generateApiKey, hashApiKey } from './api-key.token';

export const ROLES: readonly Role[] = ['LIAISON', 'OHCHR_EDITOR', 'ADMIN'];

export class ApiKeyInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiKeyInputError';
  }
}

export interface NewApiKey {
  role: Role;
  organisationRef?: string | null;
  label?: string | null;
}

/** Creates, lists and revokes API keys. The plain key exists only in the return value of `create`. */
export class ApiKeyService {
  constructor(private readonly em: EntityManager) {}

  async create(input: NewApiKey): Promise<{ key: string; record: ApiKey }> {
    const organisationRef = input.organisationRef?.trim() || null;
    if (!ROLES.includes(input.role)) throw new ApiKeyInputError(`role must be one of ${ROLES.join(', ')}`);
    if (input.role === 'LIAISON' && !organisationRef) throw new ApiKeyInputError('a LIAISON key needs --org <organisation identifier>');
    if (input.role !== 'LIAISON' && organisationRef) throw new ApiKeyInputError(`--org applies to LIAISON keys only, not ${input.role}`);
    if (organisationRef && !(await this.em.findOne(Organisation, { ref: organisationRef }))) {
      throw new ApiKeyInputError(`unknown organisation "${organisationRef}" (see the \`organisations\` query for known identifiers)`);
    }
    const { key, keyId, secret } = generateApiKey();
    const record = this.em.create(ApiKey, {
      keyId,
      hash: hashApiKey({ keyId, secret }),
      role: input.role,
      organisationRef,
      label: input.label?.trim() || null,
      createdAt: new Date(),
      revokedAt: null,
    });
    await this.em.flush();
    return { key, record };
  }

  /** Every key, newest first (revoked ones included, marked). */
  list(): Promise<ApiKey[]> {
    return this.em.find(ApiKey, {}, { orderBy: { createdAt: 'desc' } });
  }

  /** Marks a key revoked (idempotent); null when no key has this id. */
  async revoke(keyId: string): Promise<ApiKey | null> {
    const record = await this.em.findOne(ApiKey, { keyId });
    if (!record) return null;
    if (!record.revokedAt) {
      record.revokedAt = new Date();
      await this.em.flush();
    }
    return record;
  }

  /** The key with this id if it is not revoked. */
  findActive(keyId: string): Promise<ApiKey | null> {
    return this.em.findOne(ApiKey, { keyId, revokedAt: null });
  }
}
