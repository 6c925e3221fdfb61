import { escapeMarkdownCell as cell, escapeMarkdownText as text } from '../render/escape';
import { dateTimeText } from '../render/labels';
import { countryList, MEASURES, periodLine, themeList, themeText } from './analytical-report.columns';
import type { AnalyticalReportModel } from './analytical-report.model';

function table(header: string[], rows: (string | number | null)[][], empty: string): string {
  if (rows.length === 0) return `_${empty}_`;
  const line = (cells: (string | number | null)[]) => `| ${cells.map((c) => cell(c === null ? '—' : String(c))).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

/** The analytical report as Markdown: headings and pipe tables, every text escaped. */
export function renderAnalyticalMarkdown(model: AnalyticalReportModel): string {
  const { achievements: a, obstacles: o } = model;
  return `${[
    `# ${text(model.title)}`,
    `${text(periodLine(model))} · Generated ${text(dateTimeText(model.generatedAt))}`,
    '## Summary',
    table(['Measure', 'Count'], MEASURES.map((m) => [`${m.group}: ${m.header}`, model.summary[m.key]]), 'Nothing to report.'),
    '## By country and theme',
    table(['Country', 'Theme', ...MEASURES.map((m) => m.header)], model.rows.map((r) => [`${r.country.name} (${r.country.code})`, themeText(r), ...MEASURES.map((m) => r[m.key])]), 'Nothing in this period.'),
    '## Progress and concrete achievements',
    '### Activities completed',
    table(['Ended', 'Identifier', 'Title', 'Organisation', 'Countries', 'Themes'], a.activities.map((x) => [x.end, x.iatiIdentifier, x.title, x.organisation.label, countryList(x.countries), themeList(x.themes)]), 'No activity completed in the period.'),
    '### Recommendations moved forward',
    table(
      ['Symbol', 'Body', 'Countries', 'Themes', 'Follow-up', 'What moved', 'Resources required', 'Resources identified'],
      a.recommendations.map((r) => [r.symbol, r.body, countryList(r.countries), themeList(r.themes), r.progress, r.movements.join('; '), r.resourcesRequired, r.resourcesIdentified || null]),
      'No recommendation moved forward in the period.',
    ),
    '### Decisions done',
    table(['Done on', 'Subject', 'Decision', 'Owner', 'Meeting'], a.decisions.map((d) => [d.doneOn, d.subjectLabel, d.kind, d.owner.label, d.meeting]), 'No decision reported done in the period.'),
    '## Obstacles',
    '### Open gaps',
    table(['Kind', 'Countries', 'Themes', 'Description'], o.gaps.map((g) => [g.kind, countryList(g.countries), themeList(g.themes), g.description]), 'No open gap in the period.'),
    '### Overdue decisions',
    table(['Due', 'Subject', 'Decision', 'Owner', 'Status', 'Meeting'], o.overdueDecisions.map((d) => [d.dueDate, d.subjectLabel, d.kind, d.owner.label, d.status, d.meeting]), 'No overdue decision.'),
    '### Field operations without an exit strategy',
    table(['Identifier', 'Operation', 'Country', 'Kind', 'Period', 'Exit strategy', 'Why'], o.operations.map((f) => [f.identifier, f.name, f.country.name, f.kind, `${f.start} – ${f.end ?? 'open-ended'}`, f.status, f.reason]), 'Every field operation active in the period has an exit strategy.'),
    '### Data-quality problems',
    table(['Country', 'Problem in the published data', 'Activities'], o.dataQuality.map((q) => [q.country.name, q.label, q.activities]), 'No data-quality problem among these activities.'),
  ].join('\n\n')}\n`;
}
