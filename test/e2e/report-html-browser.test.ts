import os from 'node:os';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { describeWithChromium, launchChromium } from '../support/browser';
import { loadSample } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';

/**
 * The HTML overlap report end to end: the gateway on the real engine with the bundled sample,
 * its report route (GET /reports/overlaps, with the route's security headers) opened in Chromium.
 * The page shows the heatmap and the overlaps the GraphQL API lists for the country, fetches
 * nothing else, and prints to A4 PDF. Screenshot and PDF are left in the temp directory
 * (concord-report.png, concord-report.pdf) for a human to look at.
 */
let gateway: TestGateway;
let pageUrl: string;
let browser: Browser;
let page: Page;
let pdf: Buffer;
/** Haiti's overlaps as the GraphQL API answers them: the report must show the same. */
let apiOverlaps: { id: string; activities: { iatiIdentifier: string }[] }[];
const requested: string[] = [];
const problems: string[] = [];

describeWithChromium('the HTML overlap report in a browser', () => {
  beforeAll(async () => {
    gateway = await startTestGateway();
    await loadSample(gateway.database);
    const { body } = await gateway.post('{ overlaps(filter: { country: ["HT"] }, first: 50) { totalCount edges { node { id activities { iatiIdentifier } } } } }');
    apiOverlaps = (body.data?.overlaps.edges as { node: (typeof apiOverlaps)[number] }[]).map((e) => e.node);
    pageUrl = `${gateway.baseUrl}/reports/overlaps?country=HT&format=html`;

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => requested.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    const response = await page.goto(pageUrl, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.screenshot({ path: path.join(os.tmpdir(), 'concord-report.png'), fullPage: true });
    pdf = await page.pdf({ format: 'A4', path: path.join(os.tmpdir(), 'concord-report.pdf') });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  it('shows the coverage heatmap table, one row for the country', async () => {
    const heatmap = page.getByRole('table', { name: 'Activities, organisations and overlaps by country and theme' });
    expect([await heatmap.isVisible(), await heatmap.getByRole('rowheader').allInnerTexts()]).toEqual([true, [expect.stringMatching(/Haiti/)]]);
  });

  it('shows one card per overlap the API lists for the country, with its two activities', async () => {
    expect(apiOverlaps.length).toBeGreaterThan(0);
    const overlaps = page.getByRole('region', { name: 'Top overlaps' });
    expect([await overlaps.isVisible(), await overlaps.getByRole('article').count()]).toEqual([true, apiOverlaps.length]);
    const text = await overlaps.innerText();
    for (const overlap of apiOverlaps) for (const activity of overlap.activities) expect(text).toContain(activity.iatiIdentifier);
  });

  it('makes no request other than the page itself', () => {
    expect(requested).toEqual([pageUrl]);
  });

  it('loads without errors or content-security-policy violations', () => {
    expect(problems).toEqual([]);
  });

  it('keeps overlap cards whole when printed', async () => {
    await page.emulateMedia({ media: 'print' });
    const breakInside = await page.locator('article.overlap').first().evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { breakInside: string } }).getComputedStyle(el).breakInside);
    await page.emulateMedia({ media: 'screen' });
    expect(breakInside).toBe('avoid');
  });

  it('prints to an A4 PDF of at least one page', () => {
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect({ header: text.slice(0, 4), a4: /\/MediaBox \[0 0 595\.9\d* 842\.8\d*\]/.test(text), atLeastOnePage: pages >= 1 }).toEqual({
      header: '%PDF',
      a4: true,
      atLeastOnePage: true,
    });
  });
});
