import { html, type HtmlValue, SafeHtml } from '../render/escape';
import { reportStyles } from '../render/html.styles';
import { dateTimeText } from '../render/labels';
import { countryList, MEASURES, themeList, themeText } from './analytical-report.columns';
import type { AnalyticalReportModel } from './analytical-report.model';
import { reportPage } from '../render/html.page';

/** Spacing of this report's lists, added to the shared report stylesheet. */
const LIST_STYLES = `
.list { margin: 0 0 24px; }
.list-title { font-weight: 650; font-size: .88rem; margin: 0 0 6px; }
.figures { grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); }
`;

type Cell = string | number | null;

/** A captioned table; numbers are right-aligned, null shows as a dash; `empty` when there are no rows. */
function table(caption: string, header: string[], rows: Cell[][], empty: string): SafeHtml {
  if (rows.length === 0) return html`<div class="list"><p class="list-title">${caption}</p><p class="empty">${empty}</p></div>`;
  const td = (c: Cell): SafeHtml => (typeof c === 'number' ? html`<td class="num">${c}</td>` : html`<td class="multiline">${c ?? '—'}</td>`);
  return html`<div class="list table-scroll" role="region" aria-label="${caption}" tabindex="0"><table>
<caption>${caption}</caption>
<thead><tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr>${r.map(td) as HtmlValue[]}</tr>`)}</tbody>
</table></div>`;
}

function header(model: AnalyticalReportModel): SafeHtml {
  return html`<header class="report-header">
<p class="eyebrow">Progress, concrete achievements and obstacles · human-rights technical cooperation</p>
<h1>${model.title}</h1>
<dl class="meta">
<div><dt>Countries</dt><dd>${model.countries.length ? model.countries.map((c) => `${c.name} (${c.code})`).join(', ') : 'All countries'}</dd></div>
<div><dt>Period</dt><dd>${model.period.from} – ${model.period.to}</dd></div>
<div><dt>Generated</dt><dd><time datetime="${model.generatedAt}">${dateTimeText(model.generatedAt)}</time></dd></div>
</dl>
<nav class="toc" aria-label="Contents"><ol>
<li><a href="#summary">Summary</a></li><li><a href="#by-country">By country and theme</a></li><li><a href="#progress">Progress and achievements</a></li><li><a href="#obstacles">Obstacles</a></li>
</ol></nav>
</header>`;
}

/** The analytical report as one self-contained HTML page (inline CSS, no scripts, no external requests), for screen and A4 print. */
export function renderAnalyticalHtml(model: AnalyticalReportModel): string {
  const generated = dateTimeText(model.generatedAt);
  const { achievements: a, obstacles: o } = model;
  const figures = MEASURES.map(
    (m) => html`<li class="${m.group === 'Obstacles' ? 'gaps' : 'comp'}"><span class="figure">${model.summary[m.key]}</span><span class="figure-label">${m.header.toLowerCase()}</span></li>`,
  );
  return reportPage(model.title, reportStyles(model.title, generated) + LIST_STYLES, html`${header(model)}
<main>
<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<ul class="figures">${figures}</ul>
</section>
<section id="by-country" aria-labelledby="by-country-h">
<h2 id="by-country-h">By country and theme</h2>
${table('Progress and obstacles by country and theme', ['Country', 'Theme', ...MEASURES.map((m) => m.header)], model.rows.map((r) => [`${r.country.name} (${r.country.code})`, themeText(r), ...MEASURES.map((m) => r[m.key])]), 'Nothing in this period.')}
</section>
<section id="progress" aria-labelledby="progress-h">
<h2 id="progress-h">Progress and concrete achievements</h2>
${table('Activities completed', ['Ended', 'Identifier', 'Title', 'Organisation', 'Countries', 'Themes'], a.activities.map((x) => [x.end, x.iatiIdentifier, x.title, x.organisation.label, countryList(x.countries), themeList(x.themes)]), 'No activity completed in the period.')}
${table('Recommendations moved forward', ['Symbol', 'Body', 'Countries', 'Themes', 'Follow-up', 'What moved', 'Resources required', 'Resources identified'], a.recommendations.map((r) => [r.symbol, r.body, countryList(r.countries), themeList(r.themes), r.progress, r.movements.join('\n'), r.resourcesRequired, r.resourcesIdentified || null]), 'No recommendation moved forward in the period.')}
${table('Decisions done', ['Done on', 'Subject', 'Decision', 'Owner', 'Meeting'], a.decisions.map((d) => [d.doneOn, d.subjectLabel, d.kind, d.owner.label, d.meeting]), 'No decision reported done in the period.')}
</section>
<section id="obstacles" aria-labelledby="obstacles-h">
<h2 id="obstacles-h">Obstacles</h2>
${table('Open gaps', ['Kind', 'Countries', 'Themes', 'Description'], o.gaps.map((g) => [g.kind, countryList(g.countries), themeList(g.themes), g.description]), 'No open gap in the period.')}
${table('Overdue decisions', ['Due', 'Subject', 'Decision', 'Owner', 'Status', 'Meeting'], o.overdueDecisions.map((d) => [d.dueDate, d.subjectLabel, d.kind, d.owner.label, d.status, d.meeting]), 'No overdue decision.')}
${table('Field operations without an exit strategy', ['Identifier', 'Operation', 'Country', 'Kind', 'Period', 'Exit strategy', 'Why'], o.operations.map((f) => [f.identifier, f.name, f.country.name, f.kind, `${f.start} – ${f.end ?? 'open-ended'}`, f.status, f.reason]), 'Every field operation active in the period has an exit strategy.')}
${table('Data-quality problems', ['Country', 'Problem in the published data', 'Activities'], o.dataQuality.map((q) => [q.country.name, q.label, q.activities]), 'No data-quality problem among these activities.')}
</section>
</main>
<footer class="report-footer">Generated by Concord on ${generated} from IATI activity records mirrored from UN agencies, OHCHR technical cooperation projects and field operations, recommendations of the UN human-rights mechanisms (Universal Human Rights Index) and the decisions of coordination meetings.</footer>
`);
}
