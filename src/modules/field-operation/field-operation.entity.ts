import { EntitySchema } from '@mikro-orm/core';
import type { ObjectId } from '@mikro-orm/mongodb';
import type { FieldOperationFields, FieldOperationKind } from './field-operation.model';

export type FieldOperationState = 'ACTIVE' | 'WITHDRAWN';

/** An OHCHR field operation as stored (collection `field_operations`), keyed by its identifier. */
export class FieldOperation implements FieldOperationFields {
  _id!: ObjectId;
  id!: string;
  identifier!: string;
  name!: string;
  country!: string;
  kind!: FieldOperationKind;
  start!: string;
  end!: string | null;
  mandate!: string | null;
  state!: FieldOperationState;
  /** The CSV file it was last written from, or "api". */
  sourceFile!: string;
  /** The import run that last wrote it; null for writes through the API. */
  importRunId!: string | null;
  updatedAt!: Date;
}

export const FieldOperationSchema = new EntitySchema<FieldOperation>({
  class: FieldOperation,
  collection: 'field_operations',
  properties: {
    _id: { type: 'ObjectId', primary: true },
    id: { type: 'string', serializedPrimaryKey: true },
    identifier: { type: 'string', unique: true },
    name: { type: 'string' },
    country: { type: 'string' },
    kind: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string', nullable: true },
    mandate: { type: 'string', nullable: true },
    state: { type: 'string' },
    sourceFile: { type: 'string' },
    importRunId: { type: 'string', nullable: true },
    updatedAt: { type: 'Date' },
  },
});
