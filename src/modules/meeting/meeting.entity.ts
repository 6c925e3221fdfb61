import { EntitySchema } from '@mikro-orm/core';
import type { ObjectId } from '@mikro-orm/mongodb';
import type { AuditActor } from '../audit/audit-entry.entity';

/** A coordination meeting: its day, its scope (countries, themes, period) and who took part. */
export class Meeting {
  _id!: ObjectId;
  id!: string;
  title!: string;
  /** ISO date YYYY-MM-DD. */
  date!: string;
  /** ISO alpha-2 codes, upper case; empty: every country. */
  countries!: string[];
  /** Theme ids; empty: every theme. */
  themes!: string[];
  /** Organisation identifiers of the participants. */
  organisations!: string[];
  /** The period the agenda examines; null: the gap engine's default (today). */
  period!: { from: string | null; to: string | null } | null;
  createdBy!: AuditActor;
  createdAt!: Date;
}

export const MeetingSchema = new EntitySchema<Meeting>({
  class: Meeting,
  collection: 'meetings',
  properties: {
    _id: { type: 'ObjectId', primary: true },
    id: { type: 'string', serializedPrimaryKey: true },
    title: { type: 'string' },
    date: { type: 'string' },
    countries: { type: 'json' },
    themes: { type: 'json' },
    organisations: { type: 'json' },
    period: { type: 'json', nullable: true },
    createdBy: { type: 'json' },
    createdAt: { type: 'Date' },
  },
});
