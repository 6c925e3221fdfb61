import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importIatiFile } from '../../src/ingest/iati-import';
import { REFERENCE_FIELDS } from '../../src/modules/node/global-id.transform';
import { themeIdsOf } from '../../src/modules/theme/theme-ids';
import { createKeyHeader } from '../support/api-keys';
import { recordCommands } from '../support/command-monitor';
import { loadSample, sampleFile } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';

/**
 * Relay's global object identification on the bundled sample over HTTP: every record type with an
 * id implements Node, `node`/`nodes` refetch by global id through the request's loaders, ids are
 * kept across a re-import, and every ID argument takes a global id or the deprecated legacy key.
 */
let gateway: TestGateway;
let editor: Record<string, string>;
let undp: Record<string, string>;

const UNDP_FILE = 'undp_2021-06-15_dportal_111.xml';

beforeAll(async () => {
  gateway = await startTestGateway();
  await loadSample(gateway.database);
  editor = { authorization: (await createKeyHeader(gateway.database.orm, { role: 'OHCHR_EDITOR', label: 'Geneva desk' })).authorization };
  undp = { authorization: (await createKeyHeader(gateway.database.orm, { role: 'LIAISON', organisationRef: 'XM-DAC-41114' })).authorization };
}, 120_000);

afterAll(() => gateway?.close());

async function data(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<any> {
  const { body } = await gateway.post(query, variables, headers);
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('the Node interface', () => {
  it('is implemented by every object type with an `id: ID!` field except Theme, a taxonomy code', async () => {
    const { __schema } = await data('{ __schema { types { name kind interfaces { name } fields { name type { kind ofType { name } } } } } }');
    const withId = (__schema.types as any[]).filter(
      (t) => t.kind === 'OBJECT' && !t.name.startsWith('__') && t.fields?.some((f: any) => f.name === 'id' && f.type.kind === 'NON_NULL' && f.type.ofType.name === 'ID'),
    );
    const notNodes = withId.filter((t) => !t.interfaces.some((i: any) => i.name === 'Node')).map((t) => t.name);
    expect(notNodes).toEqual(['Theme']);
    expect(withId.length).toBeGreaterThanOrEqual(12);
  });

  it('leaves no other output field of type ID answering a legacy key', async () => {
    const { __schema } = await data('{ __schema { types { name kind fields(includeDeprecated: false) { name type { name ofType { name ofType { name } } } } } } }');
    const idFields = (__schema.types as any[])
      .filter((t) => t.kind === 'OBJECT' && !t.name.startsWith('__'))
      .flatMap((t) => (t.fields ?? []).filter((f: any) => [f.type.name, f.type.ofType?.name].includes('ID') && f.name !== 'id').map((f: any) => `${t.name}.${f.name}`));
    expect(idFields.sort()).toEqual(Object.keys(REFERENCE_FIELDS).sort());
  });

  it('answers global ids in the fields that name another record', async () => {
    const a = (await data('{ activities(first: 1) { edges { node { source { importRunId } } } } }')).activities.edges[0].node;
    const { node } = await data('query($id: ID!) { node(id: $id) { __typename } }', { id: a.source.importRunId });
    expect(node).toEqual({ __typename: 'ImportRun' });
  });
});

describe('node(id:)', () => {
  it('refetches an activity by the id a list gave, and its id is not the legacy key', async () => {
    const listed = (await data('{ activities(first: 1) { edges { node { id legacyId iatiIdentifier } } } }')).activities.edges[0].node;
    expect(listed.id).not.toBe(listed.legacyId);
    const { node } = await data('query($id: ID!) { node(id: $id) { __typename id ... on Activity { iatiIdentifier } } }', { id: listed.id });
    expect(node).toEqual({ __typename: 'Activity', id: listed.id, iatiIdentifier: listed.iatiIdentifier });
  });

  it('refetches an organisation, a recommendation, an overlap, a gap, an import run and a field operation', async () => {
    const listed = await data(`{
      organisations(first: 1) { edges { node { id ref } } }
      recommendations(first: 1) { edges { node { id annotationId } } }
      overlaps(first: 1) { edges { node { id score } } }
      gaps(first: 1) { edges { node { id kind } } }
      importRuns(first: 1) { edges { node { id file } } }
      fieldOperations(first: 1) { edges { node { id identifier } } }
    }`);
    const ids = ['organisations', 'recommendations', 'overlaps', 'gaps', 'importRuns', 'fieldOperations'].map((k) => listed[k].edges[0].node.id);
    const { nodes } = await data(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id
         ... on Organisation { ref } ... on Recommendation { annotationId } ... on Overlap { score } ... on Gap { kind } ... on ImportRun { file } ... on FieldOperation { identifier } } }`,
      { ids },
    );
    expect(nodes.map((n: any) => n.__typename)).toEqual(['Organisation', 'Recommendation', 'Overlap', 'Gap', 'ImportRun', 'FieldOperation']);
    expect(nodes.map((n: any) => n.id)).toEqual(ids);
    expect(nodes[0].ref).toBe(listed.organisations.edges[0].node.ref);
    expect(nodes[1].annotationId).toBe(listed.recommendations.edges[0].node.annotationId);
    expect(nodes[2].score).toBe(listed.overlaps.edges[0].node.score);
    expect(nodes[4].file).toBe(listed.importRuns.edges[0].node.file);
    expect(nodes[5].identifier).toBe(listed.fieldOperations.edges[0].node.identifier);
  });

  it('answers null for a legacy key, a malformed id and an id of no record, without an error', async () => {
    const legacyId = (await data('{ activities(first: 1) { edges { node { legacyId } } } }')).activities.edges[0].node.legacyId;
    const unknown = Buffer.from('Activity:000000000000000000000000').toString('base64url');
    const { nodes } = await data('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [legacyId, 'not an id', unknown] });
    expect(nodes).toEqual([null, null, null]);
  });

  it('refuses more than 500 ids with BAD_USER_INPUT', async () => {
    const { body } = await gateway.post('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 501 }, (_, i) => `x${i}`) });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loads 50 activities and 20 organisations with one query per collection', async () => {
    const listed = await data('{ activities(first: 50) { edges { node { id } } } organisations(first: 20) { edges { node { id } } } }');
    const ids = [...listed.activities.edges, ...listed.organisations.edges].map((e: any) => e.node.id);
    let nodes: any[] = [];
    const sent = await recordCommands(gateway.database.orm, async () => {
      nodes = (await data('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids })).nodes;
    });
    expect(nodes.map((n) => n.id)).toEqual(ids);
    const finds = sent.filter((c) => c.name === 'find');
    expect(finds.filter((c) => c.collection === 'activities')).toHaveLength(1);
    expect(finds.filter((c) => c.collection === 'organisations')).toHaveLength(1);
  });
});

describe('what node(id:) shows to whom', () => {
  let restrictedId: string;

  beforeAll(async () => {
    const created = await data(
      `mutation($input: CreateOhchrActivityInput!) { createOhchrActivity(input: $input) { ... on OhchrActivityPayload { activity { id } } } }`,
      { input: { identifier: 'OHCHR-NODE-RESTRICTED', titleEn: 'Restricted NHRI support', countries: [{ code: 'KE' }], participatingOrgs: [{ ref: 'XM-DAC-41114', role: 4 }], restricted: true } },
      editor,
    );
    restrictedId = created.createOhchrActivity.activity.id;
  });

  it('hides a restricted activity from an anonymous caller and shows it to its liaison', async () => {
    const query = 'query($id: ID!) { node(id: $id) { id } }';
    expect((await data(query, { id: restrictedId })).node).toBeNull();
    expect((await data(query, { id: restrictedId }, undp)).node).toEqual({ id: restrictedId });
  });

  it('shows an audit entry to an editor only', async () => {
    const trail = (await data('query($id: ID!) { activity(id: $id) { auditTrail { id action } } }', { id: restrictedId }, editor)).activity.auditTrail;
    const query = 'query($id: ID!) { node(id: $id) { ... on AuditEntry { action } } }';
    expect((await data(query, { id: trail[0].id }, editor)).node).toEqual({ action: 'CREATE' });
    expect((await data(query, { id: trail[0].id }, undp)).node).toBeNull();
  });
});

describe('what node(id:) shows of the registers', () => {
  it('shows an expert (personal data) to an editor only, and an institution to anyone', async () => {
    const listed = await data('{ experts(first: 1) { edges { node { id name } } } institutions(first: 1) { edges { node { id name } } } }', undefined, editor);
    const expert = listed.experts.edges[0].node;
    const institution = listed.institutions.edges[0].node;
    const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Expert { name } ... on Institution { name } } }';
    expect((await data(query, { ids: [expert.id, institution.id] }, editor)).nodes).toEqual([{ name: expert.name }, { name: institution.name }]);
    expect((await data(query, { ids: [expert.id, institution.id] })).nodes).toEqual([null, { name: institution.name }]);
  });
});

describe('ID arguments', () => {
  it('take the global id and, while deprecated, the legacy key', async () => {
    const a = (await data('{ activities(first: 1) { edges { node { id legacyId iatiIdentifier } } } }')).activities.edges[0].node;
    const query = 'query($id: ID!) { activity(id: $id) { id iatiIdentifier } }';
    expect((await data(query, { id: a.id })).activity).toEqual({ id: a.id, iatiIdentifier: a.iatiIdentifier });
    expect((await data(query, { id: a.legacyId })).activity).toEqual({ id: a.id, iatiIdentifier: a.iatiIdentifier });
  });

  it('carry a meeting and a decision through global ids, and the decision names its subject by global id', async () => {
    const created = await data(
      `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ... on MeetingPayload { meeting { id agenda { overlaps { id } } } } } }`,
      { input: { title: 'Node ids', date: '2026-12-03', countries: ['HT'] } },
      editor,
    );
    const meeting = created.createMeeting.meeting;
    const overlapId = meeting.agenda.overlaps[0].id;
    const recorded = await data(
      `mutation($input: RecordMeetingDecisionInput!) { recordMeetingDecision(input: $input) {
         __typename ... on CoordinationDecisionPayload { decision { id subjectId meeting { id } overlap { id } } } } }`,
      { input: { meetingId: meeting.id, subject: 'OVERLAP', subjectId: overlapId, kind: 'REVIEWED', ownerOrganisation: 'XM-DAC-41114' } },
      editor,
    );
    const decision = recorded.recordMeetingDecision.decision;
    expect(decision).toMatchObject({ subjectId: overlapId, meeting: { id: meeting.id }, overlap: { id: overlapId } });
    const { node } = await data('query($id: ID!) { node(id: $id) { ... on CoordinationDecision { subjectId } } }', { id: decision.id });
    expect(node).toEqual({ subjectId: overlapId });
  });
});

describe('stability', () => {
  it('keeps an activity’s global id when its file is imported again with changes; its source names the import run by global id', async () => {
    const find = `{ activities(filter: { participatingOrg: ["XM-DAC-41114"] }, first: 500) { edges { node { id iatiIdentifier title source { file importRunId } } } } }`;
    const before = (await data(find)).activities.edges.map((e: any) => e.node).find((a: any) => a.source.file === UNDP_FILE && a.title);
    const { node: run } = await data('query($id: ID!) { node(id: $id) { ... on ImportRun { file } } }', { id: before.source.importRunId });
    expect(run).toEqual({ file: UNDP_FILE });

    const original = readFileSync(sampleFile(UNDP_FILE), 'utf8');
    const title = `>${before.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}<`;
    const changed = path.join(mkdtempSync(path.join(os.tmpdir(), 'concord-node-')), UNDP_FILE);
    writeFileSync(changed, original.replace(title, '>Retitled for the node test<'));
    try {
      const reimport = await importIatiFile(gateway.database.orm, gateway.database.db, changed, { displayName: UNDP_FILE, themeIdsOf });
      expect(reimport.counts).toMatchObject({ updated: 1 });
      const { node } = await data('query($id: ID!) { node(id: $id) { id ... on Activity { iatiIdentifier title } } }', { id: before.id });
      expect(node).toEqual({ id: before.id, iatiIdentifier: before.iatiIdentifier, title: 'Retitled for the node test' });
    } finally {
      await importIatiFile(gateway.database.orm, gateway.database.db, sampleFile(UNDP_FILE), { displayName: UNDP_FILE, themeIdsOf });
    }
  });
});
