import { COUNTRY_PAGE, PAGE_WITH_JOINS } from '../../bench/api/query';
import type { StoredActivity } from '../../src/modules/activity/activity.model';
import { buildActivity, insertActivities } from '../factories/activity.factory';
import { buildRecommendation, insertRecommendations } from '../factories/recommendation.factory';
import { recordCommands, type SentCommand } from '../support/command-monitor';
import { startTestGateway, type TestGateway } from '../support/server';

/**
 * Database commands per GraphQL request do not grow with the page: every join of a page of
 * activities (organisations, countries, counts, recommendations, linked activities, nested
 * per-country lists) is one batched command, whatever the number of activities.
 */
const ORGS = ['XM-DAC-41114', 'XM-DAC-41122', 'XM-DAC-41121', 'XM-DAC-41304', 'XM-DAC-41302', 'XM-DAC-928', 'XM-DAC-41146', 'XM-DAC-41119'];
const COUNTRIES = ['KE', 'UG', 'GH', 'NG', 'MD', 'KH', 'MG', 'TZ', 'ET', 'SN', 'CO', 'PE'];
const ACTIVITIES = 80;
/** Activities in Kenya only, on top of the KE ones above: enough for a full country page of 50. */
const KENYA_ONLY = 60;

const PAGE_WITH_COUNTRY_LISTS = `query Page($first: Int!) {
  activities(first: $first) { edges { node {
    recipientCountries { country { activities(first: 2) { totalCount edges { node { iatiIdentifier } } } recommendations(first: 2) { edges { node { annotationId } } } } }
  } } }
}`;

let gateway: TestGateway;

function activity(i: number): StoredActivity {
  return buildActivity({
    iatiIdentifier: `BATCH-${i}`,
    reportingOrg: { ref: ORGS[i % ORGS.length]!, name: null, type: '40' },
    plannedStart: `20${10 + (i % 14)}-0${1 + (i % 9)}-01`,
    participatingOrgs: [
      { ref: ORGS[(i + 1) % ORGS.length]!, name: null, type: '40', role: 1 },
      { ref: ORGS[(i + 3) % ORGS.length]!, name: null, type: '40', role: 4 },
      { ref: null, name: 'A local partner', type: '22', role: 4 },
    ],
    recipientCountries: [
      { code: COUNTRIES[i % COUNTRIES.length]!, percentage: 70 },
      { code: COUNTRIES[(i * 7 + 3) % COUNTRIES.length]!, percentage: 30 },
    ],
  });
}

function kenyaActivity(i: number): StoredActivity {
  return buildActivity({
    iatiIdentifier: `KENYA-${i}`,
    reportingOrg: { ref: ORGS[i % ORGS.length]!, name: null, type: '40' },
    participatingOrgs: [{ ref: ORGS[(i + 2) % ORGS.length]!, name: null, type: '40', role: 2 }],
    recipientCountries: [{ code: 'KE', percentage: 100 }],
  });
}

beforeAll(async () => {
  gateway = await startTestGateway();
  const ids = await insertActivities(gateway.database.db, Array.from({ length: ACTIVITIES }, (_, i) => activity(i)));
  await insertActivities(gateway.database.db, Array.from({ length: KENYA_ONLY }, (_, i) => kenyaActivity(i)));
  await insertRecommendations(
    gateway.database.db,
    Array.from({ length: 36 }, (_, i) =>
      buildRecommendation({
        publicationDate: `20${15 + (i % 9)}-06-01`,
        countries: [COUNTRIES[i % COUNTRIES.length]!],
        linkedActivityIds: [ids[i]!],
      }),
    ),
  );
});

afterAll(() => gateway.close());

/** The commands of one page of `first` activities, after checking that the page has them all. */
async function commandsFor(query: string, first: number): Promise<SentCommand[]> {
  const { sent, data } = await answerWithCommands(query, { first });
  expect(data.activities.edges).toHaveLength(first);
  return sent;
}

async function answerWithCommands(query: string, variables: Record<string, unknown>): Promise<{ sent: SentCommand[]; data: any }> {
  let body: { data?: any; errors?: unknown } = {};
  const sent = await recordCommands(gateway.database.orm, async () => {
    body = (await gateway.post(query, variables)).body;
  });
  expect(body.errors).toBeUndefined();
  return { sent, data: body.data };
}

/**
 * The database commands of the benchmarked country page (bench/api, "KE page of 50"), warm: the
 * figure the README states. activities: find (the page) and aggregate (totalCount);
 * organisations: find (reporting and participating, with their acronyms); mirror_meta: find (the
 * mirror version, which keys the recipient countries' activity counts: those are counted once per
 * version, so only the first request sends that command). Country names come from the codelist.
 */
const COUNTRY_PAGE_COMMANDS = [
  { name: 'find', collection: 'activities' },
  { name: 'aggregate', collection: 'activities' },
  { name: 'find', collection: 'organisations' },
  { name: 'find', collection: 'mirror_meta' },
];

describe('the country page of the API benchmark', () => {
  it(`costs ${COUNTRY_PAGE_COMMANDS.length} database commands warm for a page of 50 and for a page of 10, and answers the page with its joins`, async () => {
    await answerWithCommands(COUNTRY_PAGE, { country: 'KE', first: 1 });
    const sort = (sent: SentCommand[]) => [...sent].sort((a, b) => `${a.collection}/${a.name}`.localeCompare(`${b.collection}/${b.name}`));
    const expected = sort(COUNTRY_PAGE_COMMANDS);
    const kenyan = await gateway.database.db.collection('activities').countDocuments({ 'recipientCountries.code': 'KE' });
    for (const first of [10, 50]) {
      const { sent, data } = await answerWithCommands(COUNTRY_PAGE, { country: 'KE', first });
      expect(sort(sent)).toEqual(expected);
      const edges = data.activities.edges as any[];
      expect({ totalCount: data.activities.totalCount, shown: edges.length }).toEqual({ totalCount: kenyan, shown: first });
      for (const { node } of edges) {
        expect(node.recipientCountries.map((c: any) => c.code)).toContain('KE');
        expect(node.reportingOrg.organisation?.acronym).toEqual(expect.any(String));
        expect(node.participatingOrgs.filter((p: any) => p.ref).every((p: any) => typeof p.organisation?.acronym === 'string')).toBe(true);
        const kenya = node.recipientCountries.find((c: any) => c.code === 'KE').country;
        expect(kenya).toEqual({ code: 'KE', name: 'Kenya', activityCount: kenyan });
      }
    }
  });
});

describe('a page of activities with its joins', () => {
  it('sends as many database commands for a page of 50 as for a page of 10', async () => {
    // Country activity counts are computed once per mirror version: the first request counts them.
    await commandsFor(PAGE_WITH_JOINS, 1);
    const ten = await commandsFor(PAGE_WITH_JOINS, 10);
    const fifty = await commandsFor(PAGE_WITH_JOINS, 50);
    expect(fifty.length).toBe(ten.length);
  });

  it('answers every join of the page of 50: organisations, countries, recommendations and their linked activities', async () => {
    const { data } = await answerWithCommands(PAGE_WITH_JOINS, { first: 50 });
    const nodes = (data.activities.edges as any[]).map((e) => e.node);
    expect(nodes).toHaveLength(50);
    for (const node of nodes) {
      expect(node.reportingOrg.organisation?.acronym).toEqual(expect.any(String));
      for (const c of node.recipientCountries) expect(c.country).toEqual({ code: c.code, name: expect.any(String), activityCount: expect.any(Number) });
      for (const r of node.recommendations) {
        expect(r.countries.map((c: any) => c.code).some((code: string) => node.recipientCountries.some((c: any) => c.code === code))).toBe(true);
        expect(r.linkedActivities).toHaveLength(1);
      }
    }
    expect(nodes.flatMap((n) => n.recommendations).length).toBeGreaterThan(0);
  });

  it('reads the organisations of all reporting and participating orgs with one command', async () => {
    const sent = await commandsFor(PAGE_WITH_JOINS, 50);
    expect(sent.filter((c) => c.collection === 'organisations')).toEqual([{ name: 'find', collection: 'organisations' }]);
  });

  it('reads the recommendations of all recipient countries with one command', async () => {
    const sent = await commandsFor(PAGE_WITH_JOINS, 50);
    expect(sent.filter((c) => c.collection === 'recommendations')).toEqual([{ name: 'find', collection: 'recommendations' }]);
  });
});

describe('nested per-country lists of a page', () => {
  it('send as many database commands for a page of 50 as for a page of 10', async () => {
    const ten = await commandsFor(PAGE_WITH_COUNTRY_LISTS, 10);
    const fifty = await commandsFor(PAGE_WITH_COUNTRY_LISTS, 50);
    expect(fifty.length).toBe(ten.length);
  });
});
