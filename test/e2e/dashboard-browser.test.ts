import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { describeWithChromium, launchChromium } from '../support/browser';
import { createKeyHeader } from '../support/api-keys';
import { ensureDashboardBuilt } from '../support/dashboard';
import { loadSample } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';

/**
 * A coordination meeting run end to end in a real browser on the bundled sample: the overview,
 * Kenya (gaps, no overlap), Haiti (its overlaps, one opened), a meeting created with an editor
 * key, a decision recorded on an overlap of its agenda, found and updated in the follow-up list,
 * and the minutes exported. Screenshots are left in the temp directory (concord-dashboard-*.png).
 */
const SHOTS = os.tmpdir();
let gateway: TestGateway;
let browser: Browser;
let page: Page;
let editorKey: string;
const problems: string[] = [];
const requested: string[] = [];

/** Share of the screenshot's pixels that differ from its top-left pixel's colour: near 0 for a blank page. */
async function inkShare(png: Buffer): Promise<number> {
  const scratch = await browser.newPage();
  try {
    // Runs in the page (DOM types are not in the test tsconfig, hence a string).
    return await scratch.evaluate<number>(`(async () => {
      const img = new Image();
      img.src = 'data:image/png;base64,${png.toString('base64')}';
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let differing = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) differing++;
      return differing / (data.length / 4);
    })()`);
  } finally {
    await scratch.close();
  }
}

async function screenshot(name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(SHOTS, `concord-dashboard-${name}.png`), fullPage: true });
}

/** axe-core's serious and critical violations on the current page (injected through the debugger, so the page's CSP stays as served). */
async function seriousViolations(): Promise<string[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate<{ id: string; impact: string | null; targets: string[] }[]>(`(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  })()`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

describeWithChromium('the coordination dashboard in a browser', () => {
  const shots: Record<string, number> = {};
  const axe: Record<string, string[]> = {};
  let minutesHtml = '';
  let minutesXlsx: Buffer = Buffer.alloc(0);
  let pdf: Buffer = Buffer.alloc(0);

  beforeAll(async () => {
    ensureDashboardBuilt();
    gateway = await startTestGateway();
    await loadSample(gateway.database);
    editorKey = (await createKeyHeader(gateway.database.orm, { role: 'OHCHR_EDITOR', label: 'Geneva desk' })).authorization.slice('Bearer '.length);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('request', (r) => requested.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  it('opens the overview: figures, the world map and the ranked countries', async () => {
    await page.goto(`${gateway.baseUrl}/`);
    await page.getByTestId('world-map').waitFor();
    await page.getByRole('table', { name: 'Countries by activities' }).waitFor();
    shots.overview = await inkShare(await screenshot('overview'));
    axe.overview = await seriousViolations();
    expect(await page.locator('.figures li').count()).toBe(4);
  });

  it('shades the map by overlaps and keeps it in the URL', async () => {
    await page.getByRole('button', { name: 'overlaps' }).click();
    await page.getByRole('table', { name: 'Countries by overlaps' }).waitFor();
    expect(new URL(page.url()).searchParams.get('metric')).toBe('overlaps');
  });

  it('chooses Kenya: its page shows gaps and says there is no overlap', async () => {
    await page.getByLabel('Country', { exact: true }).selectOption('KE');
    await page.getByRole('link', { name: /^Open Kenya/ }).click();
    await page.getByRole('heading', { name: /^Gaps \(\d+\)$/ }).waitFor();
    const gaps = Number(/\((\d+)\)/.exec(await page.getByRole('heading', { name: /^Gaps/ }).innerText())![1]);
    expect([new URL(page.url()).pathname, await page.getByRole('heading', { name: 'Overlaps (0)' }).isVisible(), gaps > 0]).toEqual(['/country/KE', true, true]);
  });

  it('opens a Haiti overlap: its explanation and the two activities side by side, linked to d-portal', async () => {
    await page.getByRole('link', { name: 'Overview' }).first().click();
    await page.getByLabel('Country', { exact: true }).selectOption('HT');
    await page.getByRole('link', { name: /^Open Haiti/ }).click();
    const first = page.locator('li.overlap').first();
    await first.getByRole('button').click();
    await first.locator('.activity-side').nth(1).waitFor();
    shots.country = await inkShare(await screenshot('country'));
    axe.country = await seriousViolations();
    expect({
      explanation: await first.locator('.explanation dt').allInnerTexts(),
      sides: await first.locator('.activity-side').count(),
      dportal: (await first.getByRole('link', { name: /Open on d-portal/ }).first().getAttribute('href'))?.startsWith('https://d-portal.org/ctrack.html#view=act&aid='),
      heatmap: await page.getByRole('table', { name: 'Activities in Haiti by theme and organisation' }).isVisible(),
      budgets: await page.getByRole('img', { name: /^Budgets in / }).isVisible(),
    }).toEqual({ explanation: ['Shared themes', 'Shared places', 'Shared period', 'Score parts', 'Data-quality notes'], sides: 2, dportal: true, heatmap: true, budgets: true });
  });

  it('unlocks the editor actions with an API key entered in the page', async () => {
    await page.locator('.api-key summary').click();
    await page.getByLabel(/^API key/).fill(editorKey);
    await page.getByRole('button', { name: 'Use key' }).click();
    await page.getByTestId('viewer').filter({ hasText: 'Geneva desk · OHCHR editor' }).waitFor();
    await page.locator('.api-key summary').click();
    expect(await page.getByRole('link', { name: 'Plan a meeting on Haiti' }).isVisible()).toBe(true);
  });

  it('creates a meeting on Haiti; its agenda holds the open overlaps', async () => {
    await page.getByRole('link', { name: 'Plan a meeting on Haiti' }).click();
    await page.getByLabel('Title').fill('Haiti coordination group');
    await page.getByLabel(/^Participating organisations/).selectOption(['XM-DAC-41114', 'XM-DAC-41146']);
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await page.waitForURL(/\/meetings\/[A-Za-z0-9_-]+$/);
    await page.getByRole('heading', { name: /^Agenda: overlaps \(\d+\)$/ }).waitFor();
    expect(await page.locator('li.overlap').count()).toBeGreaterThan(0);
  });

  it('records a decision on the UN Women × UNDP overlap with an owner and a due date', async () => {
    const item = page.locator('li.overlap', { hasText: 'UN Women × UNDP' });
    await item.getByRole('button').first().click();
    await item.getByLabel('Decision', { exact: true }).selectOption('JOINT_PROGRAMME_AGREED');
    await item.getByLabel('Owner organisation').selectOption('XM-DAC-41114');
    await item.getByLabel('Due date').fill(inAWeek());
    await item.getByLabel('Note', { exact: true }).fill('Draft a joint programme on civic space');
    await item.getByRole('button', { name: 'Record decision' }).click();
    await item.locator('.decision-line', { hasText: 'Joint programme agreed' }).waitFor();
    shots.meeting = await inkShare(await screenshot('meeting'));
    axe.meeting = await seriousViolations();
    expect(await page.getByRole('table', { name: 'Decisions of this meeting' }).locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining('UN Women × UNDP in HT')]);
  });

  it('exports the minutes as HTML and XLSX, and prints the meeting to PDF', async () => {
    const download = async (label: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
      return readFileSync((await file.path())!);
    };
    minutesHtml = (await download('Download HTML')).toString('utf8');
    minutesXlsx = await download('Download Excel (XLSX)');
    pdf = await page.pdf({ format: 'A4', path: path.join(SHOTS, 'concord-dashboard-meeting.pdf') });
    expect({
      html: ['Minutes — Haiti coordination group', 'Joint programme agreed', 'Budgets by organisation and year'].filter((s) => !minutesHtml.includes(s)),
      xlsx: minutesXlsx.subarray(0, 2).toString('latin1'),
      pdf: pdf.subarray(0, 5).toString('latin1'),
    }).toEqual({ html: [], xlsx: 'PK', pdf: '%PDF-' });
  });

  it('finds the decision in the follow-up list as due soon and lets the owner mark it in progress', async () => {
    await page.getByRole('link', { name: 'Follow-up', exact: true }).click();
    const card = page.locator('li.follow-up', { hasText: 'UN Women × UNDP in HT' });
    await card.waitFor();
    const state = await card.locator('.badge.state').innerText();
    await card.getByLabel('Status').selectOption('IN_PROGRESS');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByText('History (2)').waitFor();
    shots.followUps = await inkShare(await screenshot('follow-ups'));
    axe.followUps = await seriousViolations();
    await page.getByRole('button', { name: /Due soon/ }).click();
    await page.waitForURL(/state=DUE_SOON/);
    await card.waitFor();
    expect(state).toContain('Due soon');
  });

  it('takes screenshots that are not blank', () => {
    expect(Object.entries(shots).filter(([, share]) => share < 0.05)).toEqual([]);
  });

  it('has no serious or critical accessibility violation (axe-core)', () => {
    expect(axe).toEqual({ overview: [], country: [], meeting: [], followUps: [] });
  });

  it('runs without console errors and asks nothing of anyone but the gateway', () => {
    const elsewhere = requested.filter((url) => !url.startsWith(`${gateway.baseUrl}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect({ problems, elsewhere }).toEqual({ problems: [], elsewhere: [] });
  });
});
