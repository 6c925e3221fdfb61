import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import path from 'node:path';
import { loadSample } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';

/** Every ```graphql block of the README runs against the bundled sample without errors. */
const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
const isSubscription = (text: string) => /^\s*subscription\b/.test(text);
/** Queries and mutations run over POST /graphql; subscriptions are checked against the served schema. */
const examples = blocks.filter((text) => !isSubscription(text));
const subscriptions = blocks.filter(isSubscription);

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
  await loadSample(gateway.database);
}, 120_000);

afterAll(() => gateway.close());

it('has GraphQL examples', () => {
  expect(examples.length).toBeGreaterThanOrEqual(4);
});

describe.each(examples.map((query, i) => [i + 1, query] as const))('README example %i', (_, query) => {
  it('runs on the sample without errors and returns data', async () => {
    const { status, body } = await gateway.post(query);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const counts = JSON.stringify(body.data).match(/"(totalCount|totalActivities)":(\d+)/g) ?? [];
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((c) => !c.endsWith(':0'))).toBe(true);
  });
});

describe('README subscription examples', () => {
  it('are there, and each operation validates against the schema the gateway serves', async () => {
    expect(subscriptions.length).toBeGreaterThan(0);
    const served = await fetch(`${gateway.baseUrl}/schema.graphql`);
    expect(served.status).toBe(200);
    const schema = buildSchema(await served.text());
    for (const block of subscriptions) {
      const operations = block.split('\n').filter((line) => line.trim().startsWith('subscription'));
      expect(operations.length).toBeGreaterThan(0);
      for (const operation of operations) expect(validate(schema, parse(operation)).map((e) => e.message)).toEqual([]);
    }
  });
});

/** The rows of the markdown table that follows `heading` in the README. */
function tableAfter(heading: string): string[][] {
  const from = readme.indexOf(heading);
  const lines = readme.slice(from).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((c) => c.trim()));
  }
  return rows;
}

const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

describe('README worked examples, recomputed from the gateway', () => {
  it('Kenya: no overlap rests on the placeholder dates', async () => {
    const { body } = await gateway.post('{ overlaps(filter: { country: ["KE"] }) { totalCount } }');
    expect(body.data!.overlaps.totalCount).toBe(0);
  });

  it('Haiti: the overlaps of the table, with their scores and kinds', async () => {
    const { body } = await gateway.post(
      '{ overlaps(filter: { country: ["HT"], minScore: 0.5 }, first: 20) { edges { node { score kind kindReason scoreParts { reliability } activities { iatiIdentifier } } } } }',
    );
    const answered = body.data!.overlaps.edges.map(({ node }: any) => [
      String(node.score),
      `${node.kind} (${node.kindReason})`,
      node.activities.map((a: any) => a.iatiIdentifier).sort().join(' × '),
    ]);
    const documented = tableAfter('**Haiti**').map(([score, kind, activities]) => [score!, kind!, codes(activities!).sort().join(' × ')]);
    expect(answered).toEqual(documented);
    expect(body.data!.overlaps.edges.every(({ node }: any) => node.scoreParts.reliability === 1)).toBe(true);
  });

  it('Kenya gaps in 2021: kinds and themes of the table, and no organisation called absent that takes part', async () => {
    const { body } = await gateway.post(
      '{ gaps(filter: { country: ["KE"], period: { from: "2021-01-01", to: "2021-12-31" } }, first: 50) { edges { node { kind themes { label } absentOrganisations presence { organisation } } } } }',
    );
    const answered = body.data!.gaps.edges.map(({ node }: any) => `${node.kind} ${node.themes.map((t: any) => t.label.toLowerCase()).join(', ')}`).sort();
    const documented = tableAfter('**Gaps in Kenya in 2021**').map(([kind, theme]) => `${kind} ${theme}`).sort();
    expect(answered).toEqual(documented);
    for (const { node } of body.data!.gaps.edges) {
      const present = new Set(node.presence.map((p: any) => p.organisation));
      expect(node.absentOrganisations.filter((o: string) => present.has(o))).toEqual([]);
    }
  });

  it('Danida: the flagged activities the data-quality section counts', async () => {
    const { body } = await gateway.post('{ qualitySummary(filter: { reportingOrg: ["XM-DAC-3-1"] }) { flag count } }');
    expect(body.data!.qualitySummary).toEqual(
      expect.arrayContaining([
        { flag: 'PLACEHOLDER_DATE', count: 56 },
        { flag: 'NO_USABLE_DATE', count: 56 },
        { flag: 'NO_COUNTRY_OR_REGION', count: 34 },
      ]),
    );
  });

  it('refuses a country name with the code meant', async () => {
    const { body } = await gateway.post('{ activities(filter: { country: ["Kenya"] }) { totalCount } }');
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain('did you mean KE?');
  });
});
