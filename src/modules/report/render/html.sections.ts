import type { DecisionView, OverlapReportModel, ReportGap, ReportOverlap } from '../overlap-report.model';
import { html, type SafeHtml } from './escape';
import {
  countryText,
  dateText,
  dateTimeText,
  DECISION_WORDS,
  GAP_KIND_WORDS,
  gapPlace,
  OVERLAP_KIND_WORDS,
  orgText,
  overlapOrganisations,
  periodText,
  scorePercent,
  themeLabels,
  countryNames,
} from './labels';

/** The overlap, gap and decision sections of the HTML report. */

const kindClass = (kind: ReportOverlap['kind']): string => (kind === 'POSSIBLE_DUPLICATION' ? 'kind-dup' : 'kind-comp');
/** Colour family of a decision: red for a duplication to resolve, green for agreed complementarity. */
const decisionClass = (decision: DecisionView['decision']): string =>
  decision === 'DUPLICATION_TO_RESOLVE' ? 'decision-dup' : decision === 'REVIEWED' ? '' : 'decision-comp';
/** A section's heading kept on the same printed page as its first item. */
const leadIn = (heading: SafeHtml, items: SafeHtml[]): SafeHtml => html`<div class="lead-in">${heading}${items.slice(0, 1)}</div>${items.slice(1)}`;
const time = (iso: string, shown: string): SafeHtml => html`<time datetime="${iso}">${shown}</time>`;

function latestDecision(decision: DecisionView | null): SafeHtml {
  if (!decision) return html`<p class="decision none">No decision recorded yet.</p>`;
  return html`<p class="decision ${decisionClass(decision.decision)}"><strong>Latest decision: ${DECISION_WORDS[decision.decision]}</strong>${decision.note ? html` — <span class="multiline">${decision.note}</span>` : ''}
<span class="decided">(${decision.decidedBy}, ${time(decision.decidedAt, dateTimeText(decision.decidedAt))})</span></p>`;
}

function overlapCard(o: ReportOverlap, rank: number): SafeHtml {
  const id = `overlap-${rank}`;
  const percent = scorePercent(o.score);
  return html`<article class="card overlap ${kindClass(o.kind)}" aria-labelledby="${id}">
<div class="overlap-head">
<span class="rank">${rank}.</span>
<div><h3 id="${id}">${overlapOrganisations(o)} <span class="where">in ${countryNames(o.countries) || 'no shared country'} · ${themeLabels(o.themes) || 'no shared theme'}</span></h3>
<span class="pill ${kindClass(o.kind)}">${OVERLAP_KIND_WORDS[o.kind]}</span></div>
<div class="score"><span class="score-label">Score</span><span class="score-value">${percent}</span><span class="bar" aria-hidden="true"><span style="width:${percent}"></span></span></div>
</div>
<p class="why"><strong>Why:</strong> <span class="multiline">${o.kindReason}</span></p>
<table class="activities">
<caption class="visually-hidden">The two activities of overlap ${rank}</caption>
<thead><tr><th scope="col">Identifier</th><th scope="col">Title</th><th scope="col">Organisation</th><th scope="col">Period</th><th scope="col">Status</th></tr></thead>
<tbody>${o.activities.map(
    (a) => html`<tr><td class="code">${a.iatiIdentifier}</td><td class="multiline">${a.title}</td><td>${a.organisation.label}<span class="code org-ref">${a.organisation.ref}</span></td><td>${periodText(a.period)}</td><td>${a.status ?? '—'}</td></tr>`,
  )}</tbody>
</table>
<dl class="facts">
<dt>Shared countries</dt><dd>${o.countries.map(countryText).join(', ') || '—'}</dd>
<dt>Shared themes</dt><dd>${themeLabels(o.themes) || '—'}</dd>
<dt>Intersecting period</dt><dd>${periodText(o.period)}</dd>
<dt>Overlap ID</dt><dd class="code">${o.id}</dd>
</dl>
${latestDecision(o.decision)}
</article>`;
}

export function overlapsSection(model: OverlapReportModel): SafeHtml {
  return html`<section id="overlaps" aria-labelledby="overlaps-h">
${leadIn(
    html`<h2 id="overlaps-h">Top overlaps</h2>
<p class="muted">Activities of different organisations sharing a country and a theme in intersecting periods, highest score first. The score (0–100%) measures how much theme, time and country they share.</p>`,
    model.topOverlaps.length ? model.topOverlaps.map((o, i) => overlapCard(o, i + 1)) : [html`<p class="empty">No overlaps in this selection.</p>`],
  )}
</section>`;
}

function gapCard(g: ReportGap, index: number): SafeHtml {
  const id = `gap-${index}`;
  return html`<article class="card gap" aria-labelledby="${id}">
<div class="gap-head"><h3 id="${id}">${gapPlace(g)}</h3><span class="pill gap-kind">${GAP_KIND_WORDS[g.kind]}</span></div>
<p class="multiline">${g.description}</p>
<dl class="facts"><dt>Mandated organisations</dt><dd>${g.mandatedOrganisations.map(orgText).join(', ') || '—'}</dd></dl>
${
  g.recommendations.length
    ? html`<table class="recommendations">
<caption class="visually-hidden">Recommendations behind this gap</caption>
<thead><tr><th scope="col">Symbol</th><th scope="col">Body</th><th scope="col">Date</th><th scope="col">Recommendation</th></tr></thead>
<tbody>${g.recommendations.map(
        (r) => html`<tr><td class="code">${r.symbol}</td><td>${r.body}</td><td class="nowrap">${time(r.publicationDate, r.publicationDate)}</td><td class="multiline">${r.text}</td></tr>`,
      )}</tbody>
</table>`
    : ''
}
</article>`;
}

export function gapsSection(model: OverlapReportModel): SafeHtml {
  return html`<section id="gaps" aria-labelledby="gaps-h">
${leadIn(html`<h2 id="gaps-h">Open gaps</h2>`, model.gaps.length ? model.gaps.map((g, i) => gapCard(g, i + 1)) : [html`<p class="empty">No open gaps in this selection.</p>`])}
</section>`;
}

export function decisionsSection(model: OverlapReportModel): SafeHtml {
  return html`<section id="decisions" aria-labelledby="decisions-h">
<h2 id="decisions-h">Decisions recorded</h2>
${
  model.decisions.length
    ? html`<table class="decisions-table">
<caption class="visually-hidden">Decisions recorded on overlaps, newest first</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Overlap</th><th scope="col">Decision</th><th scope="col">Note</th><th scope="col">Recorded by</th></tr></thead>
<tbody>${model.decisions.map(
        (d) =>
          html`<tr><td class="nowrap">${time(d.decidedAt, dateText(d.decidedAt))}</td><td>${d.overlapLabel}</td><td class="decision-chip ${decisionClass(d.decision)}">${DECISION_WORDS[d.decision]}</td><td class="multiline">${d.note ?? '—'}</td><td>${d.decidedBy}</td></tr>`,
      )}</tbody>
</table>`
    : html`<p class="empty">No decisions recorded yet.</p>`
}
</section>`;
}
