import type { Db } from 'mongodb';
import type { RecommendationRecord } from '../../src/modules/recommendation/recommendation.model';

let sequence = 0;

/** A recommendation as the UHRI importer stores it (fixture data, not real UHRI records). */
export interface RecommendationFixture extends RecommendationRecord {
  themeIds: string[];
}

/** A plausible recommendation; override what a test is about. */
export function buildRecommendation(overrides: Partial<RecommendationFixture> = {}): RecommendationFixture {
  sequence += 1;
  return {
    annotationId: `fixture-${sequence}`,
    symbol: `FIXTURE/CRC/C/KEN/CO/${sequence}`,
    text: `(Fixture) Recommendation ${sequence}.`,
    publicationDate: '2022-01-01',
    body: { type: 'TREATY_BODY', name: 'Committee on the Rights of the Child' },
    countries: ['KE'],
    themes: ['Juvenile justice'],
    themeIds: ['rights-of-the-child'],
    affectedPersons: ['Children'],
    sdgs: ['16.3'],
    regions: ['Africa'],
    status: 'OPEN',
    linkedActivityIds: [],
    ...overrides,
  };
}

/** Inserts recommendations with the importer's provenance; returns their ids in order. */
export async function insertRecommendations(db: Db, recommendations: RecommendationFixture[]): Promise<string[]> {
  if (recommendations.length === 0) return [];
  const result = await db.collection('recommendations').insertMany(
    recommendations.map((r) => ({
      ...r,
      provenance: { file: 'fixture.json', contentHash: `hash-${r.annotationId}`, importRunId: 'test-run', importedAt: new Date('2022-06-01T00:00:00Z') },
    })),
  );
  return Object.values(result.insertedIds).map(String);
}
