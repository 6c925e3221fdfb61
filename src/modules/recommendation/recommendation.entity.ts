import { EntitySchema } from '@mikro-orm/core';
import type { ObjectId } from '@mikro-orm/mongodb';
import type { RecommendationFollowUpEntry } from '../followup/followup.entry';
import type { RecommendationBody, RecommendationRecord, RecommendationStatus, UprPosition } from './recommendation.model';

/** A human-rights recommendation (UHRI shape) with the Concord themes it maps to and its provenance. */
export class Recommendation implements RecommendationRecord {
  _id!: ObjectId;
  id!: string;
  annotationId!: string;
  symbol!: string;
  text!: string;
  publicationDate!: string;
  body!: RecommendationBody;
  countries!: string[];
  themes!: string[];
  affectedPersons!: string[];
  sdgs!: string[];
  regions!: string[];
  uprRecommendingState?: string;
  uprPosition?: UprPosition;
  status!: RecommendationStatus;
  linkedActivityIds?: string[];
  /** What editors entered on its follow-up (resources required, specific project); absent until they do. */
  followUp?: RecommendationFollowUpEntry | null;
  /** Concord theme ids the UHRI themes map to (data/themes.json). */
  themeIds!: string[];
  provenance!: { file: string; contentHash: string; importRunId: string; importedAt: Date };
}

export const RecommendationSchema = new EntitySchema<Recommendation>({
  class: Recommendation,
  collection: 'recommendations',
  properties: {
    _id: { type: 'ObjectId', primary: true },
    id: { type: 'string', serializedPrimaryKey: true },
    annotationId: { type: 'string', unique: true },
    symbol: { type: 'string' },
    text: { type: 'string' },
    publicationDate: { type: 'string' },
    body: { type: 'json' },
    countries: { type: 'json' },
    themes: { type: 'json' },
    affectedPersons: { type: 'json' },
    sdgs: { type: 'json' },
    regions: { type: 'json' },
    uprRecommendingState: { type: 'string', nullable: true },
    uprPosition: { type: 'string', nullable: true },
    status: { type: 'string' },
    linkedActivityIds: { type: 'json', nullable: true },
    followUp: { type: 'json', nullable: true },
    themeIds: { type: 'json' },
    provenance: { type: 'json' },
  },
});
