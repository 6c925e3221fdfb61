import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { describeWithChromium, launchChromium } from '../support/browser';
import { renderHtml } from '../../src/modules/report/render';
import { sampleModel } from '../fixtures/report/sample-model';

/**
 * The HTML overlap report in a real browser: served from loopback, it renders the heatmap and the
 * overlaps, fetches nothing else, and prints to A4 PDF. Screenshot and PDF are left in the temp
 * directory (concord-report.png, concord-report.pdf) for a human to look at.
 */
let server: Server;
let pageUrl: string;
let browser: Browser;
let page: Page;
let pdf: Buffer;
const requested: string[] = [];
const problems: string[] = [];

describeWithChromium('the HTML overlap report in a browser', () => {
  beforeAll(async () => {
    const html = renderHtml(sampleModel);
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/report.html`;

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => requested.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.screenshot({ path: path.join(os.tmpdir(), 'concord-report.png'), fullPage: true });
    pdf = await page.pdf({ format: 'A4', path: path.join(os.tmpdir(), 'concord-report.pdf') });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('shows the coverage heatmap table', async () => {
    const heatmap = page.getByRole('table', { name: 'Activities, organisations and overlaps by country and theme' });
    expect([await heatmap.isVisible(), await heatmap.getByRole('rowheader').count()]).toEqual([true, sampleModel.heatmap.countries.length]);
  });

  it('shows the overlap section with one card per top overlap', async () => {
    const overlaps = page.getByRole('region', { name: 'Top overlaps' });
    expect([await overlaps.isVisible(), await overlaps.getByRole('article').count()]).toEqual([true, sampleModel.topOverlaps.length]);
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
