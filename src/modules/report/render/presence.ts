import type { OverlapReportModel } from '../overlap-report.model';
import { escapeMarkdownCell as cell, html, type SafeHtml } from './escape';
import { countryText, orgLabels } from './labels';

/** The 3W layer in every format: who is on the ground per country × theme (OCHA 3W presence). */

const HEADER = ['Country', 'Theme', 'Organisations present', 'Presence records', 'Most present'];
const NOTE = 'From OCHA 3W (Who does What Where) files: one record per organisation × cluster × place; not activities, no budgets.';

export function presenceMarkdown(model: OverlapReportModel): string[] {
  if (!model.presence) return [];
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => cell(String(c))).join(' | ')} |`;
  return [
    '## 3W operational presence',
    `${model.presence.records} presence record(s). _${NOTE}_`,
    [line(HEADER), `|${HEADER.map(() => ' --- |').join('')}`, ...model.presence.rows.map((r) => line([countryText(r.country), r.theme.label, r.organisations, r.presences, orgLabels(r.mostPresent)]))].join('\n'),
  ];
}

export function presenceHtml(model: OverlapReportModel): SafeHtml | string {
  if (!model.presence) return '';
  return html`<section id="presence" aria-labelledby="presence-h">
<h2 id="presence-h">3W operational presence</h2>
<p>${model.presence.records} presence record(s). ${NOTE}</p>
<table class="decisions-table">
<caption class="visually-hidden">OCHA 3W presence by country and theme</caption>
<thead><tr>${HEADER.map((h, i) => html`<th scope="col"${i === 2 || i === 3 ? html` class="num"` : ''}>${h}</th>`)}</tr></thead>
<tbody>${model.presence.rows.map(
    (r) => html`<tr><td>${countryText(r.country)}</td><td>${r.theme.label}</td><td class="num">${r.organisations}</td><td class="num">${r.presences}</td><td>${orgLabels(r.mostPresent)}</td></tr>`,
  )}</tbody>
</table>
</section>`;
}

/** Columns and rows of the "3W presence" sheet; null when the report has no 3W layer. */
export function presenceSheet(model: OverlapReportModel): { columns: { header: string; width: number; type: 'text' | 'integer' }[]; rows: (string | number)[][] } | null {
  if (!model.presence) return null;
  return {
    columns: [
      { header: 'Country', width: 24, type: 'text' },
      { header: 'Theme', width: 30, type: 'text' },
      { header: 'Organisations present', width: 12, type: 'integer' },
      { header: 'Presence records', width: 12, type: 'integer' },
      { header: 'Most present', width: 40, type: 'text' },
    ],
    rows: model.presence.rows.map((r) => [countryText(r.country), r.theme.label, r.organisations, r.presences, orgLabels(r.mostPresent)]),
  };
}
