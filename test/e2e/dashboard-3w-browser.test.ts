import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { import3wFile } from '../../src/ingest/threew/threew-import';
import { describeWithChromium, launchChromium } from '../support/browser';
import { ensureDashboardBuilt } from '../support/dashboard';
import { loadSample } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';

/**
 * The OCHA 3W layer on a country's page, in a real browser: the sample plus the first rows of
 * the Afghanistan 3W fixture imported through the 3W import service; Afghanistan's page lists the
 * presence records with the counts the GraphQL API gives, a page at a time, sums them by theme
 * as `coverage` does, and marks the overlap sides that come from 3W; Kenya (no 3W file) says so.
 * The Afghanistan page is left in the temp directory (concord-dashboard-3w.png).
 */
const AF = path.join(__dirname, '../fixtures/3w/afghanistan_3w_operational_presence_january_march_2024.csv');
/** Data rows of the fixture imported: enough for more than one page of records and for overlaps between 3W presences. */
const ROWS = 120;
const PAGE = 20;

let gateway: TestGateway;
let browser: Browser;
let page: Page;
const problems: string[] = [];

interface Place {
  adm1Code: string | null;
  adm1Name: string | null;
  adm2Code: string | null;
  adm2Name: string | null;
}
interface ApiPresence {
  id: string;
  organisationAcronym: string | null;
  organisation: { ref: string | null; name: string | null };
  cluster: { name: string };
  place: Place;
}

/** The fixture's header, HXL row and first `rows` data rows, in a file of their own (no HDX metadata beside it: the period is given). */
function afghanSlice(rows: number): string {
  const lines = readFileSync(AF, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l !== '');
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'concord-3w-dashboard-')), 'afghanistan-3w-slice.csv');
  writeFileSync(file, `${lines.slice(0, 2 + rows).join('\n')}\n`);
  return file;
}

const placeText = (p: Place) => `${[p.adm2Name, p.adm1Name].filter(Boolean).join(', ')}${p.adm2Code ?? p.adm1Code ? ` (${p.adm2Code ?? p.adm1Code})` : ''}`;

/** axe-core's serious and critical violations on the current page (injected through the debugger, so the page's CSP stays as served). */
async function seriousViolations(): Promise<string[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate<{ id: string; impact: string | null; targets: string[] }[]>(`(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  })()`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

async function api<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await gateway.post(query, variables);
  if (res.status !== 200 || res.body.errors) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(res.body.errors)}`);
  return res.body.data as T;
}

describeWithChromium('the 3W operational presence on the dashboard', () => {
  beforeAll(async () => {
    ensureDashboardBuilt();
    gateway = await startTestGateway();
    await loadSample(gateway.database);
    const file = afghanSlice(ROWS);
    const { run } = await import3wFile(gateway.database.orm, gateway.database.db, file, { displayName: path.basename(file), period: { start: '2024-01-01', end: '2024-03-31' } });
    if (run.status !== 'SUCCEEDED') throw new Error(`3W import ${run.status}`);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  it("lists Afghanistan's presence records with the API's count, a page at a time", async () => {
    const first = await api<{ presences: { totalCount: number; edges: { node: ApiPresence }[]; pageInfo: { endCursor: string } } }>(
      `{ presences(filter: { country: ["AF"] }, first: ${PAGE}) { totalCount pageInfo { endCursor } edges { node { id organisationAcronym organisation { ref name } cluster { name } place { adm1Code adm1Name adm2Code adm2Name } } } } }`,
    );
    const second = await api<{ presences: { edges: { node: ApiPresence }[] } }>(
      `query($after: String) { presences(filter: { country: ["AF"] }, first: ${PAGE}, after: $after) { edges { node { id } } } }`,
      { after: first.presences.pageInfo.endCursor },
    );
    const total = first.presences.totalCount;
    expect(total).toBeGreaterThan(PAGE);

    await page.goto(`${gateway.baseUrl}/country/AF`);
    const heading = page.getByRole('heading', { name: /^3W operational presence \(\d+\)$/ });
    await heading.waitFor({ timeout: 60_000 });
    const records = page.getByRole('table', { name: '3W presence records in Afghanistan' });
    const rows = records.locator('tbody tr');
    const shown = async () => ({
      caption: await records.locator('caption').innerText(),
      ids: await Promise.all((await rows.all()).map((tr) => tr.getAttribute('data-presence-id'))),
    });
    const firstPage = await shown();
    const top = first.presences.edges[0]!.node;
    const topCells = await rows.first().locator('td').allInnerTexts();
    await page.getByRole('button', { name: `Next ${PAGE}` }).click();
    await records.locator('caption').filter({ hasText: `Records ${PAGE + 1}–` }).waitFor();
    const secondPage = await shown();
    await page.getByRole('button', { name: `Previous ${PAGE}` }).click();
    await records.locator('caption').filter({ hasText: 'Records 1–' }).waitFor();

    expect({
      heading: await heading.innerText(),
      firstPage,
      top: [topCells[0], topCells[2]!.includes(top.organisation.name ?? top.organisationAcronym ?? '?'), topCells[3]],
      secondPage,
    }).toEqual({
      heading: `3W operational presence (${total})`,
      firstPage: { caption: `Records 1–${PAGE} of ${total}`, ids: first.presences.edges.map((e) => e.node.id) },
      top: [top.cluster.name, true, placeText(top.place)],
      secondPage: { caption: `Records ${PAGE + 1}–${Math.min(2 * PAGE, total)} of ${total}`, ids: second.presences.edges.map((e) => e.node.id) },
    });
  }, 120_000);

  it('sums the records by theme as the coverage query counts them', async () => {
    const { coverage } = await api<{ coverage: { totalPresences: number; rows: { theme: { id: string } | null; organisation: { ref: string | null } | null; presenceCount: number }[] } }>(
      `{ coverage(filter: { country: ["AF"] }, groupBy: [THEME, ORGANISATION]) { totalPresences rows { theme { id } organisation { ref } presenceCount } } }`,
    );
    const expected: Record<string, number> = {};
    for (const r of coverage.rows) if (r.theme && r.organisation?.ref && r.presenceCount > 0) expected[r.theme.id] = (expected[r.theme.id] ?? 0) + r.presenceCount;
    const table = page.getByRole('table', { name: '3W presence in Afghanistan by theme' });
    const shown: Record<string, number> = {};
    for (const tr of await table.locator('tbody tr').all()) shown[(await tr.getAttribute('data-theme-id'))!] = Number(await tr.locator('td.num').innerText());
    expect([coverage.totalPresences > 0, shown]).toEqual([true, expected]);
    expect(await page.locator('#coverage-h + p').innerText()).toContain(`${coverage.totalPresences} OCHA 3W presence records`);
  });

  it('marks an overlap side that comes from 3W with a badge and its place', async () => {
    const { overlaps } = await api<{ overlaps: { edges: { node: { id: string; explanation: { sides: { origin: string; organisation: string; presences: { place: Place }[] }[] } | null } }[] } }>(
      `{ overlaps(filter: { country: ["AF"] }, first: 100) { edges { node { id explanation { sides { origin organisation presences { place { adm1Code adm1Name adm2Code adm2Name } } } } } } } }`,
    );
    const withPresence = overlaps.edges.map((e) => e.node).find((o) => o.explanation?.sides.some((s) => s.origin === '3W'));
    expect(withPresence).toBeDefined();
    const sides = withPresence!.explanation!.sides.filter((s) => s.origin === '3W');
    const card = page.locator(`li.overlap[data-overlap-id="${withPresence!.id}"]`);
    const badges = await card.locator('.badges .badge.origin-3w').allInnerTexts();
    await card.getByRole('button').first().click();
    await card.locator('.presence-side').first().waitFor();
    const sideTexts = await card.locator('.presence-side').allInnerTexts();
    await page.screenshot({ path: path.join(os.tmpdir(), 'concord-dashboard-3w.png'), fullPage: true });
    const axe = await seriousViolations();
    const where = (s: (typeof sides)[number]) => (s.presences.length === 1 ? placeText(s.presences[0]!.place) : `${s.presences.length} places`);
    expect({
      axe,
      badges: badges.map((b, i) => [b.startsWith('3W'), b.endsWith(` in ${where(sides[i]!)}`)]),
      sides: sideTexts.map((t, i) => [t.startsWith('3W'), t.includes(sides[i]!.organisation), t.includes(placeText(sides[i]!.presences[0]!.place))]),
    }).toEqual({ axe: [], badges: sides.map(() => [true, true]), sides: sides.map(() => [true, true, true]) });
  }, 60_000);

  it('says on Kenya that no 3W file was imported for it', async () => {
    const { presences } = await api<{ presences: { totalCount: number } }>(`{ presences(filter: { country: ["KE"] }) { totalCount } }`);
    await page.goto(`${gateway.baseUrl}/country/KE`);
    const heading = page.getByRole('heading', { name: /^3W operational presence/ });
    await heading.waitFor({ timeout: 60_000 });
    await page.locator('.presence-panel .note-empty').waitFor();
    expect([presences.totalCount, await heading.innerText(), await page.locator('.presence-panel .note-empty').innerText(), await page.locator('.presence-records').count()]).toEqual([
      0,
      '3W operational presence (0)',
      expect.stringContaining('No 3W file was imported for Kenya'),
      0,
    ]);
  }, 60_000);

  it('runs without console errors', () => {
    expect(problems).toEqual([]);
  });
});
