import path from 'node:path';
import { createServer, type ConcordServer } from '../../src/server';
import { createDashboardClient, type DashboardClient } from '../../examples/dashboard-client/src/client';
import { activityPages, type ActivityEdge, type FinishedRun, refetch, watchImportRuns } from '../../examples/dashboard-client/src/dashboard';
import { openTestDatabase, testLogger, testMongoUri, type TestDatabase } from '../support/database';
import { loadSample } from '../support/sample';
import { ROOT, finished, runEntry, spawnEntry } from '../support/spawn';

/**
 * A dashboard as its authors would build it: urql in Node, the typed documents of the example
 * client (examples/dashboard-client), against a gateway on loopback. It pages with cursors,
 * refetches by global id through node(id:), and hears of an import the CLI runs in another process.
 */
let database: TestDatabase;
let server: ConcordServer;
let dashboard: DashboardClient;
let baseUrl: string;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadSample(database);
  server = await createServer({ orm: database.orm, config: database.config, logger: testLogger, embedded: false, ping: database.ping, live: { pollIntervalMs: 250 } });
  const port = await server.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${port}`;
  dashboard = createDashboardClient({ url: baseUrl });
}, 180_000);

afterAll(async () => {
  dashboard?.close();
  await server?.stop();
  await database?.destroy();
});

async function kenyanActivities(pageSize: number): Promise<{ edges: ActivityEdge[]; pages: number; totalCount: number }> {
  const edges: ActivityEdge[] = [];
  let pages = 0;
  let totalCount = 0;
  for await (const page of activityPages(dashboard.client, 'KE', pageSize)) {
    pages += 1;
    totalCount = page.totalCount;
    edges.push(...page.edges);
  }
  return { edges, pages, totalCount };
}

describe('a dashboard on urql', () => {
  it('pages through a country’s activities along the cursors, each once, up to the total count', async () => {
    const { edges, pages, totalCount } = await kenyanActivities(5);
    const ids = edges.map((e) => e.node.id);
    expect(pages).toBeGreaterThan(1);
    expect([ids.length, new Set(ids).size]).toEqual([totalCount, totalCount]);
  });

  it('refetches an activity by its global id through node(id:)', async () => {
    const { edges } = await kenyanActivities(20);
    const listed = edges[edges.length - 1]!.node;
    const again = await refetch(dashboard.client, listed.id);
    expect(again).toMatchObject({ __typename: 'Activity', id: listed.id, iatiIdentifier: listed.iatiIdentifier, title: listed.title });
  });

  it('hears of an import run the CLI finished in another process, and refetches that run by its id', async () => {
    const runs: FinishedRun[] = [];
    const errors: Error[] = [];
    const stop = watchImportRuns(dashboard.client, (run) => runs.push(run), (error) => errors.push(error));
    try {
      await until(() => server.live.subscriptionCount === 1 || errors.length > 0);
      const file = path.join(ROOT, 'test', 'fixtures', 'iati', 'activity-standard-example-annotated.xml');
      const cli = await runEntry('src/cli/main.ts', ['ingest', 'iati', file], { MONGODB_URI: testMongoUri(), MONGODB_DB: database.config.dbName, LOG_LEVEL: 'silent' });
      expect(cli.code).toBe(0);
      await until(() => runs.length > 0 || errors.length > 0, 15_000);
      expect(errors).toEqual([]);
      const [run] = runs;
      expect(run).toMatchObject({ kind: 'IATI', file: expect.stringContaining('activity-standard-example-annotated.xml'), status: 'SUCCEEDED' });
      expect(await refetch(dashboard.client, run!.id)).toMatchObject({ __typename: 'ImportRun', id: run!.id, status: 'SUCCEEDED' });
    } finally {
      stop();
    }
  }, 120_000);
});

describe('the example script', () => {
  it('lists a country’s activities page by page, refetches the first by its id, then waits for import runs', async () => {
    const child = spawnEntry('examples/dashboard-client/src/main.ts', ['KE'], { CONCORD_URL: baseUrl });
    const output = finished(child);
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    try {
      await until(() => stdout.includes('waiting for import runs') || child.exitCode !== null, 60_000);
    } finally {
      child.kill('SIGINT');
      await output;
    }
    const { totalCount } = await kenyanActivities(100);
    const listed = stdout.split('\n').filter((line) => /^\s+\d+\s{2}\S/.test(line));
    expect(stdout).toContain(`${totalCount} activities in KE`);
    expect(listed).toHaveLength(Math.min(totalCount, 100));
    expect(stdout).toMatch(/refetched by id: \S+/);
  }, 90_000);
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
