import { ApiKeyService } from '../../src/auth/api-key.service';
import { createServer, type ConcordServer } from '../../src/server';
import { closeImportRun, emptyCounts, openImportRun } from '../../src/modules/import/import-run.store';
import { createKeyHeader } from '../support/api-keys';
import { openTestDatabase, testLogger, type TestDatabase } from '../support/database';
import { type LiveSubscription, subscribeLive } from '../support/live-client';
import { loadSample } from '../support/sample';

/**
 * Live updates over GraphQL over SSE (/graphql/stream): decisions recorded and updated through
 * this gateway, import runs closed by another writer of the same database (found by polling),
 * the same keys and limits as /graphql, and streams released when their client goes away.
 */
let database: TestDatabase;
let server: ConcordServer;
let baseUrl: string;
let editor: Record<string, string>;
let meetingId: string;
let overlapId: string;
const open: LiveSubscription<any>[] = [];

const POLL_MS = 200;

const DECISIONS = `subscription($filter: DecisionChangeFilter) { decisionChanged(filter: $filter) {
  action at subject subjectId countries decision { id status note } meeting { id title } } }`;
const RUNS = `subscription($kind: [ImportKind!]) { importRunFinished(kind: $kind) { id kind file status counts { read created } } }`;

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

function live<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): LiveSubscription<T> {
  const subscription = subscribeLive<T>(baseUrl, query, variables, headers);
  open.push(subscription);
  return subscription;
}

const until = async (condition: () => boolean, timeoutMs = 5_000): Promise<void> => {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
};

async function recordDecision(note: string): Promise<string> {
  const res = await post(
    `mutation($input: RecordMeetingDecisionInput!) { recordMeetingDecision(input: $input) { ... on CoordinationDecisionPayload { decision { id } } ... on ValidationFailed { fieldErrors { field message } } } }`,
    { input: { meetingId, subject: 'OVERLAP', subjectId: overlapId, kind: 'COMPLEMENTARY', ownerOrganisation: 'XM-DAC-41114', note } },
    editor,
  );
  const id = res.data?.recordMeetingDecision?.decision?.id as string | undefined;
  if (!id) throw new Error(`decision not recorded: ${JSON.stringify(res)}`);
  return id;
}

beforeAll(async () => {
  database = await openTestDatabase();
  await loadSample(database);
  server = await createServer({ orm: database.orm, config: database.config, logger: testLogger, embedded: false, ping: database.ping, live: { pollIntervalMs: POLL_MS } });
  baseUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  editor = { authorization: (await createKeyHeader(database.orm, { role: 'OHCHR_EDITOR', label: 'Geneva desk' })).authorization };
  const created = await post(
    `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ... on MeetingPayload { meeting { id agenda { overlaps { id } } } } } }`,
    { input: { title: 'Haiti coordination group', date: '2026-12-03', countries: ['HT'] } },
    editor,
  );
  meetingId = created.data.createMeeting.meeting.id;
  overlapId = created.data.createMeeting.meeting.agenda.overlaps[0].id;
}, 180_000);

afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

afterAll(async () => {
  await server?.stop();
  await database?.destroy();
});

describe('decisionChanged', () => {
  it('tells a subscriber of a decision recorded through this gateway, naming its decision, meeting and subject', async () => {
    const sub = live(DECISIONS);
    await sub.connected;
    const decisionId = await recordDecision('first look');
    const event = (await sub.next()).data!.decisionChanged;
    expect(event).toMatchObject({ action: 'RECORDED', subject: 'OVERLAP', subjectId: overlapId, decision: { id: decisionId, note: 'first look' }, meeting: { id: meetingId } });
    expect(event.countries).toContain('HT');
  });

  it('reads the decision as it stands when each event is sent (no cache kept from the previous event)', async () => {
    const sub = live(DECISIONS);
    await sub.connected;
    const decisionId = await recordDecision('to follow up');
    await sub.next();
    await post(`mutation($input: UpdateFollowUpInput!) { updateFollowUp(input: $input) { __typename } }`, { input: { decisionId, status: 'DONE' } }, editor);
    const event = (await sub.next()).data!.decisionChanged;
    expect([event.action, event.decision.id, event.decision.status]).toEqual(['UPDATED', decisionId, 'DONE']);
  });

  it('tells each change once, though the poller finds it again after the mutation published it', async () => {
    const sub = live(DECISIONS);
    await sub.connected;
    await recordDecision('once');
    await sub.next();
    // Past the second a decision takes to settle, and several reads after it.
    await new Promise((r) => setTimeout(r, 1_000 + POLL_MS * 4));
    expect(sub.pending).toBe(0);
  });

  it('finds a decision written by another process through the database', async () => {
    const sub = live(DECISIONS);
    await sub.connected;
    // Another gateway process: same database, its own feed (this server's feed is not told).
    const other = await createServer({ orm: database.orm, config: database.config, logger: testLogger, embedded: false, ping: database.ping });
    try {
      // The service takes record keys, not the API's global ids: read them off a decision of the meeting.
      await recordDecision('keys for elsewhere');
      await sub.next();
      const keys = (await database.db.collection('coordination_decisions').findOne({ note: 'keys for elsewhere' }))!;
      const outcome = await other.context().services.meetings.recordDecision({
        meetingId: String(keys.meetingId), subject: 'OVERLAP', subjectId: String(keys.subjectId), kind: 'REVIEWED', ownerOrganisation: 'XM-DAC-41146', note: 'from elsewhere',
      });
      expect(outcome.ok).toBe(true);
      const event = (await sub.next()).data!.decisionChanged;
      expect([event.action, event.decision.note]).toEqual(['RECORDED', 'from elsewhere']);
    } finally {
      await other.stop();
    }
  });

  it('tells of an overlap decision recorded outside a meeting, with no meeting decision', async () => {
    const sub = live(DECISIONS);
    await sub.connected;
    const overlaps = await post(`{ overlaps(first: 1) { edges { node { id countries } } } }`);
    const overlap = overlaps.data.overlaps.edges[0].node as { id: string; countries: string[] };
    const res = await post(`mutation($id: ID!) { recordOverlapDecision(overlapId: $id, decision: REVIEWED) { __typename } }`, { id: overlap.id }, editor);
    expect(res.data.recordOverlapDecision.__typename).toBe('OverlapDecisionPayload');
    const event = (await sub.next()).data!.decisionChanged;
    expect(event).toMatchObject({ action: 'RECORDED', subject: 'OVERLAP', subjectId: overlap.id, decision: null, meeting: null });
    expect([...event.countries].sort()).toEqual([...overlap.countries].sort());
  });

  it('tells a filtered subscription only of the changes that match', async () => {
    const all = live(DECISIONS);
    const elsewhere = live(DECISIONS, { filter: { country: ['KE'] } });
    const here = live(DECISIONS, { filter: { meeting: [meetingId], country: ['HT'] } });
    await Promise.all([all.connected, elsewhere.connected, here.connected]);
    await recordDecision('filtered');
    await all.next();
    expect((await here.next()).data!.decisionChanged.decision.note).toBe('filtered');
    await new Promise((r) => setTimeout(r, POLL_MS * 3));
    expect(elsewhere.pending).toBe(0);
  });
});

describe('importRunFinished', () => {
  it('tells a subscriber of an import run another process closed, found by reading the database', async () => {
    const sub = live(RUNS);
    await sub.connected;
    const em = database.orm.em.fork();
    const { run } = await openImportRun(em, 'IATI', 'undp-kenya.xml', null, false);
    await closeImportRun(em, run, { status: 'SUCCEEDED', counts: { ...emptyCounts(), read: 3, created: 2 } });
    const event = (await sub.next()).data!.importRunFinished;
    expect(event).toMatchObject({ kind: 'IATI', file: 'undp-kenya.xml', status: 'SUCCEEDED', counts: { read: 3, created: 2 } });
  });

  it('leaves out runs of kinds the subscription did not ask for', async () => {
    const recommendations = live(RUNS, { kind: ['RECOMMENDATIONS'] });
    const iati = live(RUNS, { kind: ['IATI'] });
    await Promise.all([recommendations.connected, iati.connected]);
    const em = database.orm.em.fork();
    const { run } = await openImportRun(em, 'IATI', 'who.xml', null, false);
    await closeImportRun(em, run, { status: 'FAILED', counts: emptyCounts(), error: 'not XML' });
    expect((await iati.next()).data!.importRunFinished.status).toBe('FAILED');
    await new Promise((r) => setTimeout(r, POLL_MS * 3));
    expect(recommendations.pending).toBe(0);
  });
});

describe('the stream endpoint', () => {
  const stream = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}/graphql/stream`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers }, body: JSON.stringify(body) });

  it('refuses an unknown API key as /graphql does (401 UNAUTHENTICATED)', async () => {
    const res = await stream({ query: RUNS }, { authorization: 'Bearer ck_nope' });
    expect([res.status, ((await res.json()) as any).errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('sends queries to /graphql (400 BAD_REQUEST)', async () => {
    const res = await stream({ query: '{ importRuns { totalCount } }' });
    expect([res.status, ((await res.json()) as any).errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
  });

  it('applies the depth limit of /graphql (400 QUERY_TOO_COMPLEX)', async () => {
    const deep = `subscription { decisionChanged { meeting { decisions { meeting { decisions { meeting { decisions { meeting { decisions { meeting { decisions { meeting { id } } } } } } } } } } } } }`;
    const res = await stream({ query: deep });
    expect([res.status, ((await res.json()) as any).errors[0].extensions.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
  });

  it('applies the cost limit of /graphql (400 QUERY_TOO_COMPLEX)', async () => {
    const strict = await createServer({ orm: database.orm, config: { ...database.config, maxCost: 3 }, logger: testLogger, embedded: false, ping: database.ping });
    try {
      const strictUrl = `http://127.0.0.1:${await strict.listen(0, '127.0.0.1')}`;
      const res = await fetch(`${strictUrl}/graphql/stream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription { importRunFinished { id kind file status } }' }),
      });
      const body = (await res.json()) as any;
      expect([res.status, body.errors[0].extensions.code, body.errors[0].message]).toEqual([400, 'QUERY_TOO_COMPLEX', expect.stringMatching(/costs 5, above the limit of 3/)]);
    } finally {
      await strict.stop();
    }
  });

  it('answers a subscription that does not match the schema with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const res = await stream({ query: 'subscription { importRunFinished { nope } }' });
    expect([res.status, ((await res.json()) as any).errors[0].extensions.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
  });

  it('asks for Accept: text/event-stream', async () => {
    const res = await fetch(`${baseUrl}/graphql/stream?query=${encodeURIComponent(RUNS)}`);
    expect(res.status).toBe(400);
  });

  it('serves a subscription by GET with the query in the URL, as EventSource sends it', async () => {
    const before = server.live.subscriptionCount;
    const controller = new AbortController();
    const query = 'subscription { importRunFinished { file status } }';
    const res = await fetch(`${baseUrl}/graphql/stream?query=${encodeURIComponent(query)}`, { headers: { accept: 'text/event-stream' }, signal: controller.signal });
    try {
      expect([res.status, res.headers.get('content-type')]).toEqual([200, 'text/event-stream; charset=utf-8']);
      await until(() => server.live.subscriptionCount > before);
      const em = database.orm.em.fork();
      const { run } = await openImportRun(em, 'RECOMMENDATIONS', 'uhri-export.json', 'UHRI', false);
      await closeImportRun(em, run, { status: 'SUCCEEDED', counts: emptyCounts() });
      const reader = res.body!.getReader();
      let text = '';
      while (!/event: next\ndata: .*\n/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
      const data = JSON.parse(/event: next\ndata: (.*)\n/.exec(text)![1]!);
      expect(data).toEqual({ data: { importRunFinished: { file: 'uhri-export.json', status: 'SUCCEEDED' } } });
    } finally {
      controller.abort();
    }
  });

  it('stops reading for a subscription once its client goes away', async () => {
    const sub = live(RUNS);
    await sub.connected;
    expect(server.live.subscriptionCount).toBe(1);
    sub.close();
    await until(() => server.live.subscriptionCount === 0);
  });

  it('ends a subscription whose API key was revoked since, at its next event, with UNAUTHENTICATED', async () => {
    const key = await createKeyHeader(database.orm, { role: 'LIAISON', organisationRef: 'XM-DAC-41114', label: 'UNDP liaison' });
    const sub = live(RUNS, {}, { authorization: key.authorization });
    await sub.connected;
    await new ApiKeyService(database.orm.em.fork()).revoke(key.keyId);
    const em = database.orm.em.fork();
    const { run } = await openImportRun(em, 'IATI', 'after-revocation.xml', null, false);
    await closeImportRun(em, run, { status: 'SUCCEEDED', counts: emptyCounts() });
    const event = await sub.next();
    expect([event.data ?? null, event.errors?.[0]?.extensions?.code]).toEqual([null, 'UNAUTHENTICATED']);
    await sub.completed;
  });

  it('completes open streams when the server stops, without waiting for them to drain', async () => {
    const other = await createServer({ orm: database.orm, config: database.config, logger: testLogger, embedded: false, ping: database.ping });
    const otherUrl = `http://127.0.0.1:${await other.listen(0, '127.0.0.1')}`;
    const sub = subscribeLive(otherUrl, RUNS);
    open.push(sub);
    await sub.connected;
    const started = Date.now();
    await other.stop();
    await sub.completed;
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('holds at most 8 streams per client (429 RATE_LIMITED beyond)', async () => {
    const subs = Array.from({ length: 8 }, () => live(RUNS));
    await Promise.all(subs.map((s) => s.connected));
    const res = await stream({ query: RUNS });
    expect([res.status, ((await res.json()) as any).errors[0].extensions.code]).toEqual([429, 'RATE_LIMITED']);
  });
});
