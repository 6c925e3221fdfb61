import { ApiKeyService } from '../../src/auth/api-key.service';
import { createKeyHeader } from '../support/api-keys';
import { startTestGateway, type TestGateway } from '../support/server';

/**
 * Role × activity/field matrix over real HTTP. OHCHR creates two activities with UNDP taking part:
 * a public one and a restricted one, both with internal notes and an audit entry.
 */
let gateway: TestGateway;
const headers: Record<string, Record<string, string>> = { anonymous: {} };

const CREATE = `mutation($input: CreateOhchrActivityInput!) {
  createOhchrActivity(input: $input) { ... on OhchrActivityPayload { activity { id } } ... on ValidationFailed { fieldErrors { field message } } }
}`;

beforeAll(async () => {
  gateway = await startTestGateway();
  const orm = gateway.database.orm;
  headers['LIAISON of UNDP'] = { authorization: (await createKeyHeader(orm, { role: 'LIAISON', organisationRef: 'XM-DAC-41114', label: 'UNDP liaison' })).authorization };
  headers['LIAISON of WHO'] = { authorization: (await createKeyHeader(orm, { role: 'LIAISON', organisationRef: 'XM-DAC-928' })).authorization };
  headers.OHCHR_EDITOR = { authorization: (await createKeyHeader(orm, { role: 'OHCHR_EDITOR', label: 'Geneva desk' })).authorization };
  headers.ADMIN = { authorization: (await createKeyHeader(orm, { role: 'ADMIN' })).authorization };
  for (const [identifier, restricted] of [
    ['OHCHR-PUBLIC-1', false],
    ['OHCHR-RESTRICTED-1', true],
  ] as const) {
    const { body } = await gateway.post(
      CREATE,
      {
        input: {
          identifier,
          titleEn: `Joint NHRI support (${identifier})`,
          countries: [{ code: 'KE' }],
          participatingOrgs: [{ ref: 'XM-DAC-41114', role: 4 }],
          restricted,
          internalNotes: `notes on ${identifier}`,
        },
      },
      headers.ADMIN,
    );
    expect(body.data?.createOhchrActivity.activity.id).toEqual(expect.any(String));
  }
});

afterAll(() => gateway.close());

type Expect = 'visible' | 'hidden' | 'value' | 'FORBIDDEN';

const fieldQuery = (identifier: string, field: string) => `{ activity(iatiIdentifier: "${identifier}") { iatiIdentifier ${field} } }`;

async function ask(viewer: string, identifier: string, field = '') {
  return gateway.post(fieldQuery(identifier, field), undefined, headers[viewer]);
}

describe('who sees a restricted activity', () => {
  it.each<[string, Expect]>([
    ['anonymous', 'hidden'],
    ['LIAISON of UNDP', 'visible'],
    ['LIAISON of WHO', 'hidden'],
    ['OHCHR_EDITOR', 'visible'],
    ['ADMIN', 'visible'],
  ])('%s: %s', async (viewer, expected) => {
    const { body } = await ask(viewer, 'OHCHR-RESTRICTED-1');
    expect(body.data?.activity?.iatiIdentifier ?? null).toBe(expected === 'visible' ? 'OHCHR-RESTRICTED-1' : null);
  });
});

describe('who reads the restricted field internalNotes', () => {
  it.each<[string, Expect]>([
    ['anonymous', 'FORBIDDEN'],
    ['LIAISON of UNDP', 'value'],
    ['LIAISON of WHO', 'FORBIDDEN'],
    ['OHCHR_EDITOR', 'value'],
    ['ADMIN', 'value'],
  ])('%s: %s', async (viewer, expected) => {
    const { body } = await ask(viewer, 'OHCHR-PUBLIC-1', 'internalNotes');
    if (expected === 'value') {
      expect(body.data?.activity.internalNotes).toBe('notes on OHCHR-PUBLIC-1');
    } else {
      expect({ value: body.data?.activity.internalNotes, code: body.errors?.[0]?.extensions?.code, path: body.errors?.[0]?.path }).toEqual({
        value: null,
        code: 'FORBIDDEN',
        path: ['activity', 'internalNotes'],
      });
    }
  });
});

describe('who reads the audit trail', () => {
  it.each<[string, Expect]>([
    ['anonymous', 'FORBIDDEN'],
    ['LIAISON of UNDP', 'FORBIDDEN'],
    ['LIAISON of WHO', 'FORBIDDEN'],
    ['OHCHR_EDITOR', 'value'],
    ['ADMIN', 'value'],
  ])('%s: %s', async (viewer, expected) => {
    const { body } = await ask(viewer, 'OHCHR-PUBLIC-1', 'auditTrail { action }');
    if (expected === 'value') expect(body.data?.activity.auditTrail).toEqual([{ action: 'CREATE' }]);
    else expect({ value: body.data?.activity.auditTrail, code: body.errors?.[0]?.extensions?.code }).toEqual({ value: null, code: 'FORBIDDEN' });
  });
});

describe('who may write OHCHR activities', () => {
  it.each<[string, boolean]>([
    ['anonymous', false],
    ['LIAISON of UNDP', false],
    ['LIAISON of WHO', false],
    ['OHCHR_EDITOR', true],
    ['ADMIN', true],
  ])('%s: %s', async (viewer, allowed) => {
    const identifier = `OHCHR-BY-${viewer.replace(/\W+/g, '-')}`;
    const { body } = await gateway.post(CREATE, { input: { identifier, titleEn: 'Trial', countries: [{ code: 'UG' }] } }, headers[viewer]);
    if (allowed) expect(body.data?.createOhchrActivity.activity.id).toEqual(expect.any(String));
    else expect({ data: body.data, code: body.errors?.[0]?.extensions?.code }).toEqual({ data: null, code: 'FORBIDDEN' });
  });
});

describe('API keys on requests', () => {
  it('reports the viewer of a key', async () => {
    const { body } = await gateway.post('{ viewer { authenticated role organisationRef label } }', undefined, headers['LIAISON of UNDP']);
    expect(body.data?.viewer).toEqual({ authenticated: true, role: 'LIAISON', organisationRef: 'XM-DAC-41114', label: 'UNDP liaison' });
  });

  it('treats a request without Authorization as anonymous', async () => {
    const { body } = await gateway.post('{ viewer { authenticated role } }');
    expect(body.data?.viewer).toEqual({ authenticated: false, role: null });
  });

  it.each([
    ['an unknown key', `Bearer ck_0123456789abcdef_${'A'.repeat(43)}`],
    ['a malformed key', 'Bearer not-a-concord-key'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
  ])('refuses %s with 401 UNAUTHENTICATED', async (_, authorization) => {
    const { status, body } = await gateway.post('{ viewer { role } }', undefined, { authorization });
    expect({ status, code: body.errors?.[0]?.extensions?.code, data: body.data }).toEqual({ status: 401, code: 'UNAUTHENTICATED', data: undefined });
  });

  it('refuses a revoked key with 401 UNAUTHENTICATED', async () => {
    const { authorization, keyId } = await createKeyHeader(gateway.database.orm, { role: 'ADMIN' });
    await new ApiKeyService(gateway.database.orm.em.fork()).revoke(keyId);
    const { status } = await gateway.post('{ viewer { role } }', undefined, { authorization });
    expect(status).toBe(401);
  });

  it('refuses a key whose secret does not match its id', async () => {
    const { authorization } = await createKeyHeader(gateway.database.orm, { role: 'ADMIN' });
    const tampered = authorization.slice(0, -3) + (authorization.endsWith('AAA') ? 'BBB' : 'AAA');
    const { status } = await gateway.post('{ viewer { role } }', undefined, { authorization: tampered });
    expect(status).toBe(401);
  });
});
