import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { describeWithChromium, launchChromium } from '../support/browser';
import { createKeyHeader } from '../support/api-keys';
import { testMongoUri } from '../support/database';
import { ensureDashboardBuilt } from '../support/dashboard';
import { loadSample } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';
import { ROOT, runEntry } from '../support/spawn';

/**
 * The dashboard keeps itself current through the gateway's live updates (/graphql/stream): a
 * decision recorded by someone else appears in the follow-up list, and an import the CLI runs in
 * another process makes the overview read its figures again, both without reloading the page.
 */
let gateway: TestGateway;
let browser: Browser;
let page: Page;
let editor: Record<string, string>;
const graphqlOperations: string[] = [];
const problems: string[] = [];

describeWithChromium('the dashboard kept current by live updates', () => {
  beforeAll(async () => {
    ensureDashboardBuilt();
    gateway = await startTestGateway();
    await loadSample(gateway.database);
    editor = { authorization: (await createKeyHeader(gateway.database.orm, { role: 'OHCHR_EDITOR', label: 'Geneva desk' })).authorization };
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
    page.on('request', (r) => {
      if (!r.url().endsWith('/graphql') || r.method() !== 'POST') return;
      const query = (JSON.parse(r.postData() ?? '{}') as { query?: string }).query ?? '';
      const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
      if (name) graphqlOperations.push(name);
    });
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  it('shows a decision recorded elsewhere in the open follow-up list', async () => {
    await page.goto(`${gateway.baseUrl}/follow-ups`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const created = await gateway.post(
      `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ... on MeetingPayload { meeting { id agenda { overlaps { id } } } } } }`,
      { input: { title: 'Haiti coordination group', date: '2026-12-03', countries: ['HT'] } },
      editor,
    );
    const meeting = created.body.data!.createMeeting.meeting;
    const recorded = await gateway.post(
      `mutation($input: RecordMeetingDecisionInput!) { recordMeetingDecision(input: $input) { ... on CoordinationDecisionPayload { decision { id subjectLabel } } } }`,
      { input: { meetingId: meeting.id, subject: 'OVERLAP', subjectId: meeting.agenda.overlaps[0].id, kind: 'COMPLEMENTARY', ownerOrganisation: 'XM-DAC-41114' } },
      editor,
    );
    const decision = recorded.body.data!.recordMeetingDecision.decision;
    await page.locator(`[data-decision-id="${decision.id}"]`).waitFor();
    expect(await page.locator(`[data-decision-id="${decision.id}"] .card-title`).textContent()).toBe(decision.subjectLabel);
  });

  it('reads the overview again when an import by the CLI changed the mirror', async () => {
    await page.goto(`${gateway.baseUrl}/`);
    await page.getByTestId('world-map').waitFor();
    await page.waitForTimeout(500);
    const before = graphqlOperations.filter((name) => name === 'Overview').length;
    expect(before).toBeGreaterThan(0);
    const file = path.join(ROOT, 'test', 'fixtures', 'iati', 'activity-standard-example-annotated.xml');
    const cli = await runEntry('src/cli/main.ts', ['ingest', 'iati', file], { MONGODB_URI: testMongoUri(), MONGODB_DB: gateway.database.config.dbName, LOG_LEVEL: 'silent' });
    expect(cli.code).toBe(0);
    const overviewsRead = () => graphqlOperations.filter((name) => name === 'Overview').length;
    const deadline = Date.now() + 15_000;
    while (overviewsRead() === before && Date.now() < deadline) await page.waitForTimeout(100);
    expect(overviewsRead()).toBeGreaterThan(before);
  }, 60_000);

  it('runs without console errors', () => {
    expect(problems).toEqual([]);
  });
});
