import type { Document } from 'mongodb';
import { ensureIndexes, INDEXES, usesSecondaryIndexes } from '../../src/db/indexes';
import { type ActivityFilterInput, buildActivityQuery } from '../../src/modules/activity/activity.filter';
import { buildRecommendationQuery } from '../../src/modules/recommendation/recommendation.filter';
import { ANONYMOUS, visibleActivities } from '../../src/viewer';
import { buildActivity, insertActivities } from '../factories/activity.factory';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { describeOnMongoDB, NEEDS_MONGODB } from '../support/engine-kind';

/**
 * The indexes behind the filters and the records' identities.
 *
 * On every engine: each main filter's condition is the leading key of a declared index, and each
 * unique index exists and refuses a duplicate. Only on MongoDB: `explain` shows the plan (IXSCAN
 * on the filter's index, no COLLSCAN). The embedded engine (mongo-java-server) has no `explain`
 * and scans in memory for the filters, so there this file shows uniqueness, not index use for
 * queries.
 */
const MAIN_FILTERS: [string, ActivityFilterInput][] = [
  ['country', { country: ['KE'] }],
  ['reportingOrg', { reportingOrg: ['XM-DAC-41114'] }],
  ['theme', { theme: ['nhri'] }],
  ['sector', { sector: ['15160'] }],
  ['activeDuring', { activeDuring: { from: '2021-01-01', to: '2021-12-31' } }],
  ['status', { status: ['2'] }],
];

/** Fields of the filter's conditions, besides those every query carries (mirror state, visibility). */
function conditionFields(filter: ActivityFilterInput): string[] {
  const always = new Set(['mirrorState', 'restricted']);
  const query = buildActivityQuery(filter);
  const parts: Document[] = query.$and ?? [query];
  return [...new Set(parts.flatMap((part) => Object.keys(part)).filter((f) => !always.has(f)))];
}

/** Every object of an explain plan that has a `stage`, however the server nests them. */
function stagesOf(plan: unknown): Document[] {
  if (Array.isArray(plan)) return plan.flatMap(stagesOf);
  if (plan === null || typeof plan !== 'object') return [];
  const own = 'stage' in plan ? [plan as Document] : [];
  return [...own, ...Object.values(plan).flatMap(stagesOf)];
}

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
  await insertActivities(database.db, [buildActivity(), buildActivity({ recipientCountries: [{ code: 'UG', percentage: 100 }] })]);
});

afterAll(() => database.destroy());

/** The names of the indexes a collection has on the server. */
async function listedNames(collection: string): Promise<string[]> {
  return (await database.db.collection(collection).listIndexes().toArray()).map((index) => index.name as string);
}

describe('indexes of the main activity filters', () => {
  it.each(MAIN_FILTERS)('the %s filter conditions are each the leading key of a declared index', (_, filter) => {
    const leadingKeys = new Set(INDEXES.activities!.map((index) => Object.keys(index.key)[0]));
    const fields = conditionFields(filter);
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter((field) => !leadingKeys.has(field))).toEqual([]);
  });

  it('creates every declared index on a server that uses them, and only the unique ones on the embedded engine', async () => {
    const declared = INDEXES.activities!;
    const expected = (await usesSecondaryIndexes(database.db)) ? declared : declared.filter((index) => index.unique);
    expect(expected.length).toBeGreaterThan(0);
    expect((await listedNames('activities')).sort()).toEqual(['_id_', ...expected.map((index) => index.name!)].sort());
  });

  it('keeps a non-unique index only where the server uses it (the embedded engine rebuilds each at every reopen)', async () => {
    await database.db.collection('activities').createIndex({ sortTitle: 1, status: 1 }, { name: 'left_by_an_earlier_version' });
    await ensureIndexes(database.db);
    expect((await listedNames('activities')).includes('left_by_an_earlier_version')).toBe(await usesSecondaryIndexes(database.db));
    await database.db.collection('activities').dropIndex('left_by_an_earlier_version').catch(() => undefined);
  });
});

/** Every unique index declared, with its collection: what each engine must enforce. */
const UNIQUE_INDEXES = Object.entries(INDEXES).flatMap(([collection, indexes]) =>
  indexes.filter((index) => index.unique).map((index) => [`${collection}.${index.name!}`, collection, index] as const),
);

/** A document whose values for the index's keys are `value` (dotted keys become nested fields). */
function docFor(key: Document, value: string): Document {
  const doc: Document = {};
  for (const field of Object.keys(key)) {
    const parts = field.split('.');
    let at = doc;
    for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Document;
    at[parts.at(-1)!] = value;
  }
  return doc;
}

describe('unique indexes, on every engine (the embedded engine enforces and looks up by them)', () => {
  it('declares a unique identity for activities, organisations, recommendations and API keys', () => {
    expect(UNIQUE_INDEXES.map(([name]) => name)).toEqual(
      expect.arrayContaining(['activities.activity_identity', 'api_keys.api_key_id', 'organisations.org_ref', 'recommendations.annotation_id']),
    );
  });

  it.each(UNIQUE_INDEXES)('%s refuses a second document with the same key (E11000) and stores only the first', async (_, collection, index) => {
    await ensureIndexes(database.db);
    const value = `unique-check-${index.name!}`;
    const target = database.db.collection(collection);
    await target.insertOne({ ...docFor(index.key as Document, value), marker: 'first' });
    try {
      const refused = await target.insertOne({ ...docFor(index.key as Document, value), marker: 'second' }).then(
        () => null,
        (error: { code?: number }) => error,
      );
      expect(refused?.code).toBe(11000);
      expect(await target.find(docFor(index.key as Document, value)).map((d) => d.marker).toArray()).toEqual(['first']);
    } finally {
      await target.deleteMany(docFor(index.key as Document, value));
    }
  });

  it('keys activities by identifier and reporting organisation together: the same identifier from another publisher is stored', async () => {
    await ensureIndexes(database.db);
    const activities = database.db.collection('activities');
    await activities.insertOne({ iatiIdentifier: 'SHARED-ID-1', reportingOrg: { ref: 'XM-DAC-41114' } });
    try {
      await activities.insertOne({ iatiIdentifier: 'SHARED-ID-1', reportingOrg: { ref: 'XM-DAC-41122' } });
      const duplicate = await activities.insertOne({ iatiIdentifier: 'SHARED-ID-1', reportingOrg: { ref: 'XM-DAC-41122' } }).catch((error: { code?: number }) => error);
      expect((duplicate as { code?: number }).code).toBe(11000);
      expect(await activities.countDocuments({ iatiIdentifier: 'SHARED-ID-1' })).toBe(2);
    } finally {
      await activities.deleteMany({ iatiIdentifier: 'SHARED-ID-1' });
    }
  });
});

describe('indexes of the recommendation filters', () => {
  it('makes each recommendation filter condition the leading key of a declared index', () => {
    const leadingKeys = new Set(INDEXES.recommendations!.map((index) => Object.keys(index.key)[0]));
    const query = buildRecommendationQuery({ country: ['KE'], themeId: ['nhri'], bodyType: ['UPR'], status: ['OPEN'] });
    const fields = (query.$and as Document[]).flatMap((part) => Object.keys(part));
    expect(fields.filter((field) => !leadingKeys.has(field))).toEqual([]);
  });
});

describeOnMongoDB(`explain of the main activity filters (${NEEDS_MONGODB})`, () => {
  it.each(MAIN_FILTERS)('%s: IXSCAN on its index, no COLLSCAN', async (_, filter) => {
    const query = { $and: [buildActivityQuery(filter), visibleActivities(ANONYMOUS)] };
    const explained = await database.db.command({ explain: { find: 'activities', filter: query }, verbosity: 'queryPlanner' });
    const stages = stagesOf(explained.queryPlanner.winningPlan);
    const fields = conditionFields(filter);
    expect(stages.map((s) => s.stage)).not.toContain('COLLSCAN');
    const scanned = stages.filter((s) => s.stage === 'IXSCAN').map((s) => Object.keys(s.keyPattern as Document)[0]);
    expect(scanned.some((field) => fields.includes(field as string))).toBe(true);
  });
});
