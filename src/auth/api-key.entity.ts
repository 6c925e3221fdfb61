import { EntitySchema } from '@mikro-orm/core';
import type { ObjectId } from '@mikro-orm/mongodb';
import type { Role } from '../viewer';

/** An API key as stored: its public id and the hash of id and secret, never the key itself. */
export class ApiKey {
  _id!: ObjectId;
  id!: string;
  /** Public part of the key (`ck_<keyId>_…`). */
  keyId!: string;
  /** sha256 hex of `<keyId>:<secret>` (see api-key.token.ts). */
  hash!: string;
  role!: Role;
  /** The organisation a LIAISON key is scoped to (e.g. XM-DAC-41114); null for other roles. */
  organisationRef!: string | null;
  label!: string | null;
  createdAt!: Date;
  revokedAt!: Date | null;
}

export const ApiKeySchema = new EntitySchema<ApiKey>({
  class: ApiKey,
  collection: 'api_keys',
  properties: {
    _id: { type: 'ObjectId', primary: true },
    id: { type: 'string', serializedPrimaryKey: true },
    keyId: { type: 'string', unique: true },
    hash: { type: 'string' },
    role: { type: 'string' },
    organisationRef: { type: 'string', nullable: true },
    label: { type: 'string', nullable: true },
    createdAt: { type: 'Date' },
    revokedAt: { type: 'Date', nullable: true },
  },
});
