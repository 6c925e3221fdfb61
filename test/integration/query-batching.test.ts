import { PAGE_WITH_JOINS } from '../../bench/api/query';
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

beforeAll(async () => {
  gateway = await startTestGateway();
  const ids = await insertActivities(gateway.database.db, Array.from({ length: ACTIVITIES }, (_, i) => activity(i)));
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

async function commandsFor(query: string, first: number): Promise<SentCommand[]> {
  let errors: unknown;
  const sent = await recordCommands(gateway.database.orm, async () => {
    const { body } = await gateway.post(query, { first });
    errors = body.errors;
  });
  expect(errors).toBeUndefined();
  return sent;
}

describe('a page of activities with its joins', () => {
  it('sends as many database commands for a page of 50 as for a page of 10', async () => {
    // Country activity counts are computed once per mirror version: the first request counts them.
    await commandsFor(PAGE_WITH_JOINS, 1);
    const ten = await commandsFor(PAGE_WITH_JOINS, 10);
    const fifty = await commandsFor(PAGE_WITH_JOINS, 50);
    expect(fifty.length).toBe(ten.length);
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
