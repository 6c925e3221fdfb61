import type { DecisionView, OverlapReportModel, ReportGap, ReportOverlap } from '../overlap-report.model';
import { escapeMarkdownCell as cell, escapeMarkdownText as text } from './escape';
import { heatmapLookup } from './heatmap';
import { budgetsMarkdown, meetingMarkdown } from './minutes';
import { presenceMarkdown } from './presence';
import {
  countryText,
  DECISION_WORDS,
  dateTimeText,
  filterText,
  GAP_KIND_WORDS,
  gapPlace,
  OVERLAP_KIND_WORDS,
  orgLabels,
  orgText,
  overlapHeadline,
  periodText,
  scorePercent,
  themeLabels,
} from './labels';

/** A pipe table; header and cells are plain text, escaped here. */
function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => cell(String(c))).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

const decisionLine = (d: DecisionView): string =>
  `${DECISION_WORDS[d.decision]}, ${dateTimeText(d.decidedAt)} by ${d.decidedBy}${d.note ? ` — ${d.note}` : ''}`;

function summary(model: OverlapReportModel): string {
  const s = model.summary;
  return [
    '## Summary',
    table(
      ['Measure', 'Count'],
      [
        ['Activities', s.activities],
        ['Overlaps', s.overlaps],
        ['Possible duplications', s.possibleDuplications],
        ['Complementary', s.complementary],
        ['Open gaps', s.gaps],
      ],
    ),
    '### Overlaps by theme',
    s.byTheme.length ? table(['Theme', 'Overlaps'], s.byTheme.map((t) => [t.theme.label, t.overlaps])) : '_No overlaps._',
    '### Overlaps by organisation pair',
    s.byOrganisationPair.length
      ? table(['Organisations', 'Overlaps'], s.byOrganisationPair.map((p) => [`${p.a.label} × ${p.b.label}`, p.overlaps]))
      : '_No overlaps._',
    '### Data quality',
    s.dataQuality.length
      ? table(['Problem in the published data', 'Activities'], s.dataQuality.map((q) => [q.label, q.activities]))
      : '_No data-quality problem among these activities._',
  ].join('\n\n');
}

function heatmap(model: OverlapReportModel): string {
  const { countries, themes } = model.heatmap;
  if (countries.length === 0 || themes.length === 0) return '## Coverage: country × theme\n\n_No activities in this selection._';
  const at = heatmapLookup(model.heatmap);
  const rows = countries.map((country) => [
    countryText(country),
    ...themes.map((theme) => {
      const c = at(country.code, theme.id);
      if (!c || c.activityCount === 0) return '—';
      return `${c.activityCount} act. · ${c.organisationCount} org.${c.overlapCount ? ` · ${c.overlapCount} overlap${c.overlapCount > 1 ? 's' : ''}` : ''}`;
    }),
  ]);
  return [
    '## Coverage: country × theme',
    table(['Country', ...themes.map((t) => t.label)], rows),
    '_Each cell: activities · organisations · overlaps; — means no activity._',
  ].join('\n\n');
}

function overlap(o: ReportOverlap, rank: number): string {
  return [
    `### ${rank}. ${text(overlapHeadline(o))}`,
    [
      `- **Score:** ${scorePercent(o.score)}`,
      `- **Kind:** ${text(OVERLAP_KIND_WORDS[o.kind])} — ${text(o.kindReason)}`,
      `- **Shared countries:** ${text(o.countries.map(countryText).join(', ') || '—')}`,
      `- **Shared themes:** ${text(themeLabels(o.themes) || '—')}`,
      `- **Intersecting period:** ${text(periodText(o.period))}`,
      `- **Latest decision:** ${o.decision ? text(decisionLine(o.decision)) : 'none recorded'}`,
    ].join('\n'),
    table(
      ['Identifier', 'Title', 'Organisation', 'Period', 'Status'],
      o.activities.map((a) => [a.iatiIdentifier, a.title, orgText(a.organisation), periodText(a.period), a.status ?? '—']),
    ),
  ].join('\n\n');
}

function gap(g: ReportGap): string {
  return [
    `### ${text(gapPlace(g))} — ${text(GAP_KIND_WORDS[g.kind])}`,
    text(g.description),
    `**Mandated organisations:** ${text(orgLabels(g.mandatedOrganisations) || '—')}`,
    g.recommendations.length
      ? table(['Symbol', 'Body', 'Date', 'Recommendation'], g.recommendations.map((r) => [r.symbol, r.body, r.publicationDate, r.text]))
      : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The overlap report as Markdown: headings and pipe tables, every text escaped. */
export function renderMarkdown(model: OverlapReportModel): string {
  const sections = [
    `# ${text(model.title)}`,
    `${text(filterText(model.filter))} · Generated ${text(dateTimeText(model.generatedAt))}`,
    ...meetingMarkdown(model),
    summary(model),
    heatmap(model),
    ...presenceMarkdown(model),
    '## Top overlaps',
    ...(model.topOverlaps.length ? model.topOverlaps.map((o, i) => overlap(o, i + 1)) : ['_No overlaps in this selection._']),
    '## Open gaps',
    ...(model.gaps.length ? model.gaps.map(gap) : ['_No open gaps in this selection._']),
    '## Decisions recorded',
    model.decisions.length
      ? table(
          ['Decided at', 'Overlap', 'Decision', 'Note', 'Recorded by'],
          model.decisions.map((d) => [dateTimeText(d.decidedAt), d.overlapLabel, DECISION_WORDS[d.decision], d.note ?? '', d.decidedBy]),
        )
      : '_No decisions recorded yet._',
    ...budgetsMarkdown(model),
  ];
  return `${sections.join('\n\n')}\n`;
}

