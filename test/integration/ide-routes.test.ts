import { request } from 'node:http';
import { startTestGateway, type TestGateway } from '../support/server';

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/** A GET with the path sent exactly as written (fetch would normalise `..`). */
function rawGet(baseUrl: string, path: string): Promise<{ status: number; type: string | undefined }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the IDE in development', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway();
  });

  afterAll(() => gateway.close());

  it('answers a browser GET /graphql with the IDE page under a strict CSP', async () => {
    const res = await fetch(`${gateway.baseUrl}/graphql`, { headers: HTML });
    const page = await res.text();
    expect({ type: res.headers.get('content-type'), csp: res.headers.get('content-security-policy'), graphiql: page.includes('ide/graphiql.min.js') }).toEqual({
      type: 'text/html; charset=utf-8',
      csp: expect.stringContaining("default-src 'none'; script-src 'self'"),
      graphiql: true,
    });
  });

  it('loads nothing from another origin', async () => {
    const page = await (await fetch(`${gateway.baseUrl}/graphql`, { headers: HTML })).text();
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it.each([
    ['graphiql.min.js', 'text/javascript; charset=utf-8'],
    ['graphiql.min.css', 'text/css; charset=utf-8'],
    ['react.production.min.js', 'text/javascript; charset=utf-8'],
    ['react-dom.production.min.js', 'text/javascript; charset=utf-8'],
  ])('serves /ide/%s as %s', async (name, type) => {
    expect(await rawGet(gateway.baseUrl, `/ide/${name}`)).toEqual({ status: 200, type });
  });

  it.each(['/ide/../package.json', '/ide/..%2f..%2fpackage.json', '/ide/%2e%2e/package.json', '/ide/graphiql.min.js.map', '/ide/', '/ide/react/umd/react.development.js'])(
    'refuses %s (allow-list only)',
    async (path) => {
      expect((await rawGet(gateway.baseUrl, path)).status).toBe(404);
    },
  );

  it('still answers GraphQL GETs (with a query) as GraphQL', async () => {
    const res = await fetch(`${gateway.baseUrl}/graphql?query=${encodeURIComponent('{ about { version } }')}`, { headers: { ...HTML, 'apollo-require-preflight': 'true' } });
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});

describe('the IDE in production', () => {
  it('is off unless CONCORD_IDE=true', async () => {
    const gateway = await startTestGateway({ NODE_ENV: 'production' });
    try {
      const page = await fetch(`${gateway.baseUrl}/graphql`, { headers: HTML });
      const asset = await rawGet(gateway.baseUrl, '/ide/graphiql.min.js');
      expect({ page: page.headers.get('content-type'), asset: asset.status }).toEqual({ page: expect.stringMatching(/json/), asset: 404 });
    } finally {
      await gateway.close();
    }
  });

  it('is on with CONCORD_IDE=true', async () => {
    const gateway = await startTestGateway({ NODE_ENV: 'production', CONCORD_IDE: 'true' });
    try {
      const page = await fetch(`${gateway.baseUrl}/graphql`, { headers: HTML });
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    } finally {
      await gateway.close();
    }
  });
});
