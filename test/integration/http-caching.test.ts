import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importIatiFile } from '../../src/ingest/iati-import';
import { mirrorVersion } from '../../src/modules/activity/mirror-version';
import { themeIdsOf } from '../../src/modules/theme/theme-ids';
import { createKeyHeader } from '../support/api-keys';
import { loadSample, sampleFile } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';

/**
 * HTTP caching of public reads over real HTTP: persisted queries by GET, `Cache-Control` from the
 * schema's hints (public only for anonymous callers reading nothing restricted), ETags tied to the
 * mirror version with 304 revalidation, the RateLimit header fields, and the published schema.
 */
let gateway: TestGateway;
let liaison: Record<string, string>;

const QUERY = '{ activities(first: 3) { totalCount edges { node { id iatiIdentifier title } } } }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
const PERSISTED = { persistedQuery: { version: 1, sha256Hash: HASH } };
// Apollo Server's CSRF prevention lets a GET through when it carries this header (fetch and CDNs keep it).
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

beforeAll(async () => {
  gateway = await startTestGateway();
  await loadSample(gateway.database);
  liaison = { authorization: (await createKeyHeader(gateway.database.orm, { role: 'LIAISON', organisationRef: 'XM-DAC-41114' })).authorization };
}, 120_000);

afterAll(() => gateway?.close());

function get(params: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  const search = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  return fetch(`${gateway.baseUrl}/graphql?${search}`, { headers: { ...PREFLIGHT, ...headers } });
}

/** Registers QUERY as a persisted query (automatic persisted queries: hash and query once). */
async function persist(): Promise<void> {
  const res = await get({ query: QUERY, extensions: PERSISTED });
  expect(res.status).toBe(200);
}

describe('a persisted query by GET', () => {
  it('is first unknown by its hash alone, then answered by its hash once registered', async () => {
    const unknown = await get({ extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('{ __typename }').digest('hex') } } });
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).not.toMatch(/public/);
    await persist();
    const res = await get({ extensions: PERSISTED });
    expect(((await res.json()) as any).data.activities.edges).toHaveLength(3);
  });

  it('answers an anonymous caller publicly cacheable, with an ETag and Vary: Authorization', async () => {
    await persist();
    const res = await get({ extensions: PERSISTED });
    expect(res.headers.get('cache-control')).toBe('max-age=60, public');
    expect(res.headers.get('etag')).toMatch(/^"m\d+-[A-Za-z0-9_-]{27}"$/);
    expect(res.headers.get('vary')).toMatch(/\bAuthorization\b/);
  });

  it('revalidates with 304 Not Modified and no body when If-None-Match names the ETag', async () => {
    await persist();
    const first = await get({ extensions: PERSISTED });
    const etag = first.headers.get('etag')!;
    const again = await get({ extensions: PERSISTED }, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('max-age=60, public');
  });

  it('gets a new ETag, and no 304, once an import has changed the mirror', async () => {
    await persist();
    const before = await get({ extensions: PERSISTED });
    const etag = before.headers.get('etag')!;
    const versionBefore = await mirrorVersion(gateway.database.db);
    // The WHO file again with one activity fewer: the import withdraws it and bumps the mirror version.
    const file = 'who_2021-06-15_dportal_128.xml';
    const original = readFileSync(sampleFile(file), 'utf8');
    const shrunk = path.join(mkdtempSync(path.join(os.tmpdir(), 'concord-caching-')), file);
    const last = original.lastIndexOf('<iati-activity ');
    writeFileSync(shrunk, original.slice(0, last) + original.slice(original.indexOf('</iati-activity>', last) + '</iati-activity>'.length));
    try {
      await importIatiFile(gateway.database.orm, gateway.database.db, shrunk, { displayName: file, themeIdsOf });
      expect(await mirrorVersion(gateway.database.db)).toBeGreaterThan(versionBefore);
      const after = await get({ extensions: PERSISTED }, { 'if-none-match': etag });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
    } finally {
      await importIatiFile(gateway.database.orm, gateway.database.db, sampleFile(file), { displayName: file, themeIdsOf });
    }
  });

  it('answers a caller with an API key privately', async () => {
    await persist();
    const res = await get({ extensions: PERSISTED }, liaison);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('max-age=60, private');
  });
});

describe('Cache-Control from the hints', () => {
  it('takes the shortest hint read: import runs are cacheable for 10 s', async () => {
    const res = await get({ query: '{ importRuns(first: 1) { edges { node { status } } } }' });
    expect(res.headers.get('cache-control')).toBe('max-age=10, public');
  });

  it('does not store an answer that reads the viewer (a private, zero hint)', async () => {
    const res = await get({ query: '{ viewer { authenticated } }' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('etag')).toBeNull();
  });

  it('does not store an answer with an error, such as a restricted field refused', async () => {
    const res = await get({ query: '{ activities(first: 1) { edges { node { auditTrail { id } } } } }' });
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('does not store a mutation, and refuses one by GET', async () => {
    const res = await fetch(`${gateway.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { createMeeting(input: { title: "x", date: "2026-01-01" }) { __typename } }' }),
    });
    expect(res.headers.get('cache-control')).toBe('no-store');
    const byGet = await get({ query: 'mutation { createMeeting(input: { title: "x", date: "2026-01-01" }) { __typename } }' });
    expect(byGet.status).toBe(405);
  });
});

describe('rate-limit state', () => {
  it('is in the RateLimit and RateLimit-Policy header fields', async () => {
    const res = await get({ query: '{ __typename }' });
    const limit = gateway.database.config.rateLimitPerMinute;
    expect(res.headers.get('ratelimit-policy')).toBe(`"default";q=${limit};w=60`);
    expect(res.headers.get('ratelimit')).toMatch(new RegExp(`^"default";r=\\d+;t=\\d+$`));
    const remaining = Number(/r=(\d+)/.exec(res.headers.get('ratelimit')!)![1]);
    expect(remaining).toBeLessThan(limit);
  });
});

describe('GET /schema.graphql', () => {
  it('serves the committed printed schema, cacheable and revalidated by its ETag', async () => {
    const res = await fetch(`${gateway.baseUrl}/schema.graphql`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toBe(readFileSync(path.join(__dirname, '../../docs/schema.graphql'), 'utf8'));
    const again = await fetch(`${gateway.baseUrl}/schema.graphql`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});
