import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StoredActivity } from '../../../../src/modules/activity/activity.model';
import type { ActivitySnapshot } from '../../../../src/modules/analysis/snapshot';
import type { RecommendationRecord } from '../../../../src/modules/recommendation/recommendation.model';

export const ORG = {
  OHCHR: 'XM-DAC-41313',
  UNDP: 'XM-DAC-41114',
  UNICEF: 'XM-DAC-41122',
  UNHCR: 'XM-DAC-41121',
  WHO: 'XM-DAC-928',
  FAO: 'XM-DAC-41301',
  WFP: 'XM-DAC-41140',
  DANIDA: 'XM-DAC-3-1',
  IFAD: 'XM-DAC-41108',
} as const;

/** A stored activity with no themes, countries or dates unless given. */
export function buildStoredActivity(overrides: Partial<StoredActivity> & { id?: string } = {}): StoredActivity & { id: string } {
  return {
    id: 'act-1',
    iatiIdentifier: 'XM-DAC-41114-TEST-1',
    reportingOrg: { ref: ORG.UNDP, name: 'UNDP', type: '40' },
    defaultLang: 'en',
    defaultCurrency: 'USD',
    titles: [{ lang: 'en', text: 'Test activity' }],
    descriptions: [],
    status: '2',
    plannedStart: null,
    actualStart: null,
    plannedEnd: null,
    actualEnd: null,
    participatingOrgs: [],
    recipientCountries: [],
    recipientRegions: [],
    sectors: [],
    sdgGoals: [],
    sdgTargets: [],
    policyMarkers: [],
    budgets: [],
    commitments: [],
    disbursements: [],
    humanitarian: false,
    lastUpdated: null,
    locations: [],
    origin: 'IATI',
    mirrorState: 'ACTIVE',
    restricted: false,
    provenance: {
      source: 'UNDP',
      file: 'test.xml',
      contentHash: 'hash',
      importRunId: 'run-1',
      importedAt: new Date('2024-01-01T00:00:00Z'),
      lastUpdated: null,
    },
    warnings: [],
    ...overrides,
  };
}

/** A snapshot in KE on administration-of-justice during 2020, reported by UNDP, unless overridden. */
export function buildSnapshot(overrides: Partial<ActivitySnapshot> = {}): ActivitySnapshot {
  return {
    id: 'a',
    organisation: ORG.UNDP,
    countries: [{ code: 'KE', percentage: null }],
    regions: [],
    themes: [{ themeId: 'administration-of-justice', weight: 1 }],
    period: { start: '2020-01-01', end: '2020-12-31' },
    status: '2',
    budgets: [],
    ...overrides,
  };
}

export function loadRecommendationFixtures(): RecommendationRecord[] {
  const file = path.join(__dirname, '../../../fixtures/recommendations/uhri-sample.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { recommendations: RecommendationRecord[] }).recommendations;
}
