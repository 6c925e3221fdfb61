import { renderHtml } from '../../../src/modules/report/render/html';
import { sampleModel, THEME, withFirstActivityTitle } from '../../fixtures/report/sample-model';

const page = renderHtml(sampleModel);
/** Visible text, tags dropped and whitespace collapsed (entities kept). */
const textOf = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const between = (html: string, start: string, end: string): string => html.slice(html.indexOf(start), html.indexOf(end, html.indexOf(start)));
const styles = between(page, '<style>', '</style>');
const heatmap = between(page, '<table class="heatmap">', '</table>');
const overlaps = between(page, '<section id="overlaps"', '</section>');

describe('renderHtml: a self-contained page', () => {
  it('is an English HTML5 document in UTF-8', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
  });

  it('loads nothing: no scripts, links, images, imports or URLs', () => {
    expect(page.match(/<script|<link|<img|<iframe|src=|@import|url\(|https?:\/\//gi)).toBeNull();
  });

  it('forbids fetching anything through its content security policy', () => {
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;;`);
  });

  it('shows title, filter and generation time in the header', () => {
    const header = textOf(between(page, '<header class="report-header">', '</header>'));
    expect(header).toContain("Overlap report — Kenya, Uganda and Côte d&#39;Ivoire Countries Kenya (KE), Uganda (UG), Côte d&#39;Ivoire (CI) Period 2024-01-01 – 2025-12-31 Generated 2025-03-14 09:30 UTC");
  });
});

describe('renderHtml: escaping', () => {
  it('escapes a script tag in an activity title', () => {
    const escaped = renderHtml(withFirstActivityTitle('<script>alert("x")</script>'));
    expect([escaped.includes('<script'), escaped.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')]).toEqual([false, true]);
  });

  it('escapes ampersands and angle brackets in the sample titles', () => {
    expect(overlaps).toContain('Police custody monitoring: detention periods &lt;48h &amp; fair-trial guarantees');
  });

  it('cannot close the style element from the title used in the print header', () => {
    const hostile = renderHtml({ ...sampleModel, title: 'Report </style><script>alert(1)</script>' });
    expect([hostile.split('</style>').length, hostile.includes('<script')]).toEqual([2, false]);
  });
});

describe('renderHtml: summary', () => {
  it('shows the five headline counts', () => {
    const figures = textOf(between(page, '<ul class="figures">', '</ul>'));
    expect(figures.trim()).toBe('27 activities 4 overlaps 1 possible duplications 3 complementary 3 open gaps');
  });

  it('breaks overlaps down by theme and by organisation pair', () => {
    const summary = textOf(between(page, '<section id="summary"', '</section>'));
    expect([summary.includes('Administration of justice 2'), summary.includes('UN Women × UNFPA 1')]).toEqual([true, true]);
  });
});

describe('renderHtml: heatmap', () => {
  it('is a real table with a column header per theme and a row header per country', () => {
    expect([heatmap.match(/<th scope="col">/g)?.length, heatmap.match(/<th scope="row">/g)?.length]).toEqual([
      sampleModel.heatmap.themes.length + 1,
      sampleModel.heatmap.countries.length,
    ]);
  });

  it('shows activities, organisations and overlaps in a cell, coloured by activity count', () => {
    const kenya = between(heatmap, '<th scope="row">Kenya', '</tr>');
    expect(kenya).toContain('<td class="heat heat-4"><span class="count">8<span class="visually-hidden"> activities</span></span><span class="orgs">4 orgs</span><span class="ovl">2 overlaps</span></td>');
  });

  it('marks cells without activity as visibly empty', () => {
    const uganda = between(heatmap, '<th scope="row">Uganda', '</tr>');
    expect(uganda.match(/<td class="heat heat-0"><span aria-hidden="true">—<\/span><span class="visually-hidden">No activity<\/span><\/td>/g)).toHaveLength(4);
  });

  it('has a legend naming the activity counts of each colour', () => {
    const legend = textOf(between(page, '<div class="legend"', '</div>'));
    expect(legend.trim()).toBe('Activities per cell: 1–2 3–4 5–6 7–8 none (—) n overlaps overlaps among them');
  });

  it('gets its own landscape page in print when there are many themes', () => {
    const themes = Array.from({ length: 12 }, (_, i) => ({ ...THEME.justice, id: `theme-${i}`, label: `Theme ${i}` }));
    const wide = renderHtml({ ...sampleModel, heatmap: { ...sampleModel.heatmap, themes } });
    expect([wide.includes('class="coverage wide"'), page.includes('class="coverage wide"')]).toEqual([true, false]);
  });
});

describe('renderHtml: overlaps, gaps and decisions', () => {
  it('shows one card per top overlap, in rank order', () => {
    expect(overlaps.match(/<h3 id="overlap-\d+">[^<]*/g)).toEqual([
      '<h3 id="overlap-1">UNDP × OHCHR ',
      '<h3 id="overlap-2">UN Women × UNFPA ',
      '<h3 id="overlap-3">UNDP × OHCHR ',
      '<h3 id="overlap-4">UNDP × UNICEF ',
    ]);
  });

  it('shows score, kind and why on an overlap', () => {
    const first = textOf(between(overlaps, 'id="overlap-1"', '</article>'));
    expect(first).toMatch(/Possible duplication Score 82% Why: Neither organisation has a universal mandate/);
  });

  it('lists both activities with identifier, title, organisation, period and status', () => {
    const first = textOf(between(overlaps, 'id="overlap-1"', '</article>'));
    expect(first).toContain('XM-DAC-41114-PROJECT-00119876 Strengthening access to justice &amp; legal aid in Kenya (Amkeni Wakenya II) UNDP XM-DAC-41114 2022-01-01 – 2025-12-31 Implementation');
  });

  it('shows the shared countries, themes and intersecting period', () => {
    const facts = textOf(between(overlaps, '<dl class="facts">', '</dl>'));
    expect(facts.trim()).toBe('Shared countries Kenya (KE) Shared themes Administration of justice, Prevention of torture and ill-treatment Intersecting period 2023-03-01 – 2025-06-30 Overlap ID ovl_3f9a1c2e');
  });

  it('shows the latest decision, or says there is none', () => {
    const text = textOf(overlaps);
    expect([text.includes('Latest decision: Duplication to resolve — Both fund paralegals'), text.includes('No decision recorded yet.')]).toEqual([true, true]);
  });

  it('describes each gap with its kind in words, recommendations and mandated organisations', () => {
    const gaps = textOf(between(page, '<section id="gaps"', '</section>'));
    expect(gaps).toContain('Kenya · Prevention of torture and ill-treatment Open recommendations with no activity');
    expect(gaps).toContain('Mandated organisations OHCHR (XM-DAC-41313)');
    expect(gaps).toContain('CAT/C/KEN/CO/3 Committee against Torture 2022-05-20 Establish an independent national preventive mechanism');
  });

  it('lists the decisions newest first', () => {
    const decisions = between(page, '<section id="decisions"', '</section>');
    expect(decisions.match(/<time datetime="[^"]+">[^<]+/g)?.map((t) => t.slice(-10))).toEqual(['2025-02-20', '2025-01-28', '2024-11-12', '2024-09-03']);
  });

  it('says so when a section is empty', () => {
    const empty = textOf(renderHtml({ ...sampleModel, topOverlaps: [], gaps: [], decisions: [], heatmap: { countries: [], themes: [], cells: [] } }));
    expect(['No overlaps in this selection.', 'No open gaps in this selection.', 'No decisions recorded yet.', 'No activities in this selection.'].filter((s) => !empty.includes(s))).toEqual([]);
  });
});

describe('renderHtml: print stylesheet', () => {
  it('prints on A4 with page numbers', () => {
    expect(styles).toMatch(/@page \{\s*size: A4;[\s\S]*counter\(page\) " of " counter\(pages\)/);
  });

  it('keeps overlap cards and table rows whole across pages', () => {
    expect(between(styles, '@media print', '\n}\n')).toContain('.figures li, .card, tr, .legend { break-inside: avoid; }');
  });

  it('repeats table headers on every page', () => {
    expect(between(styles, '@media print', '\n}\n')).toContain('thead { display: table-header-group; }');
  });

  it('prints on white paper without the screen navigation', () => {
    const print = between(styles, '@media print', '\n}\n');
    expect([print.includes('body { background: #fff; }'), print.includes('.toc { display: none; }')]).toEqual([true, true]);
  });
});
