import { buildActivity, insertActivities } from '../factories/activity.factory';
import { buildRecommendation, insertRecommendations } from '../factories/recommendation.factory';
import { startTestGateway, type TestGateway } from '../support/server';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
  await insertActivities(gateway.database.db, [
    buildActivity({ iatiIdentifier: 'KE-1', plannedStart: '2020-01-01', recipientCountries: [{ code: 'KE', percentage: 100 }] }),
    buildActivity({ iatiIdentifier: 'KE-2', plannedStart: '2022-01-01', recipientCountries: [{ code: 'KE', percentage: 60 }, { code: 'UG', percentage: 40 }] }),
    buildActivity({ iatiIdentifier: 'KE-3', plannedStart: '2021-01-01', status: '4', recipientCountries: [{ code: 'KE', percentage: 50 }, { code: 'KE', percentage: 50 }] }),
    buildActivity({ iatiIdentifier: 'KE-W', plannedStart: '2023-01-01', mirrorState: 'WITHDRAWN' }),
    buildActivity({ iatiIdentifier: 'KE-R', plannedStart: '2023-01-01', restricted: true }),
    buildActivity({ iatiIdentifier: 'GH-1', recipientCountries: [{ code: 'GH', percentage: 100 }] }),
    buildActivity({ iatiIdentifier: 'XX-1', recipientCountries: [{ code: 'XX', percentage: 100 }] }),
  ]);
  await insertRecommendations(gateway.database.db, [
    buildRecommendation({ annotationId: 'ke-old', countries: ['KE'], publicationDate: '2019-05-01' }),
    buildRecommendation({ annotationId: 'ke-new', countries: ['KE', 'UG'], publicationDate: '2023-05-01', body: { type: 'UPR', name: 'UPR' } }),
    buildRecommendation({ annotationId: 'md-1', countries: ['MD'], publicationDate: '2021-05-01' }),
  ]);
});

afterAll(() => gateway.close());

const codes = (connection: any) => connection.edges.map((e: any) => e.node.code);
const identifiers = (connection: any) => connection.edges.map((e: any) => e.node.iatiIdentifier);

describe('Query.countries', () => {
  it('lists the codelist countries of visible activities and of recommendations, in code order', async () => {
    const { body } = await gateway.post('{ countries { totalCount edges { node { code } } } }');
    expect(codes(body.data?.countries)).toEqual(['GH', 'KE', 'MD', 'UG']);
    expect(body.data?.countries.totalCount).toBe(4);
  });

  it('pages by code with after/endCursor', async () => {
    const first = await gateway.post('{ countries(first: 3) { pageInfo { hasNextPage endCursor } edges { node { code } } } }');
    expect(first.body.data?.countries.pageInfo.hasNextPage).toBe(true);
    const next = await gateway.post('query($a: String) { countries(first: 3, after: $a) { pageInfo { hasNextPage } edges { node { code } } } }', {
      a: first.body.data?.countries.pageInfo.endCursor,
    });
    expect(codes(next.body.data?.countries)).toEqual(['UG']);
  });

  it('refuses a cursor of another list with BAD_USER_INPUT', async () => {
    const page = await gateway.post('{ activities(first: 1) { pageInfo { endCursor } } }');
    const { body } = await gateway.post('query($a: String) { countries(after: $a) { totalCount } }', { a: page.body.data?.activities.pageInfo.endCursor });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Query.country', () => {
  it('gives the codelist name, in English when the codelist has no French name', async () => {
    const { body } = await gateway.post('{ country(code: "ke") { code name fr: name(lang: "fr") names { lang text } } }');
    expect(body.data?.country).toEqual({ code: 'KE', name: 'Kenya', fr: 'Kenya', names: [{ lang: 'en', text: 'Kenya' }] });
  });

  it('returns null for a code that is not in the Country codelist', async () => {
    const { body } = await gateway.post('{ country(code: "XX") { code } }');
    expect(body.data?.country).toBeNull();
  });
});

describe('Country.activityCount', () => {
  it('counts active visible activities once each, even when they name the country twice', async () => {
    const { body } = await gateway.post('{ ke: country(code: "KE") { activityCount } ug: country(code: "UG") { activityCount } md: country(code: "MD") { activityCount } }');
    expect(body.data).toEqual({ ke: { activityCount: 3 }, ug: { activityCount: 1 }, md: { activityCount: 0 } });
  });
});

describe('Country.activities', () => {
  it('lists the country’s activities newest first with their total', async () => {
    const { body } = await gateway.post('{ country(code: "KE") { activities { totalCount edges { node { iatiIdentifier } } } } }');
    expect(identifiers(body.data?.country.activities)).toEqual(['KE-2', 'KE-3', 'KE-1']);
    expect(body.data?.country.activities.totalCount).toBe(3);
  });

  it('pages with after/endCursor', async () => {
    const first = await gateway.post('{ country(code: "KE") { activities(first: 2) { pageInfo { hasNextPage endCursor } } } }');
    expect(first.body.data?.country.activities.pageInfo.hasNextPage).toBe(true);
    const next = await gateway.post('query($a: String) { country(code: "KE") { activities(first: 2, after: $a) { pageInfo { hasNextPage hasPreviousPage } edges { node { iatiIdentifier } } } } }', {
      a: first.body.data?.country.activities.pageInfo.endCursor,
    });
    expect(identifiers(next.body.data?.country.activities)).toEqual(['KE-1']);
    expect(next.body.data?.country.activities.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it('applies the activity filter, total included', async () => {
    const { body } = await gateway.post('{ country(code: "KE") { activities(filter: { status: ["4"] }) { totalCount edges { node { iatiIdentifier } } } } }');
    expect(identifiers(body.data?.country.activities)).toEqual(['KE-3']);
    expect(body.data?.country.activities.totalCount).toBe(1);
  });

  it('gives each country of a list its own first page', async () => {
    const { body } = await gateway.post('{ countries { edges { node { code activities(first: 1) { edges { node { iatiIdentifier } } } } } } }');
    const firsts = Object.fromEntries(body.data?.countries.edges.map((e: any) => [e.node.code, identifiers(e.node.activities)]));
    expect(firsts).toEqual({ GH: ['GH-1'], KE: ['KE-2'], MD: [], UG: ['KE-2'] });
  });
});

describe('Country.recommendations', () => {
  it('lists the country’s recommendations newest first', async () => {
    const { body } = await gateway.post('{ country(code: "KE") { recommendations { totalCount edges { node { annotationId } } } } }');
    expect(body.data?.country.recommendations.edges.map((e: any) => e.node.annotationId)).toEqual(['ke-new', 'ke-old']);
    expect(body.data?.country.recommendations.totalCount).toBe(2);
  });

  it('applies the recommendation filter', async () => {
    const { body } = await gateway.post('{ country(code: "KE") { recommendations(filter: { bodyType: [UPR] }) { totalCount edges { node { annotationId } } } } }');
    expect(body.data?.country.recommendations).toEqual({ totalCount: 1, edges: [{ node: { annotationId: 'ke-new' } }] });
  });
});

describe('CountryShare.country', () => {
  it('joins a recipient country to its Country, null for codes outside the codelist', async () => {
    const { body } = await gateway.post('{ activities(filter: { iatiIdentifier: ["GH-1", "XX-1"] }) { edges { node { iatiIdentifier recipientCountries { country { name } } } } } }');
    const byId = Object.fromEntries(body.data?.activities.edges.map((e: any) => [e.node.iatiIdentifier, e.node.recipientCountries[0].country]));
    expect(byId).toEqual({ 'GH-1': { name: 'Ghana' }, 'XX-1': null });
  });
});
