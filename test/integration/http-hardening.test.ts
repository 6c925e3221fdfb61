import { createHash } from 'node:crypto';
import pino from 'pino';
import { TokenBucketRateLimiter } from '../../src/http/rate-limit';
import { buildActivity, insertActivities } from '../factories/activity.factory';
import { createKeyHeader } from '../support/api-keys';
import { type GraphQLBody, startTestGateway, type TestGateway } from '../support/server';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
});

afterAll(() => gateway.close());

describe('request body limit', () => {
  it('refuses a 2 MB body with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await fetch(`${gateway.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ about { version } } # ${'x'.repeat(2 * 1024 * 1024)}` }),
    });
    const body = (await res.json()) as GraphQLBody;
    expect({ status: res.status, code: body.errors?.[0]?.extensions?.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });
});

describe('rate limiting', () => {
  let limited: TestGateway;
  // Each test gets its own gateway with a budget of 2 per minute on a frozen clock: the bucket
  // never refills during the test (no sleeping), and no test spends another's budget.
  beforeEach(async () => {
    limited = await startTestGateway({}, { rateLimiter: new TokenBucketRateLimiter({ perMinute: 2, now: () => 0 }) });
  });

  afterEach(() => limited.close());

  const liaisonKey = async (organisationRef: string) => ({ authorization: (await createKeyHeader(limited.database.orm, { role: 'LIAISON', organisationRef })).authorization });
  const statusOf = async (headers?: Record<string, string>) => (await limited.post('{ viewer { role organisationRef } }', undefined, headers)).status;

  it('refuses a client over its budget with 429 RATE_LIMITED and Retry-After', async () => {
    expect([await statusOf(), await statusOf()]).toEqual([200, 200]);
    const res = await fetch(`${limited.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ about { version } }"}' });
    const body = (await res.json()) as GraphQLBody;
    expect({ status: res.status, retryAfter: res.headers.get('retry-after'), code: body.errors?.[0]?.extensions?.code }).toEqual({ status: 429, retryAfter: '30', code: 'RATE_LIMITED' });
  });

  it('keeps a separate budget per API key', async () => {
    const undp = await liaisonKey('XM-DAC-41114');
    const unicef = await liaisonKey('XM-DAC-41122');
    // UNDP's key spends its whole budget; the anonymous caller on the same address and UNICEF's key still have theirs.
    expect([await statusOf(undp), await statusOf(undp), await statusOf(undp)]).toEqual([200, 200, 429]);
    const unicefFirst = await limited.post('{ viewer { role organisationRef } }', undefined, unicef);
    expect({ status: unicefFirst.status, viewer: unicefFirst.body.data?.viewer }).toEqual({ status: 200, viewer: { role: 'LIAISON', organisationRef: 'XM-DAC-41122' } });
    expect([await statusOf(unicef), await statusOf(unicef)]).toEqual([200, 429]);
    expect([await statusOf(), await statusOf(), await statusOf()]).toEqual([200, 200, 429]);
  });
});

describe('introspection switch', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('answers introspection when CONCORD_INTROSPECTION is on', async () => {
    const r = await gateway.post(INTROSPECT);
    expect(r.body.data?.__schema.queryType.name).toBe('Query');
  });

  describe('with CONCORD_INTROSPECTION=false', () => {
    let closed: TestGateway;

    beforeAll(async () => {
      closed = await startTestGateway({ CONCORD_INTROSPECTION: 'false' });
    });

    afterAll(() => closed.close());

    it('refuses introspection', async () => {
      const r = await closed.post(INTROSPECT);
      expect({ status: r.status, code: r.body.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    });

    it('does not reveal field names through "Did you mean" suggestions', async () => {
      const r = await closed.post('{ activitie { totalCount } }');
      expect(r.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    });
  });
});

describe('CSRF prevention', () => {
  const mutation = 'mutation { createOhchrActivity(input: { identifier: "CSRF-1", titleEn: "Forged", countries: [{ code: "KE" }] }) { __typename } }';
  let admin: Record<string, string>;
  const created = () => gateway.database.db.collection('activities').countDocuments({ iatiIdentifier: 'CSRF-1' });

  beforeAll(async () => {
    admin = { authorization: (await createKeyHeader(gateway.database.orm, { role: 'ADMIN' })).authorization };
  });

  it('refuses a GET mutation without a preflight-forcing header, writing nothing', async () => {
    const res = await fetch(`${gateway.baseUrl}/graphql?query=${encodeURIComponent(mutation)}`, { headers: admin });
    const body = (await res.json()) as GraphQLBody;
    expect({ status: res.status, code: body.errors?.[0]?.extensions?.code, csrf: /Cross-Site Request Forgery/.test(body.errors?.[0]?.message ?? ''), created: await created() }).toEqual({
      status: 400,
      code: 'BAD_REQUEST',
      csrf: true,
      created: 0,
    });
  });

  it('refuses a POST with a simple content type (text/plain, as a cross-site form sends), writing nothing', async () => {
    const res = await fetch(`${gateway.baseUrl}/graphql`, { method: 'POST', headers: { ...admin, 'content-type': 'text/plain' }, body: JSON.stringify({ query: mutation }) });
    const body = (await res.json()) as GraphQLBody;
    expect({ status: res.status, code: body.errors?.[0]?.extensions?.code, csrf: /Cross-Site Request Forgery/.test(body.errors?.[0]?.message ?? ''), created: await created() }).toEqual({
      status: 400,
      code: 'BAD_REQUEST',
      csrf: true,
      created: 0,
    });
  });

  it('refuses a mutation over GET even with the preflight header (405)', async () => {
    const res = await fetch(`${gateway.baseUrl}/graphql?query=${encodeURIComponent(mutation)}`, { headers: { ...admin, 'apollo-require-preflight': 'true' } });
    expect({ status: res.status, created: await created() }).toEqual({ status: 405, created: 0 });
  });
});

describe('internal errors in production', () => {
  let production: TestGateway;
  const logLines: string[] = [];

  beforeAll(async () => {
    const logger = pino({ level: 'error' }, { write: (line: string) => void logLines.push(line) });
    production = await startTestGateway({ NODE_ENV: 'production' }, { logger });
    // A record the resolvers cannot read (no provenance): resolving `source` throws a TypeError.
    await insertActivities(production.database.db, [{ ...buildActivity({ iatiIdentifier: 'BROKEN-1' }), provenance: null as never }]);
  });

  afterAll(() => production.close());

  it('answers INTERNAL_SERVER_ERROR without message, stack or detail', async () => {
    const r = await production.post('{ activity(iatiIdentifier: "BROKEN-1") { source { name } } }');
    expect(r.body.errors).toEqual([{ message: 'An internal error occurred.', locations: expect.any(Array), path: ['activity', 'source'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  });

  it('logs the real error with the request id the client got in x-request-id', async () => {
    const res = await fetch(`${production.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ activity(iatiIdentifier: "BROKEN-1") { source { name } } }' }) });
    await res.json();
    const requestId = res.headers.get('x-request-id');
    const logged = logLines.map((l) => JSON.parse(l)).find((l) => l.requestId === requestId);
    expect(logged?.err?.message).toMatch(/Cannot read properties of null/);
  });
});

describe('automatic persisted queries', () => {
  const query = '{ about { version } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const persisted = { persistedQuery: { version: 1, sha256Hash } };
  const send = (body: Record<string, unknown>) =>
    fetch(`${gateway.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<GraphQLBody>);

  it('answers PERSISTED_QUERY_NOT_FOUND for a hash it has not seen', async () => {
    const unknown = await send({ extensions: persisted });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('runs a query by its hash alone once the query was sent with it', async () => {
    const registered = await send({ query, extensions: persisted });
    expect(registered.data?.about.version).toEqual(expect.any(String));
    expect(await send({ extensions: persisted })).toEqual(registered);
  });
});
