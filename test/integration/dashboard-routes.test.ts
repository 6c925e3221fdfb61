import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ensureDashboardBuilt } from '../support/dashboard';
import { startTestGateway, type TestGateway } from '../support/server';

/** The dashboard's pages and assets as the gateway serves them: types, caching, a strict CSP. */
let gateway: TestGateway;
let script: string;

beforeAll(async () => {
  ensureDashboardBuilt();
  script = readdirSync(path.resolve(__dirname, '../../dist/web/assets')).find((f) => f.endsWith('.js'))!;
  gateway = await startTestGateway();
});

afterAll(() => gateway?.close());

const get = (p: string, method = 'GET') => fetch(`${gateway.baseUrl}${p}`, { method });

describe('dashboard pages', () => {
  it.each(['/', '/country/HT', '/meetings', '/meetings/6b11063a77ec00b9d97460b3', '/follow-ups'])('%s answers the app page, revalidated on each visit', async (p) => {
    const res = await get(p);
    expect([res.status, res.headers.get('content-type'), res.headers.get('cache-control'), (await res.text()).includes('<div id="root">')]).toEqual([200, 'text/html; charset=utf-8', 'no-cache', true]);
  });

  it('forbids inline scripts and styles and every connection but its own origin', async () => {
    const csp = (await get('/')).headers.get('content-security-policy') ?? '';
    expect(csp.split('; ')).toEqual(expect.arrayContaining(["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]));
  });

  it('has no inline script in its page', async () => {
    const page = await (await get('/')).text();
    expect(page.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
  });

  it('answers HEAD without a body', async () => {
    const res = await get('/', 'HEAD');
    expect([res.status, await res.text()]).toEqual([200, '']);
  });

  it('leaves other paths to the rest of the gateway', async () => {
    expect([(await get('/country/HTX')).status, (await get('/nowhere')).status]).toEqual([404, 404]);
  });
});

describe('dashboard assets', () => {
  it('serves hashed assets with their type, cached for good', async () => {
    const res = await get(`/assets/${script}`);
    expect([res.status, res.headers.get('content-type'), res.headers.get('cache-control'), res.headers.get('x-content-type-options')]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
      'nosniff',
    ]);
  });

  it('serves nothing outside the assets folder', async () => {
    expect([(await get('/assets/..%2Findex.html')).status, (await get('/assets/missing-0000.js')).status]).toEqual([404, 404]);
  });
});
