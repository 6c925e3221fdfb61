import type { Document } from 'mongodb';
import { ensureIndexes, INDEXES, usesSecondaryIndexes } from '../../src/db/indexes';
import { type ActivityFilterInput, buildActivityQuery } from '../../src/modules/activity/activity.filter';
import { buildRecommendationQuery } from '../../src/modules/recommendation/recommendation.filter';
import { ANONYMOUS, visibleActivities } from '../../src/viewer';
import { buildActivity, insertActivities } from '../factories/activity.factory';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { describeOnMongoDB, NEEDS_MONGODB } from '../support/engine-kind';

/**
 * The main activity filters are answered through indexes.
 *
 * Every engine must list an index whose leading key is each filter's condition (checked on both).
 * On MongoDB, `explain` shows the plan directly (IXSCAN on the filter's index, no COLLSCAN); the
 * embedded engine (mongo-java-server) keeps the indexes but has no `explain` and scans in memory,
 * so the plan check runs only against a real MongoDB.
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
