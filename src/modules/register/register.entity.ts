import { EntitySchema } from '@mikro-orm/core';
import type { ObjectId } from '@mikro-orm/mongodb';
import type { ExpertRecord, InstitutionRecord } from './register.model';

/** Where a register entry last came from: a CSV import run, or an editor's mutation (file and run null). */
export interface RegisterProvenance {
  file: string | null;
  importRunId: string | null;
  /** sha256 of the record's canonical JSON: a re-import of the same row changes nothing. */
  contentHash: string;
  updatedAt: Date;
}

/** An expert of the roster (collection `experts`), keyed by `identifier`. Personal data: see register.access.ts. */
export class Expert implements ExpertRecord {
  _id!: ObjectId;
  id!: string;
  identifier!: string;
  name!: string;
  nationality!: string;
  countries!: string[];
  regions!: ExpertRecord['regions'];
  themes!: string[];
  languages!: string[];
  nominatedBy!: ExpertRecord['nominatedBy'];
  availability!: ExpertRecord['availability'];
  rosterYear!: number;
  removedOn!: string | null;
  provenance!: RegisterProvenance;
}

/** An institution or resource centre of the compendium (collection `institutions`), keyed by `identifier`. */
export class Institution implements InstitutionRecord {
  _id!: ObjectId;
  id!: string;
  identifier!: string;
  name!: string;
  country!: string;
  kind!: InstitutionRecord['kind'];
  themes!: string[];
  languages!: string[];
  accreditation!: InstitutionRecord['accreditation'];
  contact!: string | null;
  removedOn!: string | null;
  provenance!: RegisterProvenance;
}

const common = {
  _id: { type: 'ObjectId', primary: true },
  id: { type: 'string', serializedPrimaryKey: true },
  identifier: { type: 'string' },
  name: { type: 'string' },
  themes: { type: 'json' },
  languages: { type: 'json' },
  removedOn: { type: 'string', nullable: true },
  provenance: { type: 'json' },
} as const;

export const ExpertSchema = new EntitySchema<Expert>({
  class: Expert,
  collection: 'experts',
  properties: {
    ...common,
    nationality: { type: 'string' },
    countries: { type: 'json' },
    regions: { type: 'json' },
    nominatedBy: { type: 'json', nullable: true },
    availability: { type: 'string' },
    rosterYear: { type: 'number' },
  },
});

export const InstitutionSchema = new EntitySchema<Institution>({
  class: Institution,
  collection: 'institutions',
  properties: {
    ...common,
    country: { type: 'string' },
    kind: { type: 'string' },
    accreditation: { type: 'string', nullable: true },
    contact: { type: 'string', nullable: true },
  },
});
