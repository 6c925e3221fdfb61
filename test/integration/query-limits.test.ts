import { getIntrospectionQuery } from 'graphql';
import { startTestGateway, type TestGateway } from '../support/server';

/** Small limits, so that the queries crossing them stay readable. */
let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway({ CONCORD_MAX_DEPTH: '6', CONCORD_MAX_ALIASES: '3', CONCORD_MAX_TOKENS: '250', CONCORD_MAX_COST: '1000' });
});

afterAll(() => gateway.close());

const refusal = (r: { status: number; body: { errors?: { extensions?: Record<string, unknown> }[] } }) => ({
  status: r.status,
  code: r.body.errors?.[0]?.extensions?.code,
  stacktrace: r.body.errors?.[0]?.extensions?.stacktrace,
});
const TOO_COMPLEX = { status: 400, code: 'QUERY_TOO_COMPLEX', stacktrace: undefined };

/** Six fields deep: activities › edges › node › reportingOrg › organisation › ref. */
const DEPTH_6 = '{ activities { edges { node { reportingOrg { organisation { ref } } } } } }';
/** Seven: … › organisation › activities › totalCount. */
const DEPTH_7 = '{ activities { edges { node { reportingOrg { organisation { activities { totalCount } } } } } } }';

describe('depth limit (graphql-armor)', () => {
  it('accepts a query at the limit', async () => {
    const r = await gateway.post(DEPTH_6);
    expect(r.body.errors).toBeUndefined();
  });

  it('refuses a query one level deeper with 400 QUERY_TOO_COMPLEX', async () => {
    expect(refusal(await gateway.post(DEPTH_7))).toEqual(TOO_COMPLEX);
  });

  it('lets the IDE introspection query through', async () => {
    const r = await gateway.post(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(r.body.data?.__schema.queryType.name).toBe('Query');
  });
});

describe('alias limit (graphql-armor)', () => {
  it('refuses more aliases than allowed', async () => {
    expect(refusal(await gateway.post('{ a: about { version } b: about { version } c: about { version } d: about { version } }'))).toEqual(TOO_COMPLEX);
  });
});

describe('token limit', () => {
  it('refuses a document with more tokens than allowed while parsing', async () => {
    const query = `{ ${Array.from({ length: 300 }, () => '__typename').join(' ')} }`;
    expect(refusal(await gateway.post(query))).toEqual(TOO_COMPLEX);
  });
});

describe('cost limit, page sizes included', () => {
  const page = 'query($n: Int) { activities(first: $n) { edges { node { id title } } } }';

  it('accepts a page whose size keeps the cost under the limit', async () => {
    const r = await gateway.post(page, { n: 200 });
    expect(r.body.errors).toBeUndefined();
  });

  it('refuses a bigger page of the same fields (first multiplies, from variables too)', async () => {
    expect(refusal(await gateway.post(page, { n: 300 }))).toEqual(TOO_COMPLEX);
  });

  it('multiplies nested pages', async () => {
    const r = await gateway.post('{ organisations(first: 20) { edges { node { activities(first: 50) { totalCount } } } } }');
    expect(refusal(r)).toEqual(TOO_COMPLEX);
  });

  it('says the cost and the limit', async () => {
    const r = await gateway.post(page, { n: 300 });
    expect(r.body.errors?.[0]?.message).toMatch(/costs 1201, above the limit of 1000/);
  });
});
