import type { OverlapReportModel } from '../overlap-report.model';
import { html, SafeHtml } from './escape';
import { heatLegend, heatLevel, heatmapLookup, maxActivityCount } from './heatmap';
import { decisionsSection, gapsSection, overlapsSection } from './html.sections';
import { presenceHtml } from './presence';
import { reportStyles } from './html.styles';
import { budgetsHtml, meetingHtml } from './minutes';
import { dateTimeText, orgText } from './labels';
import { reportPage } from './html.page';

/** Above this many themes the heatmap gets its own landscape page when printed. */
const PORTRAIT_MAX_THEMES = 8;

function reportHeader(model: OverlapReportModel): SafeHtml {
  const { countries, from, to } = model.filter;
  const period = from || to ? `${from ?? 'any start'} – ${to ?? 'any end'}` : 'Any period';
  return html`<header class="report-header">
<p class="eyebrow">Inter-agency coordination · human-rights technical cooperation</p>
<h1>${model.title}</h1>
<dl class="meta">
<div><dt>Countries</dt><dd>${countries.length ? countries.map((c) => `${c.name} (${c.code})`).join(', ') : 'All countries'}</dd></div>
<div><dt>Period</dt><dd>${period}</dd></div>
<div><dt>Generated</dt><dd><time datetime="${model.generatedAt}">${dateTimeText(model.generatedAt)}</time></dd></div>
</dl>
<nav class="toc" aria-label="Contents"><ol>
<li><a href="#summary">Summary</a></li><li><a href="#coverage">Coverage heatmap</a></li><li><a href="#overlaps">Top overlaps</a></li><li><a href="#gaps">Open gaps</a></li><li><a href="#decisions">Decisions</a></li>
</ol></nav>
</header>`;
}

function summarySection(model: OverlapReportModel): SafeHtml {
  const s = model.summary;
  const figure = (value: number, label: string, className = '') =>
    html`<li class="${className}"><span class="figure">${value}</span><span class="figure-label">${label}</span></li>`;
  return html`<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<ul class="figures">
${figure(s.activities, 'activities')}${figure(s.overlaps, 'overlaps')}${figure(s.possibleDuplications, 'possible duplications', 'dup')}${figure(s.complementary, 'complementary', 'comp')}${figure(s.gaps, 'open gaps', 'gaps')}
</ul>
<div class="breakdown">
<table><caption>Overlaps by theme</caption>
<thead><tr><th scope="col">Theme</th><th scope="col" class="num">Overlaps</th></tr></thead>
<tbody>${s.byTheme.length ? s.byTheme.map((t) => html`<tr><td>${t.theme.label}</td><td class="num">${t.overlaps}</td></tr>`) : html`<tr><td colspan="2" class="empty">No overlaps.</td></tr>`}</tbody>
</table>
<table><caption>Overlaps by organisation pair</caption>
<thead><tr><th scope="col">Organisations</th><th scope="col" class="num">Overlaps</th></tr></thead>
<tbody>${
    s.byOrganisationPair.length
      ? s.byOrganisationPair.map(
          (p) => html`<tr><td><abbr title="${orgText(p.a)}">${p.a.label}</abbr> × <abbr title="${orgText(p.b)}">${p.b.label}</abbr></td><td class="num">${p.overlaps}</td></tr>`,
        )
      : html`<tr><td colspan="2" class="empty">No overlaps.</td></tr>`
  }</tbody>
</table>
<table><caption>Data quality</caption>
<thead><tr><th scope="col">Problem in the published data</th><th scope="col" class="num">Activities</th></tr></thead>
<tbody>${s.dataQuality.length ? s.dataQuality.map((q) => html`<tr><td>${q.label}</td><td class="num">${q.activities}</td></tr>`) : html`<tr><td colspan="2" class="empty">No data-quality problem among these activities.</td></tr>`}</tbody>
</table>
</div>
</section>`;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function coverageSection(model: OverlapReportModel): SafeHtml {
  const { countries, themes } = model.heatmap;
  const wide = themes.length > PORTRAIT_MAX_THEMES ? ' wide' : '';
  const intro = html`<h2 id="coverage-h">Coverage: country × theme</h2>
<p class="muted">Each cell counts the activities in a country on a theme, the organisations behind them, and the overlaps among them. Darker cells have more activities.</p>`;
  if (countries.length === 0 || themes.length === 0) {
    return html`<section id="coverage" class="coverage" aria-labelledby="coverage-h">${intro}<p class="empty">No activities in this selection.</p></section>`;
  }
  const at = heatmapLookup(model.heatmap);
  const max = maxActivityCount(model.heatmap);
  const rows = countries.map(
    (country) => html`<tr><th scope="row">${country.name} <span class="code">${country.code}</span></th>${themes.map((theme) => {
      const cell = at(country.code, theme.id);
      if (!cell || cell.activityCount === 0) return html`<td class="heat heat-0"><span aria-hidden="true">—</span><span class="visually-hidden">No activity</span></td>`;
      return html`<td class="heat heat-${heatLevel(cell.activityCount, max)}"><span class="count">${cell.activityCount}<span class="visually-hidden"> ${cell.activityCount === 1 ? 'activity' : 'activities'}</span></span><span class="orgs">${plural(cell.organisationCount, 'org.', 'orgs')}</span>${
        cell.overlapCount > 0 ? html`<span class="ovl">${plural(cell.overlapCount, 'overlap', 'overlaps')}</span>` : ''
      }</td>`;
    })}</tr>`,
  );
  const legend = heatLegend(max).map(
    (step) => html`<li><span class="swatch heat-${step.level}" aria-hidden="true"></span>${step.from === step.to ? step.from : `${step.from}–${step.to}`}</li>`,
  );
  return html`<section id="coverage" class="coverage${wide}" aria-labelledby="coverage-h" style="--themes: ${themes.length}">
<div class="heatmap-figure">
${intro}
<div class="table-scroll" role="region" aria-label="Coverage heatmap" tabindex="0">
<table class="heatmap">
<caption class="visually-hidden">Activities, organisations and overlaps by country and theme</caption>
<thead><tr><th scope="col">Country</th>${themes.map((t) => html`<th scope="col"><span class="theme-label">${t.label}</span></th>`)}</tr></thead>
<tbody>${rows}</tbody>
</table>
</div>
<div class="legend" role="group" aria-label="Heatmap legend">
<strong>Activities per cell:</strong>
<ul>${legend}<li><span class="swatch heat-0" aria-hidden="true"></span>none (—)</li><li><span class="ovl-sample">n overlaps</span> overlaps among them</li></ul>
</div>
</div>
</section>`;
}

/** The overlap report as one self-contained HTML page (inline CSS, no scripts, no external requests), for screen and A4 print. */
export function renderHtml(model: OverlapReportModel): string {
  const generated = dateTimeText(model.generatedAt);
  const styles = reportStyles(model.title, generated);
  return reportPage(model.title, styles, html`${reportHeader(model)}
<main>
${meetingHtml(model)}
${summarySection(model)}
${coverageSection(model)}
${presenceHtml(model)}
${overlapsSection(model)}
${gapsSection(model)}
${decisionsSection(model)}
${budgetsHtml(model)}
</main>
<footer class="report-footer">Generated by Concord on ${generated} from IATI activity records mirrored from UN agencies, OHCHR technical cooperation projects and recommendations of the UN human-rights mechanisms (Universal Human Rights Index). Organisation identifiers follow the IATI organisation registry (XM-DAC-…).</footer>
`);
}
