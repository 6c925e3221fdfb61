import { buildActivity, insertActivities } from '../factories/activity.factory';
import { buildRecommendation, insertRecommendations } from '../factories/recommendation.factory';
import { startTestGateway, type TestGateway } from '../support/server';

let gateway: TestGateway;
let upr: string;

beforeAll(async () => {
  gateway = await startTestGateway();
  const [publicId, restrictedId] = await insertActivities(gateway.database.db, [
    buildActivity({ iatiIdentifier: 'ACT-KE-UG', recipientCountries: [{ code: 'KE', percentage: 50 }, { code: 'UG', percentage: 50 }] }),
    buildActivity({ iatiIdentifier: 'ACT-R', restricted: true }),
    buildActivity({ iatiIdentifier: 'ACT-GH', recipientCountries: [{ code: 'GH', percentage: 100 }] }),
  ]);
  [upr] = await insertRecommendations(gateway.database.db, [
    buildRecommendation({
      annotationId: 'ke-upr',
      publicationDate: '2023-03-01',
      body: { type: 'UPR', name: 'Universal Periodic Review' },
      countries: ['KE', 'XX'],
      themeIds: ['nhri'],
      uprRecommendingState: 'Fixtureland',
      uprPosition: 'SUPPORTED',
      linkedActivityIds: [publicId!, restrictedId!],
    }),
    buildRecommendation({ annotationId: 'ke-crc', publicationDate: '2022-03-01', countries: ['KE'], themeIds: ['rights-of-the-child'] }),
    buildRecommendation({ annotationId: 'ke-closed', publicationDate: '2024-01-01', countries: ['KE'], status: 'CLOSED' }),
    buildRecommendation({ annotationId: 'ug-sp', publicationDate: '2021-03-01', countries: ['UG'], body: { type: 'SPECIAL_PROCEDURE', name: 'SR food' } }),
    buildRecommendation({ annotationId: 'md-crc', publicationDate: '2020-03-01', countries: ['MD'] }),
  ]);
});

afterAll(() => gateway.close());

const annotationIds = (list: any[]) => list.map((r: any) => r.annotationId ?? r.node.annotationId);

describe('Query.recommendations', () => {
  it('lists every recommendation newest first', async () => {
    const { body } = await gateway.post('{ recommendations { totalCount edges { node { annotationId } } } }');
    expect(annotationIds(body.data?.recommendations.edges)).toEqual(['ke-closed', 'ke-upr', 'ke-crc', 'ug-sp', 'md-crc']);
    expect(body.data?.recommendations.totalCount).toBe(5);
  });

  it('filters by country (any case) and status', async () => {
    const { body } = await gateway.post('{ recommendations(filter: { country: ["ke"], status: [OPEN] }) { totalCount edges { node { annotationId } } } }');
    expect(annotationIds(body.data?.recommendations.edges)).toEqual(['ke-upr', 'ke-crc']);
    expect(body.data?.recommendations.totalCount).toBe(2);
  });

  it('filters by theme id', async () => {
    const { body } = await gateway.post('{ recommendations(filter: { themeId: ["nhri"] }) { edges { node { annotationId } } } }');
    expect(annotationIds(body.data?.recommendations.edges)).toEqual(['ke-upr']);
  });

  it('filters by body type', async () => {
    const { body } = await gateway.post('{ recommendations(filter: { bodyType: [SPECIAL_PROCEDURE, UPR] }) { edges { node { annotationId } } } }');
    expect(annotationIds(body.data?.recommendations.edges)).toEqual(['ke-upr', 'ug-sp']);
  });

  it('pages with after/endCursor through every recommendation once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body } = await gateway.post('query($a: String) { recommendations(first: 2, after: $a) { edges { node { annotationId } } pageInfo { hasNextPage endCursor } } }', { a: after });
      const page: any = body.data?.recommendations;
      seen.push(...annotationIds(page.edges));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['ke-closed', 'ke-upr', 'ke-crc', 'ug-sp', 'md-crc']);
  });
});

describe('Query.recommendation', () => {
  it('gives every field of the UHRI shape', async () => {
    const { body } = await gateway.post(
      'query($id: ID) { recommendation(id: $id) { annotationId symbol text publicationDate body { type name } countryCodes themes themeIds affectedPersons sdgs regions uprRecommendingState uprPosition status source { file hash } } }',
      { id: upr },
    );
    expect(body.data?.recommendation).toEqual({
      annotationId: 'ke-upr',
      symbol: expect.stringMatching(/^FIXTURE\//),
      text: expect.any(String),
      publicationDate: '2023-03-01',
      body: { type: 'UPR', name: 'Universal Periodic Review' },
      countryCodes: ['KE', 'XX'],
      themes: ['Juvenile justice'],
      themeIds: ['nhri'],
      affectedPersons: ['Children'],
      sdgs: ['16.3'],
      regions: ['Africa'],
      uprRecommendingState: 'Fixtureland',
      uprPosition: 'SUPPORTED',
      status: 'OPEN',
      source: { file: 'fixture.json', hash: 'hash-ke-upr' },
    });
  });

  it('finds a recommendation by UHRI AnnotationId', async () => {
    const { body } = await gateway.post('{ recommendation(annotationId: "ug-sp") { annotationId uprPosition } }');
    expect(body.data?.recommendation).toEqual({ annotationId: 'ug-sp', uprPosition: null });
  });

  it('refuses a call without id or annotationId with BAD_USER_INPUT', async () => {
    const { body } = await gateway.post('{ recommendation { id } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('joins the codelist countries, leaving out unknown codes', async () => {
    const { body } = await gateway.post('query($id: ID) { recommendation(id: $id) { countries { code name } } }', { id: upr });
    expect(body.data?.recommendation.countries).toEqual([{ code: 'KE', name: 'Kenya' }]);
  });

  it('joins the linked activities the caller may see', async () => {
    const { body } = await gateway.post('query($id: ID) { recommendation(id: $id) { linkedActivities { iatiIdentifier } } }', { id: upr });
    expect(body.data?.recommendation.linkedActivities).toEqual([{ iatiIdentifier: 'ACT-KE-UG' }]);
  });
});

describe('Activity.recommendations', () => {
  const query = (args: string) => `{ activity(iatiIdentifier: "ACT-KE-UG") { recommendations${args} { annotationId } } }`;

  it('lists the open recommendations of all recipient countries, newest first', async () => {
    const { body } = await gateway.post(query(''));
    expect(annotationIds(body.data?.activity.recommendations)).toEqual(['ke-upr', 'ke-crc', 'ug-sp']);
  });

  it('keeps the newest `first`', async () => {
    const { body } = await gateway.post(query('(first: 2)'));
    expect(annotationIds(body.data?.activity.recommendations)).toEqual(['ke-upr', 'ke-crc']);
  });

  it('keeps the recommendations of the given themes', async () => {
    const { body } = await gateway.post(query('(themeId: ["rights-of-the-child"])'));
    expect(annotationIds(body.data?.activity.recommendations)).toEqual(['ke-crc', 'ug-sp']);
  });

  it('is empty for a country without recommendations', async () => {
    const { body } = await gateway.post('{ activity(iatiIdentifier: "ACT-GH") { recommendations { annotationId } } }');
    expect(body.data?.activity.recommendations).toEqual([]);
  });
});
