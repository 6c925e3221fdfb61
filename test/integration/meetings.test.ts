import { createKeyHeader } from '../support/api-keys';
import { loadSample } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';

/**
 * Meetings on the bundled sample over HTTP: who may create them and record decisions, the agenda
 * (open overlaps and gaps in scope), decisions with owner and due date, follow-up updates by the
 * owner, the audit trail, and the minutes.
 */
let gateway: TestGateway;
const as: Record<'editor' | 'undp' | 'who', Record<string, string>> = { editor: {}, undp: {}, who: {} };
let meetingId: string;
let overlapId: string;
let gapId: string;
let decisionId: string;

const CREATE = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) {
  __typename ... on MeetingPayload { meeting { id countries agenda { overlaps { id } gaps { id kind } } } } ... on ValidationFailed { fieldErrors { field message } } } }`;
const RECORD = `mutation($input: RecordMeetingDecisionInput!) { recordMeetingDecision(input: $input) {
  __typename ... on CoordinationDecisionPayload { decision { id subjectLabel followUp status dueDate ownerOrganisation { ref } } } ... on ValidationFailed { fieldErrors { field message } } } }`;
const UPDATE = `mutation($input: UpdateFollowUpInput!) { updateFollowUp(input: $input) {
  __typename ... on CoordinationDecisionPayload { decision { status followUp history { action status by } } } ... on ValidationFailed { fieldErrors { field } } } }`;

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  gateway = await startTestGateway();
  await loadSample(gateway.database);
  const orm = gateway.database.orm;
  as.editor = { authorization: (await createKeyHeader(orm, { role: 'OHCHR_EDITOR', label: 'Geneva desk' })).authorization };
  as.undp = { authorization: (await createKeyHeader(orm, { role: 'LIAISON', organisationRef: 'XM-DAC-41114', label: 'UNDP liaison' })).authorization };
  as.who = { authorization: (await createKeyHeader(orm, { role: 'LIAISON', organisationRef: 'XM-DAC-928', label: 'WHO liaison' })).authorization };
  const created = await gateway.post(CREATE, { input: { title: 'Haiti coordination group', date: inDays(0), countries: ['ht'], organisations: ['XM-DAC-41114', 'XM-DAC-41146'] } }, as.editor);
  const meeting = created.body.data!.createMeeting.meeting;
  meetingId = meeting.id;
  overlapId = meeting.agenda.overlaps[0].id;
  gapId = meeting.agenda.gaps[0].id;
}, 120_000);

afterAll(() => gateway?.close());

describe('creating a meeting', () => {
  it('is refused without an editor key', async () => {
    const res = await gateway.post(CREATE, { input: { title: 'T', date: '2026-01-01' } }, as.undp);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers every invalid field as a result', async () => {
    const res = await gateway.post(CREATE, { input: { title: ' ', date: '2026-01-01', countries: ['ZZ'], themes: ['astrology'] } }, as.editor);
    expect(res.body.data!.createMeeting.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['title', 'countries', 'themes']);
  });

  it('puts Haiti’s open overlaps and gaps on the agenda', async () => {
    const res = await gateway.post(`{ overlaps(filter: { country: ["HT"], undecided: true }, first: 100) { totalCount } gaps(filter: { country: ["HT"] }) { totalCount } }`);
    const agenda = await gateway.post(`query($id: ID!) { meeting(id: $id) { countries agenda { overlaps { id } gaps { id } } } }`, { id: meetingId });
    const m = agenda.body.data!.meeting;
    expect([m.countries, m.agenda.overlaps.length, m.agenda.gaps.length]).toEqual([['HT'], res.body.data!.overlaps.totalCount, res.body.data!.gaps.totalCount]);
  });
});

describe('recording decisions', () => {
  it('refuses a gap decision on an overlap', async () => {
    const res = await gateway.post(RECORD, { input: { meetingId, subject: 'OVERLAP', subjectId: overlapId, kind: 'NOT_A_GAP', ownerOrganisation: 'XM-DAC-41114' } }, as.editor);
    expect(res.body.data!.recordMeetingDecision.fieldErrors).toEqual([{ field: 'kind', message: 'NOT_A_GAP is not a decision on an overlap' }]);
  });

  it('refuses a subject that is not on the agenda', async () => {
    const res = await gateway.post(RECORD, { input: { meetingId, subject: 'OVERLAP', subjectId: 'ovl_00000000000000000000000000000000', kind: 'REVIEWED', ownerOrganisation: 'XM-DAC-41114' } }, as.editor);
    expect(res.body.data!.recordMeetingDecision.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['subjectId']);
  });

  it('records a decision on an overlap with its owner and due date, also as the overlap’s decision', async () => {
    const res = await gateway.post(
      RECORD,
      { input: { meetingId, subject: 'OVERLAP', subjectId: overlapId, kind: 'JOINT_PROGRAMME_AGREED', ownerOrganisation: 'XM-DAC-41114', dueDate: inDays(5), note: 'Draft it' } },
      as.editor,
    );
    const decision = res.body.data!.recordMeetingDecision.decision;
    decisionId = decision.id;
    const overlap = await gateway.post(`query($id: ID!) { overlap(id: $id) { decision { decision } } }`, { id: overlapId });
    expect([decision.followUp, decision.status, decision.ownerOrganisation.ref, overlap.body.data!.overlap.decision.decision]).toEqual(['DUE_SOON', 'OPEN', 'XM-DAC-41114', 'JOINT_PROGRAMME_AGREED']);
  });

  it('records a decision on a gap', async () => {
    const res = await gateway.post(RECORD, { input: { meetingId, subject: 'GAP', subjectId: gapId, kind: 'MANDATED_AGENCY_TO_ENGAGE', ownerOrganisation: 'XM-DAC-41313' } }, as.editor);
    expect(res.body.data!.recordMeetingDecision.decision.subjectLabel).toMatch(/ in HT$/);
  });

  it('keeps decided items on this meeting’s agenda and off a later meeting’s', async () => {
    const later = await gateway.post(CREATE, { input: { title: 'Haiti follow-up', date: inDays(30), countries: ['HT'] } }, as.editor);
    const laterAgenda = later.body.data!.createMeeting.meeting.agenda;
    const thisAgenda = (await gateway.post(`query($id: ID!) { meeting(id: $id) { agenda { overlaps { id } gaps { id } } } }`, { id: meetingId })).body.data!.meeting.agenda;
    const ids = (a: { overlaps: { id: string }[]; gaps: { id: string }[] }) => [...a.overlaps, ...a.gaps].map((x) => x.id);
    expect([ids(thisAgenda).includes(overlapId), ids(thisAgenda).includes(gapId), ids(laterAgenda).includes(overlapId), ids(laterAgenda).includes(gapId)]).toEqual([true, true, false, false]);
  });
});

describe('following up', () => {
  it('lists the decisions across meetings, earliest due first, filterable by state', async () => {
    const res = await gateway.post(`{ all: followUps { edges { node { id dueDate } } } soon: followUps(filter: { state: [DUE_SOON] }) { edges { node { id } } } }`);
    const data = res.body.data!;
    expect([data.all.edges.length, data.all.edges[0].node.id, data.soon.edges.map((e: { node: { id: string } }) => e.node.id)]).toEqual([2, decisionId, [decisionId]]);
  });

  it('refuses an update from a liaison of another organisation', async () => {
    const res = await gateway.post(UPDATE, { input: { decisionId, status: 'DONE' } }, as.who);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the owner’s liaison update it, with the history kept', async () => {
    const res = await gateway.post(UPDATE, { input: { decisionId, status: 'DONE' } }, as.undp);
    expect(res.body.data!.updateFollowUp.decision).toEqual({
      status: 'DONE',
      followUp: 'DONE',
      history: [
        { action: 'RECORDED', status: 'OPEN', by: 'Geneva desk · OHCHR_EDITOR' },
        { action: 'UPDATED', status: 'DONE', by: 'UNDP liaison · LIAISON' },
      ],
    });
  });

  it('audits every write to the meeting, for editors only', async () => {
    const q = `query($id: ID!) { meeting(id: $id) { auditTrail { action actor { label } } } }`;
    const editor = await gateway.post(q, { id: meetingId }, as.editor);
    const anonymous = await gateway.post(q, { id: meetingId });
    expect([editor.body.data!.meeting.auditTrail.map((e: { action: string }) => e.action), anonymous.body.errors?.[0]?.extensions?.code]).toEqual([
      ['CREATE', 'RECORD_DECISION', 'RECORD_DECISION', 'UPDATE_FOLLOW_UP'],
      'FORBIDDEN',
    ]);
  });
});

describe('minutes and budgets', () => {
  it('renders the minutes with the decisions and the budgets', async () => {
    const res = await gateway.post(`query($id: ID!) { meeting(id: $id) { html: minutes(format: HTML) { encoding content } xlsx: minutes(format: XLSX) { encoding content filename } } }`, { id: meetingId });
    const { html, xlsx } = res.body.data!.meeting;
    expect({
      html: ['Minutes — Haiti coordination group', 'Joint programme agreed', 'Mandated agency to engage', 'Budgets by organisation and year'].filter((s) => !html.content.includes(s)),
      xlsx: [xlsx.encoding, Buffer.from(xlsx.content, 'base64').subarray(0, 2).toString('latin1'), xlsx.filename.endsWith('.xlsx')],
    }).toEqual({ html: [], xlsx: ['BASE64', 'PK', true] });
  });

  it('sums Haiti’s budgets by organisation and year', async () => {
    const res = await gateway.post(`{ budgetsByYear(filter: { country: ["HT"] }) { organisation { ref } year currency value } regions { code } }`);
    const rows = res.body.data!.budgetsByYear;
    expect([rows.length > 0, rows.every((r: { year: number; value: number }) => r.year > 2000 && r.value > 0), res.body.data!.regions.map((r: { code: string }) => r.code)]).toEqual([
      true,
      true,
      expect.arrayContaining(['389']),
    ]);
  });
});
