import { createKeyHeader } from '../support/api-keys';
import { recordCommands } from '../support/command-monitor';
import { loadSample } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';

/**
 * OHCHR field operations on the bundled sample over HTTP: the exit-strategy check of each, the
 * filters, and the editors' audited writes.
 */
let gateway: TestGateway;
let editor: Record<string, string>;
let liaison: Record<string, string>;

const FIELDS = `id identifier countryCode kind start end state sourceFile exitStrategy { status flagged reason lastYear { start end } latestPlanEnd coveringActivities { iatiIdentifier } }`;
const RESULT = `__typename ... on FieldOperationPayload { fieldOperation { ${FIELDS} } auditEntry { action actor { label role } changes { field before after } reason } }
  ... on ValidationFailed { message fieldErrors { field message } }`;
const CREATE = `mutation($input: CreateFieldOperationInput!) { createFieldOperation(input: $input) { ${RESULT} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateFieldOperationInput!) { updateFieldOperation(id: $id, input: $input) { ${RESULT} } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawFieldOperation(id: $id, reason: $reason) { ${RESULT} } }`;

const newOperation = (identifier: string, extra: Record<string, unknown> = {}) => ({
  identifier,
  name: 'Monitoring presence in Chad',
  country: 'td',
  kind: 'MONITORING',
  start: '2022-01-01',
  end: '2024-12-31',
  mandate: 'Monitoring of detention.',
  ...extra,
});

async function create(identifier: string, extra: Record<string, unknown> = {}) {
  return (await gateway.post(CREATE, { input: newOperation(identifier, extra) }, editor)).body.data!.createFieldOperation;
}

beforeAll(async () => {
  gateway = await startTestGateway();
  await loadSample(gateway.database);
  editor = { authorization: (await createKeyHeader(gateway.database.orm, { role: 'OHCHR_EDITOR', label: 'Geneva desk' })).authorization };
  liaison = { authorization: (await createKeyHeader(gateway.database.orm, { role: 'LIAISON', organisationRef: 'XM-DAC-41114', label: 'UNDP liaison' })).authorization };
}, 180_000);

afterAll(() => gateway?.close());

describe('fieldOperations on the sample', () => {
  const statusOf = async (identifier: string) => (await gateway.post(`query($i: String) { fieldOperation(identifier: $i) { ${FIELDS} } }`, { i: identifier })).body.data!.fieldOperation;

  it('covers an operation whose last year OHCHR projects in the country cover and outlast', async () => {
    const op = await statusOf('OHCHR-EXAMPLE-FO-KE');
    expect(op.exitStrategy).toMatchObject({ status: 'COVERED', flagged: false, lastYear: { start: '2023-01-01', end: '2023-12-31' }, latestPlanEnd: '2024-06-30' });
    expect(op.exitStrategy.coveringActivities.map((a: { iatiIdentifier: string }) => a.iatiIdentifier)).toEqual(['OHCHR-EXAMPLE-KE-002', 'OHCHR-EXAMPLE-KE-001']);
  });

  it('flags an operation whose technical cooperation ends before it does', async () => {
    const op = await statusOf('OHCHR-EXAMPLE-FO-HT');
    expect(op.exitStrategy).toMatchObject({ status: 'PLAN_ENDS_BEFORE_OPERATION', flagged: true, latestPlanEnd: '2024-12-31' });
    expect(op.exitStrategy.reason).toBe('The technical cooperation covering the last year (2024-07-01 – 2025-06-30) ends on 2024-12-31, before the operation ends on 2025-06-30.');
  });

  it('flags an operation with no technical cooperation in its last year, and an open-ended one', async () => {
    expect((await statusOf('OHCHR-EXAMPLE-FO-NG')).exitStrategy).toMatchObject({ status: 'NO_EXIT_PLAN', flagged: true, coveringActivities: [] });
    expect((await statusOf('OHCHR-EXAMPLE-FO-MX')).exitStrategy).toMatchObject({ status: 'OPEN_ENDED', flagged: true, lastYear: null });
  });

  it('lists operations by country and filters the flagged ones', async () => {
    const { body } = await gateway.post(`{ all: fieldOperations(filter: { country: ["HT", "KE", "MX", "NG", "UG"] }) { totalCount edges { node { countryCode } } }
      flagged: fieldOperations(filter: { country: ["HT", "KE", "MX", "NG", "UG"], flagged: true }) { edges { node { identifier } } } }`);
    expect(body.data!.all.edges.map((e: { node: { countryCode: string } }) => e.node.countryCode)).toEqual(['HT', 'KE', 'MX', 'NG', 'UG']);
    expect(body.data!.flagged.edges.map((e: { node: { identifier: string } }) => e.node.identifier)).toEqual(['OHCHR-EXAMPLE-FO-HT', 'OHCHR-EXAMPLE-FO-MX', 'OHCHR-EXAMPLE-FO-NG', 'OHCHR-EXAMPLE-FO-UG']);
  });

  it('keeps operations that ended before a period out of it', async () => {
    const { body } = await gateway.post(`{ fieldOperations(filter: { country: ["UG", "KE"], activeDuring: { from: "2023-07-01", to: "2023-12-31" } }) { edges { node { identifier } } } }`);
    expect(body.data!.fieldOperations.edges.map((e: { node: { identifier: string } }) => e.node.identifier)).toEqual(['OHCHR-EXAMPLE-FO-KE']);
  });

  it('refuses an unknown country code with one clear error', async () => {
    const { body } = await gateway.post(`{ fieldOperations(filter: { country: ["KEN"] }) { totalCount } }`);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.country' } });
    expect(body.errors?.[0]?.message).toMatch(/did you mean KE\?/);
  });
});

describe('writing field operations', () => {
  it('creates an operation, normalised, with its audit entry', async () => {
    const result = await create('OHCHR-TD-FO-1');
    expect(result.fieldOperation).toMatchObject({ identifier: 'OHCHR-TD-FO-1', countryCode: 'TD', kind: 'MONITORING', state: 'ACTIVE', sourceFile: 'api', exitStrategy: { status: 'NO_EXIT_PLAN' } });
    expect(result.auditEntry).toMatchObject({ action: 'CREATE', actor: { label: 'Geneva desk', role: 'OHCHR_EDITOR' } });
    expect(result.auditEntry.changes.map((c: { field: string }) => c.field)).toEqual(['identifier', 'name', 'country', 'kind', 'start', 'end', 'mandate']);
  });

  it('refuses invalid input listing every problem, and writes nothing', async () => {
    const result = await create('OHCHR TD 2', { country: 'Tchad', start: '2024-01-01', end: '2023-01-01', name: ' ' });
    expect(result.__typename).toBe('ValidationFailed');
    expect(result.fieldErrors.map((e: { field: string }) => e.field).sort()).toEqual(['country', 'end', 'identifier', 'name']);
    const { body } = await gateway.post(`{ fieldOperation(identifier: "OHCHR TD 2") { id } }`);
    expect(body.data!.fieldOperation).toBeNull();
  });

  it('refuses an identifier already taken', async () => {
    await create('OHCHR-TD-FO-3');
    const again = await create('OHCHR-TD-FO-3');
    expect(again.fieldErrors).toEqual([{ field: 'identifier', message: '"OHCHR-TD-FO-3" is already a field operation' }]);
  });

  it('is refused to anonymous callers and liaisons', async () => {
    const anonymous = await gateway.post(CREATE, { input: newOperation('OHCHR-TD-FO-4') });
    const undp = await gateway.post(CREATE, { input: newOperation('OHCHR-TD-FO-4') }, liaison);
    expect([anonymous.body.errors?.[0]?.extensions?.code, undp.body.errors?.[0]?.extensions?.code]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('updates fields, recomputes the exit-strategy check, and records what changed', async () => {
    const created = await create('OHCHR-TD-FO-5');
    const result = (await gateway.post(UPDATE, { id: created.fieldOperation.id, input: { end: null, kind: 'PREVENTIVE' } }, editor)).body.data!.updateFieldOperation;
    expect(result.fieldOperation).toMatchObject({ kind: 'PREVENTIVE', end: null, exitStrategy: { status: 'OPEN_ENDED' } });
    expect(result.auditEntry.changes).toEqual([
      { field: 'kind', before: '"MONITORING"', after: '"PREVENTIVE"' },
      { field: 'end', before: '"2024-12-31"', after: null },
    ]);
  });

  it('answers no audit entry for an update that changes nothing', async () => {
    const created = await create('OHCHR-TD-FO-6');
    const result = (await gateway.post(UPDATE, { id: created.fieldOperation.id, input: { kind: 'MONITORING' } }, editor)).body.data!.updateFieldOperation;
    expect(result.auditEntry).toBeNull();
  });

  it('withdraws an operation with its reason; it leaves the list but keeps its trail', async () => {
    const created = await create('OHCHR-TD-FO-7');
    const result = (await gateway.post(WITHDRAW, { id: created.fieldOperation.id, reason: 'Recorded twice' }, editor)).body.data!.withdrawFieldOperation;
    expect(result.fieldOperation.state).toBe('WITHDRAWN');
    expect(result.auditEntry).toMatchObject({ action: 'WITHDRAW', reason: 'Recorded twice' });
    const { body } = await gateway.post(`{ fieldOperations(filter: { country: ["TD"] }) { edges { node { identifier } } } }`);
    expect(body.data!.fieldOperations.edges.map((e: { node: { identifier: string } }) => e.node.identifier)).not.toContain('OHCHR-TD-FO-7');
    const trail = await gateway.post(`{ fieldOperation(identifier: "OHCHR-TD-FO-7") { auditTrail { action } } }`, {}, editor);
    expect(trail.body.data!.fieldOperation.auditTrail.map((e: { action: string }) => e.action)).toEqual(['CREATE', 'WITHDRAW']);
  });

  it('shows the audit trail to editors only', async () => {
    await create('OHCHR-TD-FO-8');
    const { body } = await gateway.post(`{ fieldOperation(identifier: "OHCHR-TD-FO-8") { identifier auditTrail { action } } }`);
    expect(body.data!.fieldOperation).toEqual({ identifier: 'OHCHR-TD-FO-8', auditTrail: null });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('batching', () => {
  it('sends as many database commands for five operations with their joins as for two', async () => {
    const page = (first: number) => `{ fieldOperations(filter: { country: ["HT", "KE", "MX", "NG", "UG"] }, first: ${first}) {
      edges { node { country { code } exitStrategy { coveringActivities { iatiIdentifier } } auditTrail { action } } } } }`;
    const commands = async (first: number) => {
      let edges = 0;
      const sent = await recordCommands(gateway.database.orm, async () => {
        edges = (await gateway.post(page(first), {}, editor)).body.data!.fieldOperations.edges.length;
      });
      expect(edges).toBe(first);
      return sent.length;
    };
    await commands(1);
    expect(await commands(5)).toBe(await commands(2));
  });
});
