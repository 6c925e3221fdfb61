import type { OverlapReportModel } from '../overlap-report.model';
import { escapeMarkdownCell, escapeMarkdownText, html, type SafeHtml } from './escape';
import { dateText } from './labels';

/** The parts of a report that only meeting minutes have: the meeting with its decisions, and budgets. */

const money = (value: number, currency: string): string => `${value.toLocaleString('en-GB', { maximumFractionDigits: 0 })} ${currency}`;

export function meetingHtml(model: OverlapReportModel): SafeHtml | string {
  const m = model.meeting;
  if (!m) return '';
  const list = (items: string[], none: string) => (items.length ? items.join(', ') : none);
  return html`<section id="meeting" aria-labelledby="meeting-h">
<h2 id="meeting-h">Meeting: ${m.title}</h2>
<dl class="meta">
<div><dt>Date</dt><dd><time datetime="${m.date}">${dateText(m.date)}</time></dd></div>
<div><dt>Countries</dt><dd>${list(m.countries.map((c) => `${c.name} (${c.code})`), 'All countries')}</dd></div>
<div><dt>Themes</dt><dd>${list(m.themes.map((t) => t.label), 'All themes')}</dd></div>
<div><dt>Participants</dt><dd>${list(m.organisations.map((o) => o.label), 'Not recorded')}</dd></div>
</dl>
<h3>Decisions and follow-up</h3>
${
  m.decisions.length
    ? html`<table class="decisions-table">
<caption class="visually-hidden">Decisions of the meeting, with owners and due dates</caption>
<thead><tr><th scope="col">Subject</th><th scope="col">Decision</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Follow-up</th><th scope="col">Note</th></tr></thead>
<tbody>${m.decisions.map(
        (d) =>
          html`<tr><td>${d.subjectLabel}</td><td>${d.kind}</td><td>${d.owner.label}</td><td class="nowrap">${d.dueDate ?? '—'}</td><td>${d.followUp}</td><td class="multiline">${d.note ?? '—'}</td></tr>`,
      )}</tbody>
</table>`
    : html`<p class="empty">No decisions recorded in this meeting.</p>`
}
</section>`;
}

export function budgetsHtml(model: OverlapReportModel): SafeHtml | string {
  if (!model.budgets) return '';
  return html`<section id="budgets" aria-labelledby="budgets-h">
<h2 id="budgets-h">Budgets by organisation and year</h2>
${
  model.budgets.length
    ? html`<table class="decisions-table">
<caption class="visually-hidden">Published budgets by organisation, year and currency</caption>
<thead><tr><th scope="col">Organisation</th><th scope="col" class="num">Year</th><th scope="col" class="num">Budget</th><th scope="col" class="num">Activities</th></tr></thead>
<tbody>${model.budgets.map(
        (b) => html`<tr><td>${b.organisation.label}</td><td class="num">${b.year}</td><td class="num nowrap">${money(b.value, b.currency)}</td><td class="num">${b.activityCount}</td></tr>`,
      )}</tbody>
</table>`
    : html`<p class="empty">No published budgets in this selection.</p>`
}
</section>`;
}

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => escapeMarkdownCell(String(c))).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

export function meetingMarkdown(model: OverlapReportModel): string[] {
  const m = model.meeting;
  if (!m) return [];
  return [
    `## Meeting: ${escapeMarkdownText(m.title)}`,
    escapeMarkdownText(
      `${dateText(m.date)} · Countries: ${m.countries.map((c) => c.name).join(', ') || 'all'} · Themes: ${m.themes.map((t) => t.label).join(', ') || 'all'} · Participants: ${m.organisations.map((o) => o.label).join(', ') || 'not recorded'}`,
    ),
    '### Decisions and follow-up',
    m.decisions.length
      ? table(
          ['Subject', 'Decision', 'Owner', 'Due', 'Follow-up', 'Note'],
          m.decisions.map((d) => [d.subjectLabel, d.kind, d.owner.label, d.dueDate ?? '', d.followUp, d.note ?? '']),
        )
      : '_No decisions recorded in this meeting._',
  ];
}

export function budgetsMarkdown(model: OverlapReportModel): string[] {
  if (!model.budgets) return [];
  return [
    '## Budgets by organisation and year',
    model.budgets.length
      ? table(['Organisation', 'Year', 'Budget', 'Activities'], model.budgets.map((b) => [b.organisation.label, b.year, money(b.value, b.currency), b.activityCount]))
      : '_No published budgets in this selection._',
  ];
}
