import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describeWithChromium, launchChromium } from '../support/browser';
import { buildActivity, insertActivities } from '../factories/activity.factory';
import { startTestGateway, type TestGateway } from '../support/server';

/**
 * The offline IDE in a real browser (Playwright's own fresh, empty profile): the page renders GraphiQL from Concord's own files, runs the
 * default query against the gateway, and no request leaves loopback.
 */
let gateway: TestGateway;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requested: string[] = [];
const problems: string[] = [];

describeWithChromium('the GraphQL IDE in a browser', () => {
  beforeAll(async () => {
    gateway = await startTestGateway();
    await insertActivities(gateway.database.db, [buildActivity({ iatiIdentifier: 'IDE-ACTIVITY-1', titles: [{ lang: 'en', text: 'Rule of law support' }] })]);
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
    page.on('request', (r) => requested.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${gateway.baseUrl}/graphql`);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ state: 'visible' });
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response .CodeMirror-code', { hasText: 'IDE-ACTIVITY-1' }).waitFor({ state: 'visible' });
    await page.screenshot({ path: path.join(os.tmpdir(), 'concord-ide.png') });
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  it('runs the default query and shows the result', async () => {
    expect(await page.locator('.graphiql-response').innerText()).toContain('"totalCount": 1');
  });

  it('makes every request to the gateway itself (loopback)', () => {
    const elsewhere = requested.filter((url) => !url.startsWith(`${gateway.baseUrl}/`) && !url.startsWith('data:'));
    expect({ requests: requested.length > 0, elsewhere }).toEqual({ requests: true, elsewhere: [] });
  });

  it('loads without script errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
