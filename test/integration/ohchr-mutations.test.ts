import { createHash } from 'node:crypto';
import { DERIVED_FIELDS_VERSION } from '../../src/modules/activity/activity.derived';
import { buildActivity, insertActivities } from '../factories/activity.factory';
import { createKeyHeader } from '../support/api-keys';
import { startTestGateway, type TestGateway } from '../support/server';

let gateway: TestGateway;
let editor: Record<string, string>;
let editorKeyId: string;

const RESULT = `
  __typename
  ... on OhchrActivityPayload {
    activity { id iatiIdentifier origin mirrorState restricted title titles { lang text } recipientCountries { code percentage } sectors { code }
      sdgGoals sdgTargets participatingOrgs { ref role } budgets { value currency } plannedStart plannedEnd internalNotes source { name file hash } }
    auditEntry { action actor { keyId label role } changes { field before after } reason }
  }
  ... on ValidationFailed { message fieldErrors { field message } }`;

const CREATE = `mutation($input: CreateOhchrActivityInput!) { createOhchrActivity(input: $input) { ${RESULT} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateOhchrActivityInput!) { updateOhchrActivity(id: $id, input: $input) { ${RESULT} } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawOhchrActivity(id: $id, reason: $reason) { ${RESULT} } }`;

const validInput = (identifier: string, extra: Record<string, unknown> = {}) => ({
  identifier,
  titleEn: 'Support to the national human rights institution',
  titleFr: "Appui à l'institution nationale des droits de l'homme",
  countries: [{ code: 'ke', percentage: 60 }, { code: 'UG', percentage: 40 }],
  sectors: [{ code: '15160' }],
  sdgTargets: ['16.a'],
  participatingOrgs: [{ ref: 'XM-DAC-41114', role: 4 }],
  budget: { value: 250000, currency: 'USD' },
  plannedStart: '2024-01-01',
  plannedEnd: '2025-12-31',
  internalNotes: 'Counterpart changed in March.',
  ...extra,
});

/** JSON with every object's keys in sorted order, arrays kept in order. */
function sortedKeysJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedKeysJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object).sort().map((key) => `${JSON.stringify(key)}:${sortedKeysJson(object[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

async function create(identifier: string, extra: Record<string, unknown> = {}) {
  const { body } = await gateway.post(CREATE, { input: validInput(identifier, extra) }, editor);
  return body.data?.createOhchrActivity;
}

beforeAll(async () => {
  gateway = await startTestGateway();
  const key = await createKeyHeader(gateway.database.orm, { role: 'OHCHR_EDITOR', label: 'Geneva desk' });
  editor = { authorization: key.authorization };
  editorKeyId = key.keyId;
});

afterAll(() => gateway.close());

describe('createOhchrActivity', () => {
  it('answers the created activity, normalised as the CSV importer does', async () => {
    const result = await create('OHCHR-KE-2024-01');
    expect(result.activity).toMatchObject({
      iatiIdentifier: 'OHCHR-KE-2024-01',
      origin: 'OHCHR',
      mirrorState: 'ACTIVE',
      restricted: false,
      recipientCountries: [{ code: 'KE', percentage: 60 }, { code: 'UG', percentage: 40 }],
      sdgGoals: ['16'],
      participatingOrgs: [{ ref: 'XM-DAC-41313', role: 2 }, { ref: 'XM-DAC-41114', role: 4 }],
      budgets: [{ value: 250000, currency: 'USD' }],
      internalNotes: 'Counterpart changed in March.',
      source: { name: 'OHCHR', file: 'api' },
    });
  });

  it('stores the document in the mirror shape: provenance, content hash and derived fields', async () => {
    const result = await create('OHCHR-KE-2024-02');
    const doc = await gateway.database.db.collection('activities').findOne({ iatiIdentifier: 'OHCHR-KE-2024-02' });
    const { _id, origin, mirrorState, restricted, provenance, warnings, internalNotes, ...stored } = doc!;
    const { themeIds, periodStart, periodEnd, searchText, budgetTotal, sortTitle, sortLastUpdated, participationKeys, qualityFlags, derivedVersion, ...record } = stored;
    const same = await gateway.post(`{ activity(id: ${JSON.stringify(result.activity.id)}) { iatiIdentifier } }`);
    expect(same.body.data?.activity).toEqual({ iatiIdentifier: 'OHCHR-KE-2024-02' });
    expect({ origin, mirrorState, restricted, warnings, internalNotes }).toEqual({ origin: 'OHCHR', mirrorState: 'ACTIVE', restricted: false, warnings: [], internalNotes: 'Counterpart changed in March.' });
    // The content hash is sha256 of the record's JSON with object keys sorted (computed here, not by the importer's code).
    expect(provenance).toMatchObject({ source: 'OHCHR', file: 'api', contentHash: createHash('sha256').update(sortedKeysJson(record)).digest('hex') });
    expect(record).toMatchObject({ plannedStart: '2024-01-01', plannedEnd: '2025-12-31', sdgGoals: ['16'], sdgTargets: ['16.A'] });
    expect({ themeIds, periodStart, periodEnd, searchText, budgetTotal, sortTitle, sortLastUpdated, participationKeys, qualityFlags, derivedVersion }).toEqual({
      themeIds: ['human-rights-general', 'nhri'],
      periodStart: '2024-01-01',
      periodEnd: '2025-12-31',
      searchText: "support to the national human rights institution\nappui à l'institution nationale des droits de l'homme",
      budgetTotal: 250000,
      sortTitle: 'support to the national human rights institution',
      sortLastUpdated: record.lastUpdated,
      participationKeys: ['XM-DAC-41114:4', 'XM-DAC-41313:2'],
      qualityFlags: [],
      derivedVersion: DERIVED_FIELDS_VERSION,
    });
  });

  it('records who created it in the audit trail', async () => {
    const result = await create('OHCHR-KE-2024-03');
    expect(result.auditEntry).toMatchObject({ action: 'CREATE', actor: { keyId: editorKeyId, label: 'Geneva desk', role: 'OHCHR_EDITOR' }, reason: null });
    expect(result.auditEntry.changes).toContainEqual({ field: 'titleEn', before: null, after: JSON.stringify('Support to the national human rights institution') });
  });

  it('answers ValidationFailed with every field error, and writes nothing', async () => {
    const result = await create('OHCHR BAD', {
      countries: [{ code: 'XX' }],
      sectors: [{ code: '99999', percentage: 120 }],
      status: '9',
      plannedEnd: '2023-01-01',
      budget: { value: -1, currency: 'EURO' },
      participatingOrgs: [{ ref: 'XM-DAC-41114', role: 7 }],
    });
    expect(result.__typename).toBe('ValidationFailed');
    expect(result.fieldErrors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['budget.currency', 'budget.value', 'countries.0.code', 'identifier', 'participatingOrgs.0.role', 'plannedEnd', 'sectors.0.code', 'sectors.0.percentage', 'status'].sort(),
    );
    expect(await gateway.database.db.collection('activities').countDocuments({ iatiIdentifier: 'OHCHR BAD' })).toBe(0);
  });

  it('refuses an identifier OHCHR already uses, as a field error', async () => {
    await create('OHCHR-DUP-1');
    const result = await create('OHCHR-DUP-1');
    expect(result.fieldErrors).toEqual([{ field: 'identifier', message: '"OHCHR-DUP-1" is already an OHCHR activity' }]);
  });

  it('refuses an empty country list as a field error', async () => {
    const result = await create('OHCHR-NO-COUNTRY', { countries: [] });
    expect(result.fieldErrors).toEqual([{ field: 'countries', message: 'needs at least one country' }]);
  });
});

describe('updateOhchrActivity', () => {
  it('changes the given fields only and audits them with before and after', async () => {
    const { activity } = await create('OHCHR-UPD-1');
    const { body } = await gateway.post(UPDATE, { id: activity.id, input: { titleEn: 'NHRI support, phase 2', budget: { value: 300000, currency: 'USD' } } }, editor);
    const result = body.data?.updateOhchrActivity;
    expect(result.activity).toMatchObject({ title: 'NHRI support, phase 2', titles: expect.arrayContaining([{ lang: 'fr', text: "Appui à l'institution nationale des droits de l'homme" }]), budgets: [{ value: 300000, currency: 'USD' }] });
    expect(result.auditEntry.changes).toEqual([
      { field: 'titleEn', before: JSON.stringify('Support to the national human rights institution'), after: JSON.stringify('NHRI support, phase 2') },
      { field: 'budget', before: JSON.stringify({ value: 250000, currency: 'USD' }), after: JSON.stringify({ value: 300000, currency: 'USD' }) },
    ]);
  });

  it('clears an optional field given as null', async () => {
    const { activity } = await create('OHCHR-UPD-2');
    const { body } = await gateway.post(UPDATE, { id: activity.id, input: { internalNotes: null, sectors: null } }, editor);
    expect(body.data?.updateOhchrActivity.activity).toMatchObject({ internalNotes: null, sectors: [] });
  });

  it('answers no audit entry when nothing changes', async () => {
    const { activity } = await create('OHCHR-UPD-3');
    const { body } = await gateway.post(UPDATE, { id: activity.id, input: { titleEn: 'Support to the national human rights institution' } }, editor);
    expect(body.data?.updateOhchrActivity.auditEntry).toBeNull();
  });

  it('validates the result of the merge (an end before the stored start)', async () => {
    const { activity } = await create('OHCHR-UPD-4');
    const { body } = await gateway.post(UPDATE, { id: activity.id, input: { plannedEnd: '2023-06-30' } }, editor);
    expect(body.data?.updateOhchrActivity.fieldErrors).toEqual([{ field: 'plannedEnd', message: 'is before plannedStart' }]);
  });

  it('refuses to edit an IATI activity, as a field error on id', async () => {
    const [id] = await insertActivities(gateway.database.db, [buildActivity({ iatiIdentifier: 'XM-DAC-41114-IATI-1' })]);
    const { body } = await gateway.post(UPDATE, { id, input: { titleEn: 'Hijacked' } }, editor);
    expect(body.data?.updateOhchrActivity.fieldErrors[0].field).toBe('id');
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const { body } = await gateway.post(UPDATE, { id: '0123456789abcdef01234567', input: { titleEn: 'x' } }, editor);
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('withdrawOhchrActivity', () => {
  it('marks the activity WITHDRAWN and audits the reason', async () => {
    const { activity } = await create('OHCHR-WD-1');
    const { body } = await gateway.post(WITHDRAW, { id: activity.id, reason: 'Duplicate of OHCHR-KE-2024-01' }, editor);
    expect(body.data?.withdrawOhchrActivity).toMatchObject({
      activity: { mirrorState: 'WITHDRAWN' },
      auditEntry: { action: 'WITHDRAW', reason: 'Duplicate of OHCHR-KE-2024-01', changes: [{ field: 'mirrorState', before: '"ACTIVE"', after: '"WITHDRAWN"' }] },
    });
  });

  it('requires a reason', async () => {
    const { activity } = await create('OHCHR-WD-2');
    const { body } = await gateway.post(WITHDRAW, { id: activity.id, reason: '  ' }, editor);
    expect(body.data?.withdrawOhchrActivity.fieldErrors).toEqual([{ field: 'reason', message: 'is required' }]);
  });

  it('keeps the whole history in Activity.auditTrail, oldest first', async () => {
    const { activity } = await create('OHCHR-WD-3');
    await gateway.post(UPDATE, { id: activity.id, input: { status: '2' } }, editor);
    await gateway.post(WITHDRAW, { id: activity.id, reason: 'Cancelled by the donor' }, editor);
    const { body } = await gateway.post(`{ activity(id: "${activity.id}") { auditTrail { action } } }`, undefined, editor);
    expect(body.data?.activity.auditTrail.map((e: { action: string }) => e.action)).toEqual(['CREATE', 'UPDATE', 'WITHDRAW']);
  });
});

describe('API keys at rest', () => {
  it('stores sha256(id:secret), never the key', async () => {
    const { authorization, keyId } = await createKeyHeader(gateway.database.orm, { role: 'ADMIN' });
    const key = authorization.slice('Bearer '.length);
    const stored = await gateway.database.db.collection('api_keys').findOne({ keyId });
    expect(JSON.stringify(stored)).not.toContain(key.split('_').slice(2).join('_'));
    expect(stored?.hash).toBe(createHash('sha256').update(`${keyId}:${key.slice(`ck_${keyId}_`.length)}`).digest('hex'));
  });
});
