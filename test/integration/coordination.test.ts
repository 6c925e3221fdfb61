import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKeyHeader } from '../support/api-keys';
import { loadSample } from '../support/sample';
import { createServer } from '../../src/server';
import { testLogger } from '../support/database';
import { startTestGateway, type TestGateway } from '../support/server';

let gateway: TestGateway;
let editor: Record<string, string>;

beforeAll(async () => {
  gateway = await startTestGateway();
  await loadSample(gateway.database);
  editor = { authorization: (await createKeyHeader(gateway.database.orm, { role: 'OHCHR_EDITOR', label: 'Geneva desk' })).authorization };
}, 120_000);

afterAll(() => gateway.close());

const OVERLAPS_HT = `{
  overlaps(filter: { country: ["HT"] }, first: 50) {
    totalCount
    edges { node { id score kind countries period { start end }
      activities { iatiIdentifier reportingOrg { ref } recipientCountries { code } themes { theme { id } via } }
      themes { id } } }
  }
}`;

describe('overlaps on the sample', () => {
  it('finds overlaps in Haiti between different organisations sharing country and theme', async () => {
    const { body } = await gateway.post(OVERLAPS_HT);
    expect(body.errors).toBeUndefined();
    const edges = body.data?.overlaps.edges as any[];
    expect(body.data?.overlaps.totalCount).toBe(edges.length);
    expect(edges.length).toBeGreaterThan(0);
    for (const { node } of edges) {
      const [a, b] = node.activities;
      expect(a.reportingOrg.ref).not.toBe(b.reportingOrg.ref);
      expect(node.countries).toContain('HT');
      for (const activity of node.activities) expect(activity.recipientCountries.map((c: any) => c.code)).toContain('HT');
      const themeIds = node.themes.map((t: any) => t.id);
      for (const activity of node.activities) {
        expect(activity.themes.map((t: any) => t.theme.id)).toEqual(expect.arrayContaining(themeIds));
      }
      expect(node.score).toBeGreaterThan(0);
      expect(node.score).toBeLessThanOrEqual(1);
    }
  });

  it('orders overlaps by score, highest first', async () => {
    const { body } = await gateway.post(OVERLAPS_HT);
    const scores = (body.data?.overlaps.edges as any[]).map((e) => e.node.score);
    expect(new Set(scores).size).toBeGreaterThan(1);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it('shows an activity its overlaps', async () => {
    const { body } = await gateway.post(OVERLAPS_HT);
    const first = (body.data?.overlaps.edges as any[])[0].node;
    const res = await gateway.post(`{ activity(iatiIdentifier: ${JSON.stringify(first.activities[0].iatiIdentifier)}) { overlaps { id } } }`);
    expect(res.body.data?.activity.overlaps.map((o: any) => o.id)).toContain(first.id);
  });

  it('explains every activity theme with the rule that produced it', async () => {
    const { body } = await gateway.post('{ activity(iatiIdentifier: "OHCHR-EXAMPLE-KE-002") { themes { theme { id label } via weight } } }');
    expect(body.data?.activity.themes).toEqual(
      expect.arrayContaining([expect.objectContaining({ theme: { id: 'administration-of-justice', label: 'Administration of justice' }, via: expect.stringMatching(/15130/) })]),
    );
  });
});

describe('gaps and coverage on the sample', () => {
  it('reports gaps for the recommendation fixtures', async () => {
    const { body } = await gateway.post('{ gaps(first: 100) { totalCount edges { node { id kind countries themes { id } recommendations { symbol } } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data?.gaps.totalCount).toBeGreaterThan(0);
    const kinds = new Set((body.data?.gaps.edges as any[]).map((e) => e.node.kind));
    expect(kinds.has('UNADDRESSED_RECOMMENDATIONS') || kinds.has('RECOMMENDATION_WITHOUT_FOLLOW_UP')).toBe(true);
  });

  it('filters gaps by country', async () => {
    const all = await gateway.post('{ gaps(first: 500) { edges { node { id countries } } } }');
    const allGaps = all.body.data?.gaps.edges.map((e: any) => e.node) as { id: string; countries: string[] }[];
    const inKenya = allGaps.filter((g) => g.countries.includes('KE')).map((g) => g.id).sort();
    expect(inKenya.length).toBeGreaterThan(0);
    expect(inKenya.length).toBeLessThan(allGaps.length);
    const { body } = await gateway.post('{ gaps(filter: { country: ["KE"] }, first: 500) { edges { node { id countries } } } }');
    expect((body.data?.gaps.edges as any[]).map((e) => e.node.id).sort()).toEqual(inKenya);
  });

  it('builds the 3W matrix by country and organisation', async () => {
    const { body } = await gateway.post('{ coverage(filter: { country: ["KE"] }, groupBy: [COUNTRY, ORGANISATION]) { groupBy totalActivities rows { country organisation { ref } activityCount budgets { currency value } } } }');
    expect(body.errors).toBeUndefined();
    const rows = body.data?.coverage.rows as any[];
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.country === 'KE')).toBe(true);
    expect(new Set(rows.map((r) => r.organisation.ref)).size).toBe(rows.length);
  });
});

describe('coordination decisions', () => {
  const RECORD = 'mutation($id: ID!) { recordOverlapDecision(overlapId: $id, decision: JOINT_PROGRAMME_AGREED, note: "Agreed at the Nairobi meeting") { __typename ... on OverlapDecisionPayload { decision { decision note decidedBy } } ... on ValidationFailed { fieldErrors { field message } } } }';

  it('refuses anonymous users with FORBIDDEN', async () => {
    const { body } = await gateway.post(OVERLAPS_HT);
    const id = (body.data?.overlaps.edges as any[])[0].node.id;
    const res = await gateway.post(RECORD, { id });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records a decision by an OHCHR editor and shows it on the overlap', async () => {
    const { body } = await gateway.post(OVERLAPS_HT);
    const id = (body.data?.overlaps.edges as any[])[0].node.id;
    const res = await gateway.post(RECORD, { id }, editor);
    expect(res.body.data?.recordOverlapDecision).toEqual({
      __typename: 'OverlapDecisionPayload',
      decision: { decision: 'JOINT_PROGRAMME_AGREED', note: 'Agreed at the Nairobi meeting', decidedBy: 'Geneva desk · OHCHR_EDITOR' },
    });
    const after = await gateway.post(`{ overlap(id: "${id}") { decision { decision } decisions { decision } } }`);
    expect(after.body.data?.overlap.decision.decision).toBe('JOINT_PROGRAMME_AGREED');
    const decided = await gateway.post('{ overlaps(filter: { decision: [JOINT_PROGRAMME_AGREED] }) { totalCount edges { node { id } } } }');
    expect(decided.body.data?.overlaps.edges.map((e: any) => e.node.id)).toEqual([id]);
  });

  it('keeps the decision when a re-import updates one of the overlap\'s activities', async () => {
    const { importIatiFile } = await import('../../src/ingest/iati-import');
    const { themeIdsOf } = await import('../../src/modules/theme/theme-ids');
    const { sampleFile } = await import('../support/sample');
    const { body } = await gateway.post('{ overlaps(filter: { country: ["HT"] }, first: 50) { edges { node { id activities { id iatiIdentifier title source { file } } } } } }');
    // An overlap with an activity from a bundled IATI file, decided here (not by another test).
    const overlap = (body.data?.overlaps.edges as any[]).map((e) => e.node).find((o) => o.activities.some((a: any) => /\.xml$/.test(a.source.file)))!;
    const activity = overlap.activities.find((a: any) => /\.xml$/.test(a.source.file));
    const decided = await gateway.post('mutation($id: ID!) { recordOverlapDecision(overlapId: $id, decision: COMPLEMENTARY, note: "Kept across imports") { __typename } }', { id: overlap.id }, editor);
    expect(decided.body.data?.recordOverlapDecision.__typename).toBe('OverlapDecisionPayload');

    const file: string = activity.source.file;
    const original = readFileSync(sampleFile(file), 'utf8');
    const title = `>${activity.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}<`;
    expect(original.includes(title)).toBe(true);
    const changed = path.join(mkdtempSync(path.join(os.tmpdir(), 'concord-reimport-')), file);
    writeFileSync(changed, original.replace(title, '>A revised title<'));
    const run = await importIatiFile(gateway.database.orm, gateway.database.db, changed, { displayName: file, themeIdsOf });
    try {
      expect(run.counts).toMatchObject({ updated: 1, created: 0 });
      const after = await gateway.post(`{ activity(id: "${activity.id}") { title } overlap(id: "${overlap.id}") { decision { decision note } } }`);
      expect(after.body.data).toEqual({ activity: { title: 'A revised title' }, overlap: { decision: { decision: 'COMPLEMENTARY', note: 'Kept across imports' } } });
    } finally {
      await importIatiFile(gateway.database.orm, gateway.database.db, sampleFile(file), { displayName: file, themeIdsOf });
    }
  });

  it('answers an unknown overlap id with a field error, not an exception', async () => {
    const res = await gateway.post(RECORD, { id: 'ovl_00000000000000000000000000000000' }, editor);
    expect(res.body.data?.recordOverlapDecision).toEqual({ __typename: 'ValidationFailed', fieldErrors: [{ field: 'overlapId', message: expect.any(String) }] });
  });
});

describe('country-scoped analyses', () => {
  const ALL_OVERLAPS = `{ overlaps(first: 500) { edges { node { id score countries } } } }`;
  const overlapsIn = (countries: string[]) => `{ overlaps(filter: { country: ${JSON.stringify(countries)} }, first: 500) { edges { node { id score countries } } } }`;
  const ALL_GAPS = `{ gaps(first: 500) { edges { node { id kind countries } } } }`;
  const gapsIn = (countries: string[]) => `{ gaps(filter: { country: ${JSON.stringify(countries)} }, first: 500) { edges { node { id kind countries } } } }`;

  it('finds the same overlaps for a country whether computed for it alone or for the whole mirror', async () => {
    // A second server on the same data with caches of its own: each country's overlaps are
    // computed on their own before the whole mirror's exist.
    const fresh = await createServer({ orm: gateway.database.orm, config: gateway.database.config, logger: testLogger, embedded: false, ping: gateway.database.ping });
    const base = `http://127.0.0.1:${await fresh.listen(0, '127.0.0.1')}`;
    const post = async (query: string) =>
      (await (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as any;
    try {
      const scopedFirst: any[][] = [];
      for (const countries of [['HT'], ['KE', 'UG'], ['BD']]) scopedFirst.push((await post(overlapsIn(countries))).data.overlaps.edges as any[]);
      const all = (await post(ALL_OVERLAPS)).data.overlaps.edges as any[];
      expect(all.length).toBeGreaterThan(0);
      [['HT'], ['KE', 'UG'], ['BD']].forEach((countries, i) => {
        expect(scopedFirst[i]).toEqual(all.filter((e) => e.node.countries.some((c: string) => countries.includes(c))));
      });
      expect(scopedFirst[0]!.length).toBeGreaterThan(0);
    } finally {
      await fresh.stop();
    }
  });

  it('finds the same gaps for a country whether computed for it alone or for the whole mirror', async () => {
    for (const countries of [['KE'], ['HT', 'BD']]) {
      const scoped = (await gateway.post(gapsIn(countries))).body.data?.gaps.edges as any[];
      const whole = ((await gateway.post(ALL_GAPS)).body.data?.gaps.edges as any[]).filter((e) => e.node.countries.some((c: string) => countries.includes(c)));
      expect(scoped.length).toBeGreaterThan(0);
      expect(scoped).toEqual(whole);
    }
  });
});
