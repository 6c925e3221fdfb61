import { csvField, escapeMarkdownCell, escapeMarkdownText } from '../../report/render/escape';
import type { RosterReportExpert, RosterReportModel } from './roster-report.model';

/** The yearly roster report as Markdown and CSV. */

const EXPERT_HEADER = ['Identifier', 'Name', 'Nationality', 'Themes', 'Nominated by'];
const expertCells = (e: RosterReportExpert) => [e.identifier, e.name, e.nationality, e.themes, e.nominatedBy];

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => escapeMarkdownCell(String(c))).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

const countTable = (what: string, rows: { label: string; count: number }[]) =>
  rows.length ? table([what, 'Experts'], rows.map((r) => [r.label, r.count])) : '_No experts on the roster._';

function changes(model: RosterReportModel, heading: string, count: number, experts: RosterReportExpert[], dateHeader: string): string[] {
  const lines = [`## ${heading} (${count})`];
  if (!model.withNames) lines.push(`_${count} expert(s); names need an OHCHR_EDITOR or ADMIN key._`);
  else lines.push(experts.length ? table([...EXPERT_HEADER, dateHeader], experts.map((e) => [...expertCells(e), e.date])) : '_None._');
  return lines;
}

export function rosterMarkdown(model: RosterReportModel): string {
  return `${[
    `# ${escapeMarkdownText(model.title)}`,
    `Generated ${model.generatedAt.slice(0, 16).replace('T', ' ')} UTC · ${model.onRoster} experts on the roster on 31 December ${model.year} · ${model.added} added · ${model.removed} removed`,
    ...changes(model, 'Added to the roster', model.added, model.additions, 'Roster year'),
    ...changes(model, 'Removed from the roster', model.removed, model.removals, 'Removed on'),
    `## Experts by theme`,
    countTable('Theme', model.byTheme),
    `## Experts by region of experience`,
    countTable('Region', model.byRegion),
    `## Experts by nationality group`,
    countTable('Nationality group', model.byNationalityGroup),
  ].join('\n\n')}\n`;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * The yearly roster report as one CSV table (RFC 4180, CRLF, UTF-8 with BOM): `section, item,
 * experts`. Counts come first (summary, theme, region, nationality group); the experts added and
 * removed follow, one row each, when the viewer may read their names.
 */
export function rosterCsv(model: RosterReportModel): string {
  const rows: (string | number | null)[][] = [
    ['summary', `on the roster on ${model.year}-12-31`, model.onRoster],
    ['summary', 'added', model.added],
    ['summary', 'removed', model.removed],
    ...model.byTheme.map((r) => ['theme', r.label, r.count]),
    ...model.byRegion.map((r) => ['region', r.label, r.count]),
    ...model.byNationalityGroup.map((r) => ['nationality group', r.label, r.count]),
    ...model.additions.map((e) => ['added', `${e.name} (${e.identifier}, ${e.nationality})`, 1]),
    ...model.removals.map((e) => ['removed', `${e.name} (${e.identifier}, ${e.nationality}, ${e.date})`, 1]),
  ];
  return BOM + [['section', 'item', 'experts'], ...rows].map((r) => r.map((v) => csvField(v)).join(',') + CRLF).join('');
}
