import { type AuditResult, serverAudits } from 'graphql-http';
import { startTestGateway, type TestGateway } from '../support/server';

/** GraphQL-over-HTTP conformance: the graphql-http audit suite against the running gateway. */
let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
});

afterAll(() => gateway.close());

const audits = serverAudits({ url: () => `${gateway.baseUrl}/graphql` });
const describeFailure = (r: AuditResult) => (r.status === 'ok' ? 'ok' : `${r.status}: ${r.reason}`);

describe('MUST audits', () => {
  it.each(audits.filter((a) => a.name.startsWith('MUST')).map((a) => [a.name, a] as const))('%s', async (_, audit) => {
    expect(describeFailure(await audit.fn())).toBe('ok');
  });
});

/**
 * Recommendations Concord does not follow, on purpose:
 * - GET queries need a CSRF-safe header (apollo-require-preflight or x-apollo-operation-name):
 *   CSRF prevention refuses the audit's plain GETs (5A70, D6D5, 6A70, all MAY).
 * - Parse, validation and variable errors answer 400 even to clients that accept only
 *   application/json, where the spec prefers 200 (572B, FDE2, 7B9B, SHOULD): Apollo Server's
 *   choice, and the status documented for those codes in src/errors.ts.
 */
const KNOWN_DEVIATIONS = ['5A70', 'D6D5', '6A70', '572B', 'FDE2', '7B9B'];

describe('SHOULD and MAY audits', () => {
  it('deviate only where documented', async () => {
    const results = await Promise.all(audits.filter((a) => !a.name.startsWith('MUST')).map((a) => a.fn()));
    expect(results.filter((r) => r.status !== 'ok').map((r) => r.id).sort()).toEqual([...KNOWN_DEVIATIONS].sort());
  });
});
