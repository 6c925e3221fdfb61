import { buildActivity, insertActivities } from '../factories/activity.factory';
import { startTestGateway, type TestGateway } from '../support/server';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
  await insertActivities(gateway.database.db, [
    buildActivity({ iatiIdentifier: 'A-1', plannedStart: '2020-01-01', recipientCountries: [{ code: 'KE', percentage: 100 }] }),
    buildActivity({ iatiIdentifier: 'A-2', plannedStart: '2021-01-01', recipientCountries: [{ code: 'UG', percentage: 50 }] }),
    buildActivity({ iatiIdentifier: 'A-3', plannedStart: '2022-01-01', reportingOrg: { ref: 'XM-DAC-928', name: 'WHO', type: '40' } }),
    buildActivity({ iatiIdentifier: 'A-4', plannedStart: '2019-01-01', mirrorState: 'WITHDRAWN' }),
    buildActivity({ iatiIdentifier: 'A-5', plannedStart: '2018-01-01', restricted: true }),
  ]);
});

afterAll(() => gateway.close());

describe('Query.activities over HTTP', () => {
  it('counts the active public activities', async () => {
    const { status, body } = await gateway.post('{ activities(first: 2) { totalCount edges { node { iatiIdentifier } } } }');
    expect(status).toBe(200);
    expect(body.data?.activities.totalCount).toBe(3);
    expect(body.data?.activities.edges).toHaveLength(2);
  });

  it('pages with after/endCursor through every activity once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body } = await gateway.post(
        'query($after: String) { activities(first: 1, after: $after, orderBy: { field: START_DATE }) { edges { node { iatiIdentifier } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const page: any = body.data?.activities;
      seen.push(...page.edges.map((e: any) => e.node.iatiIdentifier));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['A-1', 'A-2', 'A-3']);
  });

  it('keeps a cursor stable when records are inserted before it', async () => {
    const first = await gateway.post('{ activities(first: 1, orderBy: { field: START_DATE }) { pageInfo { endCursor } } }');
    await insertActivities(gateway.database.db, [buildActivity({ iatiIdentifier: 'A-0', plannedStart: '2000-01-01' })]);
    const next = await gateway.post('query($a: String) { activities(first: 5, after: $a, orderBy: { field: START_DATE }) { edges { node { iatiIdentifier } } } }', {
      a: first.body.data?.activities.pageInfo.endCursor,
    });
    expect(next.body.data?.activities.edges.map((e: any) => e.node.iatiIdentifier)).toEqual(['A-2', 'A-3']);
    await gateway.database.db.collection('activities').deleteOne({ iatiIdentifier: 'A-0' });
  });

  it('pages backwards with last/before through the same order', async () => {
    const forward = await gateway.post('{ activities(first: 3, orderBy: { field: START_DATE }) { edges { cursor node { iatiIdentifier } } } }');
    const edges = forward.body.data?.activities.edges as any[];
    const back = await gateway.post('query($b: String) { activities(last: 2, before: $b, orderBy: { field: START_DATE }) { edges { node { iatiIdentifier } } pageInfo { hasPreviousPage hasNextPage } } }', {
      b: edges[2].cursor,
    });
    expect(back.body.data?.activities.edges.map((e: any) => e.node.iatiIdentifier)).toEqual(['A-1', 'A-2']);
    expect(back.body.data?.activities.pageInfo).toEqual({ hasPreviousPage: false, hasNextPage: true });
  });

  it('refuses mixing after and before', async () => {
    const { body } = await gateway.post('{ activities(after: "x", before: "y") { totalCount } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters by reporting organisation and country', async () => {
    const { body } = await gateway.post(
      '{ activities(filter: { reportingOrg: ["XM-DAC-41114"], country: ["ug"] }) { totalCount edges { node { iatiIdentifier recipientCountries { code name percentage } } } } }',
    );
    expect(body.data?.activities.totalCount).toBe(1);
    expect(body.data?.activities.edges[0].node.recipientCountries).toEqual([{ code: 'UG', name: 'Uganda', percentage: 50 }]);
  });

  it('filters by participating organisation in a given role', async () => {
    await insertActivities(gateway.database.db, [
      buildActivity({
        iatiIdentifier: 'P-1',
        participatingOrgs: [
          { role: 1, ref: 'XM-DAC-41122', name: 'UNICEF', type: '40' },
          { role: 4, ref: 'XM-DAC-41146', name: 'UN Women', type: '40' },
        ],
      }),
    ]);
    const query = (role: number, org: string) =>
      gateway.post(`{ activities(filter: { participatingOrg: ["${org}"], participatingRole: [${role}] }) { edges { node { iatiIdentifier } } } }`);
    const implementing = await query(4, 'XM-DAC-41146');
    expect(implementing.body.errors).toBeUndefined();
    expect(implementing.body.data?.activities.edges.map((e: any) => e.node.iatiIdentifier)).toEqual(['P-1']);
    expect((await query(4, 'XM-DAC-41122')).body.data?.activities.edges).toEqual([]);
    await gateway.database.db.collection('activities').deleteOne({ iatiIdentifier: 'P-1' });
  });

  it('includes withdrawn records only when asked', async () => {
    const { body } = await gateway.post('{ activities(filter: { includeWithdrawn: true }) { totalCount } }');
    expect(body.data?.activities.totalCount).toBe(4);
  });

  it('refuses a page larger than the maximum with BAD_USER_INPUT', async () => {
    const { body } = await gateway.post('{ activities(first: 501) { totalCount } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('Query.activity', () => {
  it('finds an activity by IATI identifier and resolves its reporting organisation', async () => {
    const { body } = await gateway.post('{ activity(iatiIdentifier: "A-3") { iatiIdentifier reportingOrg { ref organisation { acronym } } } }');
    expect(body.data?.activity).toEqual({ iatiIdentifier: 'A-3', reportingOrg: { ref: 'XM-DAC-928', organisation: { acronym: 'WHO' } } });
  });

  it('returns null for an unknown id', async () => {
    const { body } = await gateway.post('{ activity(id: "0123456789abcdef01234567") { id } }');
    expect(body.data?.activity).toBeNull();
  });

  it('hides restricted activities from anonymous users', async () => {
    const { body } = await gateway.post('{ activity(iatiIdentifier: "A-5") { id } }');
    expect(body.data?.activity).toBeNull();
  });
});

describe('executeOperation', () => {
  it('runs an operation in-process with a request context', async () => {
    const response = await gateway.server.apollo.executeOperation(
      { query: '{ organisations(first: 100) { totalCount edges { node { ref acronym } } } }' },
      { contextValue: gateway.server.context() },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(result?.errors).toBeUndefined();
    const refs = (result?.data as any).organisations.edges.map((e: any) => e.node.ref);
    expect(refs).toContain('XM-DAC-41313');
    expect((result?.data as any).organisations.totalCount).toBe(refs.length);
  });
});

describe('health endpoints', () => {
  it('answers /healthz', async () => {
    const res = await fetch(`${gateway.baseUrl}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz after a database ping', async () => {
    const res = await fetch(`${gateway.baseUrl}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });
});
