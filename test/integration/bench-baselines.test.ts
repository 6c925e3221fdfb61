import { COUNTRY_PAGE } from '../../bench/api/query';
import { rawCountryPage } from '../../bench/api/raw-country-page';
import { loadSample } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';

/**
 * The API benchmark compares Concord's country page with a hand-written raw-driver endpoint; the
 * comparison is only fair if both answer the same JSON (the benchmark checks it by hash).
 */
let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
  await loadSample(gateway.database);
}, 120_000);

afterAll(() => gateway.close());

describe('the raw-driver baseline of bench:api', () => {
  it.each([['KE', 50], ['HT', 10]])('answers the %s page of %i exactly as the gateway does', async (country, first) => {
    const { body } = await gateway.post(COUNTRY_PAGE, { country, first, after: null });
    expect(body.errors).toBeUndefined();
    expect((body.data?.activities.edges as unknown[]).length).toBeGreaterThan(0);
    const raw = await rawCountryPage(gateway.database.db, country, first);
    expect(raw).toEqual(body.data);
    // The benchmark hashes the JSON text: key order counts too.
    expect(JSON.stringify(raw)).toBe(JSON.stringify(body.data));
  });
});
