import type { Document } from 'mongodb';
import { INDEXES } from '../../src/db/indexes';
import { type ActivityFilterInput, buildActivityQuery } from '../../src/modules/activity/activity.filter';
import { buildRecommendationQuery } from '../../src/modules/recommendation/recommendation.filter';
import { ANONYMOUS, visibleActivities } from '../../src/viewer';
import { buildActivity, insertActivities } from '../factories/activity.factory';
import { openTestDatabase, type TestDatabase } from '../support/database';

/**
 * The main activity filters are answered through indexes.
 *
 * On MongoDB, `explain` shows it directly (IXSCAN on the filter's index, no COLLSCAN).
 * On the embedded engine (FerretDB 1.x, SQLite backend) it cannot: FerretDB creates the indexes
 * as SQLite expression indexes, but pushes no filter down to SQLite except a lone `_id`
 * equality; every other filter is evaluated by FerretDB on every row of a full table scan, and
 * its explain reports the SQLite plan (`SCAN <table>`) with `filterPushdown: false`. There the
 * tests assert what holds: each filter's condition is the leading key of an index that exists,
 * and the engine's plan is the documented full scan, so that a FerretDB upgrade that starts
 * pushing filters down makes these tests fail and get the IXSCAN-style assertion.
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
let ferretdb: boolean;

beforeAll(async () => {
  database = await openTestDatabase();
  await insertActivities(database.db, [buildActivity(), buildActivity({ recipientCountries: [{ code: 'UG', percentage: 100 }] })]);
  const buildInfo = await database.db.admin().command({ buildInfo: 1 });
  ferretdb = 'ferretdbVersion' in buildInfo;
});

afterAll(() => database.destroy());

describe('indexes of the main activity filters', () => {
  it.each(MAIN_FILTERS)('the %s filter conditions are each the leading key of an index the engine lists', async (_, filter) => {
    const listed = await database.db.collection('activities').listIndexes().toArray();
    const leadingKeys = new Set(listed.map((index) => Object.keys(index.key as Document)[0]));
    const fields = conditionFields(filter);
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter((field) => !leadingKeys.has(field))).toEqual([]);
  });

  it('creates every index db/indexes.ts declares for activities', async () => {
    const listed = (await database.db.collection('activities').listIndexes().toArray()).map((index) => index.name);
    expect(listed).toEqual(expect.arrayContaining(INDEXES.activities!.map((index) => index.name)));
  });
});

describe('indexes of the recommendation filters', () => {
  it('makes each recommendation filter condition the leading key of an index the engine lists', async () => {
    const listed = await database.db.collection('recommendations').listIndexes().toArray();
    const leadingKeys = new Set(listed.map((index) => Object.keys(index.key as Document)[0]));
    const query = buildRecommendationQuery({ country: ['KE'], themeId: ['nhri'], bodyType: ['UPR'], status: ['OPEN'] });
    const fields = (query.$and as Document[]).flatMap((part) => Object.keys(part));
    expect(fields.filter((field) => !leadingKeys.has(field))).toEqual([]);
  });
});

describe('explain of the main activity filters', () => {
  it.each(MAIN_FILTERS)('%s: IXSCAN on its index on MongoDB; the documented full scan on FerretDB/SQLite', async (_, filter) => {
    const query = { $and: [buildActivityQuery(filter), visibleActivities(ANONYMOUS)] };
    const explained = await database.db.command({ explain: { find: 'activities', filter: query }, verbosity: 'queryPlanner' });
    if (ferretdb) {
      // FerretDB 1.24 SQLite backend: explain = SQLite EXPLAIN QUERY PLAN of the SELECT it sends.
      expect(explained.filterPushdown).toBe(false);
      expect(explained.queryPlanner.Plan).toEqual([expect.stringMatching(/detail=SCAN activities_[0-9a-f]+$/)]);
    } else {
      const stages = stagesOf(explained.queryPlanner.winningPlan);
      const fields = conditionFields(filter);
      expect(stages.map((s) => s.stage)).not.toContain('COLLSCAN');
      const scanned = stages.filter((s) => s.stage === 'IXSCAN').map((s) => Object.keys(s.keyPattern as Document)[0]);
      expect(scanned.some((field) => fields.includes(field as string))).toBe(true);
    }
  });
});
