import type { MikroORM } from '@mikro-orm/mongodb';
import { ApiKeyService, type NewApiKey } from '../../src/auth/api-key.service';

/** Creates an API key as `concord keys create` does; returns the `Authorization` header that carries it. */
export async function createKeyHeader(orm: MikroORM, key: NewApiKey): Promise<{ authorization: string; keyId: string }> {
  const created = await new ApiKeyService(orm.em.fork()).create(key);
  return { authorization: `Bearer ${created.key}`, keyId: created.record.keyId };
}
