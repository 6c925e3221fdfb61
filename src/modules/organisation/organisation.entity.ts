import { EntitySchema } from '@mikro-orm/core';
import type { ObjectId } from '@mikro-orm/mongodb';

/** An organisation known by its identifier (IATI XM-DAC-…), from the known list or met in a mirrored file. */
export class Organisation {
  _id!: ObjectId;
  id!: string;
  ref!: string;
  name!: string | null;
  acronym!: string | null;
  /** IATI OrganisationType code. */
  type!: string | null;
}

export const OrganisationSchema = new EntitySchema<Organisation>({
  class: Organisation,
  collection: 'organisations',
  properties: {
    _id: { type: 'ObjectId', primary: true },
    id: { type: 'string', serializedPrimaryKey: true },
    ref: { type: 'string', unique: true },
    name: { type: 'string', nullable: true },
    acronym: { type: 'string', nullable: true },
    type: { type: 'string', nullable: true },
  },
});
