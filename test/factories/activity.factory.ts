import type { Db } from 'mongodb';
import { toActivityDocument } from '../../src/modules/activity/activity.document';
import type { StoredActivity } from '../../src/modules/activity/activity.model';

let sequence = 0;

/** A plausible activity; override what a test is about. */
export function buildActivity(overrides: Partial<StoredActivity> = {}): StoredActivity {
  sequence += 1;
  const id = overrides.iatiIdentifier ?? `XM-DAC-41114-TEST-${sequence}`;
  return {
    iatiIdentifier: id,
    reportingOrg: { ref: 'XM-DAC-41114', name: 'UNDP', type: '40' },
    defaultLang: 'en',
    defaultCurrency: 'USD',
    titles: [{ lang: 'en', text: `Test activity ${sequence}` }],
    descriptions: [],
    status: '2',
    plannedStart: '2021-01-01',
    actualStart: null,
    plannedEnd: '2023-12-31',
    actualEnd: null,
    participatingOrgs: [],
    recipientCountries: [{ code: 'KE', percentage: 100 }],
    recipientRegions: [],
    sectors: [{ vocabulary: '1', code: '15160', percentage: 100 }],
    sdgGoals: [],
    sdgTargets: [],
    policyMarkers: [],
    budgets: [],
    commitments: [],
    disbursements: [],
    humanitarian: false,
    lastUpdated: '2021-06-01T00:00:00Z',
    locations: [],
    origin: 'IATI',
    mirrorState: 'ACTIVE',
    restricted: false,
    provenance: {
      source: 'UNDP',
      file: 'test.xml',
      contentHash: `hash-${sequence}`,
      importRunId: 'test-run',
      importedAt: new Date('2021-06-15T00:00:00Z'),
      lastUpdated: '2021-06-01T00:00:00Z',
    },
    warnings: [],
    ...overrides,
  };
}

/** Inserts activities as the mirror stores them; returns their ids in order. */
export async function insertActivities(db: Db, activities: StoredActivity[], themeIds: (a: StoredActivity) => string[] = () => []): Promise<string[]> {
  if (activities.length === 0) return [];
  const result = await db.collection('activities').insertMany(activities.map((a) => toActivityDocument(a, themeIds(a))));
  return Object.values(result.insertedIds).map(String);
}
