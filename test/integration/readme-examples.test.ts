import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSample } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';

/** Every ```graphql block of the README runs against the bundled sample without errors. */
const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

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
