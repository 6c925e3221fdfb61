import { cssString } from './escape';

/**
 * The report's stylesheet, inlined in the page: system fonts only (no requests), light tints
 * that print cheaply, A4 pages with a running header and page numbers.
 */
export function reportStyles(runningTitle: string, generated: string): string {
  return `
:root {
  --ink: #1b2733; --muted: #56656f; --rule: #d3dbe2; --rule-strong: #9fb0bd; --paper: #fff; --wash: #f4f7f9;
  --un-blue: #0b5d99; --un-blue-tint: #e6f1f9;
  --dup: #9b1c1c; --dup-tint: #fbeceb; --comp: #1d6b3b; --comp-tint: #e6f3ea; --note: #7a5200; --note-tint: #fdf4de;
  --heat-1: #e3f0fa; --heat-2: #bcdcf2; --heat-3: #8cc2e8; --heat-4: #5aa6dc;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; font-size: 15px; }
body {
  margin: 0; background: var(--wash); color: var(--ink);
  font: 1rem/1.5 "Segoe UI", "Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif;
}
.page { max-width: 1120px; margin: 0 auto; padding: 32px 40px 48px; background: var(--paper); }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font-size: 1.9rem; font-weight: 650; }
h2 { font-size: 1.3rem; font-weight: 650; color: var(--un-blue); margin: 2.2rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--un-blue); }
h3 { font-size: 1.02rem; font-weight: 650; }
p { margin: .4rem 0; }
.muted { color: var(--muted); }
.code { font-family: "Cascadia Mono", "DejaVu Sans Mono", Consolas, monospace; font-size: .86em; color: var(--muted); overflow-wrap: anywhere; }
abbr[title] { text-decoration: none; cursor: help; }
.multiline { white-space: pre-line; }
.nowrap { white-space: nowrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.report-header { border-top: 6px solid var(--un-blue); padding-top: 14px; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: .74rem; color: var(--muted); margin: 0 0 4px; }
.meta { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 12px 0 0; font-size: .9rem; }
.meta dt { font-weight: 600; display: inline; }
.meta dt::after { content: ":"; }
.meta dd { display: inline; margin: 0 0 0 4px; }
.toc { margin-top: 14px; font-size: .88rem; }
.toc ol { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: 0; }
.toc a { color: var(--un-blue); }

table { border-collapse: collapse; width: 100%; font-size: .88rem; }
caption { text-align: left; font-weight: 650; padding: 0 0 6px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--rule); }
thead th { border-bottom: 1.5px solid var(--rule-strong); font-weight: 650; background: var(--wash); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.table-scroll { overflow-x: auto; }

.figures { list-style: none; display: grid; grid-template-columns: repeat(5, 1fr); gap: 10px; padding: 0; margin: 0 0 18px; }
.figures li { border: 1px solid var(--rule); border-top: 4px solid var(--un-blue); padding: 10px 12px; }
.figures li.dup { border-top-color: var(--dup); }
.figures li.comp { border-top-color: var(--comp); }
.figures li.gaps { border-top-color: var(--note); }
.figure { display: block; font-size: 1.8rem; font-weight: 650; line-height: 1.1; font-variant-numeric: tabular-nums; }
.figure-label { font-size: .84rem; color: var(--muted); }
.breakdown { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; align-items: start; }

.heatmap { table-layout: fixed; min-width: 560px; }
.heatmap thead th { font-size: .8rem; vertical-align: bottom; }
.heatmap thead th:first-child, .heatmap tbody th { width: 150px; }
.heatmap tbody th { font-weight: 600; border-right: 1.5px solid var(--rule-strong); }
.heatmap td { border: 1px solid #fff; text-align: center; vertical-align: middle; padding: 6px 4px; height: 58px; }
.heat-0 { background: repeating-linear-gradient(135deg, #fff 0 5px, #f1f3f5 5px 7px); color: #8a97a2; }
.heat-1 { background: var(--heat-1); } .heat-2 { background: var(--heat-2); }
.heat-3 { background: var(--heat-3); } .heat-4 { background: var(--heat-4); }
.heat .count { display: block; font-size: 1.15rem; font-weight: 650; line-height: 1.1; color: #0d2a40; }
.heat .orgs { display: block; font-size: .74rem; color: #23394b; }
.heat .ovl { display: inline-block; margin-top: 2px; padding: 0 5px; font-size: .72rem; font-weight: 650; color: var(--dup); background: #fff; border: 1px solid var(--dup); border-radius: 8px; }
.heat .ovl { white-space: nowrap; }
.wide .heatmap { min-width: calc(170px + var(--themes) * 62px); }
.wide .heatmap thead th { text-align: center; padding: 6px 2px; }
.wide .heatmap .theme-label { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg); max-height: 11em; text-align: left; }
.legend { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; margin-top: 10px; font-size: .82rem; color: var(--muted); }
.legend ul { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 0; padding: 0; }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 22px; height: 14px; border: 1px solid var(--rule-strong); }
.legend .ovl-sample { color: var(--dup); border: 1px solid var(--dup); border-radius: 8px; padding: 0 5px; font-weight: 650; font-size: .72rem; }

.card { border: 1px solid var(--rule); border-left: 5px solid var(--un-blue); padding: 14px 16px; margin: 0 0 14px; background: var(--paper); }
.overlap.kind-dup { border-left-color: var(--dup); }
.overlap.kind-comp { border-left-color: var(--comp); }
.overlap-head { display: grid; grid-template-columns: auto 1fr auto; gap: 4px 12px; align-items: start; }
.rank { font-weight: 700; color: var(--muted); font-size: 1rem; min-width: 1.6em; }
.where { font-weight: 400; color: var(--muted); }
.score { text-align: right; white-space: nowrap; }
.score-value { font-size: 1.35rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.score-label { display: block; font-size: .72rem; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.bar { display: block; width: 96px; height: 6px; background: var(--rule); margin-top: 3px; margin-left: auto; }
.bar > span { display: block; height: 100%; background: var(--un-blue); }
.pill { display: inline-block; font-size: .76rem; font-weight: 650; padding: 1px 9px; border-radius: 10px; border: 1px solid currentColor; }
.pill.kind-dup { color: var(--dup); background: var(--dup-tint); }
.pill.kind-comp { color: var(--comp); background: var(--comp-tint); }
.pill.gap-kind { color: var(--note); background: var(--note-tint); }
.why { margin: 8px 0 10px; }
.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 14px; margin: 10px 0 0; font-size: .88rem; }
.facts dt { font-weight: 600; color: var(--muted); }
.facts dd { margin: 0; }
.activities th:nth-child(1) { width: 22%; } .activities th:nth-child(3) { width: 13%; }
.activities th:nth-child(4) { width: 13%; } .activities th:nth-child(5) { width: 13%; }
.activities .code, .recommendations .code { font-size: .8em; }
.org-ref { display: block; }
.decision { margin-top: 10px; padding: 8px 12px; background: var(--wash); border-left: 3px solid var(--rule-strong); font-size: .9rem; }
.decision.none { color: var(--muted); font-style: italic; }
.decision.decision-dup { border-left-color: var(--dup); }
.decision.decision-comp { border-left-color: var(--comp); }
.decision-chip { font-weight: 650; }
.decision-chip.decision-dup { color: var(--dup); } .decision-chip.decision-comp { color: var(--comp); }
.decision .decided { color: var(--muted); }

.gap { border-left-color: var(--note); }
.gap-head { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: baseline; }
.recommendations { margin-top: 8px; }
.recommendations th:nth-child(1) { width: 19%; } .recommendations th:nth-child(2) { width: 17%; } .recommendations th:nth-child(3) { width: 11%; }
.decisions-table td:nth-child(1) { white-space: nowrap; }
.empty { color: var(--muted); font-style: italic; }
.report-footer { margin-top: 32px; padding-top: 10px; border-top: 1px solid var(--rule); font-size: .8rem; color: var(--muted); }

@media (max-width: 760px) {
  .page { padding: 18px; }
  .figures { grid-template-columns: repeat(2, 1fr); }
  .breakdown { grid-template-columns: 1fr; }
  .facts { grid-template-columns: max-content 1fr; }
}

@page {
  size: A4; margin: 17mm 14mm 16mm;
  @top-left { content: ${cssString(runningTitle)}; font: 7.5pt sans-serif; color: #56656f; }
  @top-right { content: ${cssString(`Generated ${generated}`)}; font: 7.5pt sans-serif; color: #56656f; }
  @bottom-left { content: "Concord · inter-agency overlap report"; font: 7.5pt sans-serif; color: #56656f; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt sans-serif; color: #56656f; }
}
@page :first { @top-left { content: none; } @top-right { content: none; } }
@page wide { size: A4 landscape; }

@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; }
  .page { max-width: none; padding: 0; }
  .toc { display: none; }
  html { font-size: 8.8pt; }
  h1 { font-size: 17pt; }
  h2 { margin: 1.1rem 0 .5rem; break-after: avoid; }
  th, td { padding: 4px 6px; }
  .figures { margin-bottom: 10px; }
  .figures li { padding: 6px 10px; }
  .figure { font-size: 17pt; }
  .heatmap-figure { break-inside: avoid; }
  .heatmap thead th { font-size: 7.4pt; }
  .heatmap thead th:first-child, .heatmap tbody th { width: 27mm; }
  .heatmap td { height: auto; padding: 5px 3px; }
  .wide .heatmap { min-width: 0; }
  .wide .heatmap thead th:first-child, .wide .heatmap tbody th { width: 24mm; }
  .wide .heatmap td { padding: 3px 1px; font-size: 6.8pt; }
  .wide .heat .count { font-size: 9pt; }
  .wide .heat .orgs, .wide .heat .ovl { font-size: 6.2pt; }
  .wide .heat .ovl { padding: 0 3px; white-space: normal; border-radius: 4px; line-height: 1.15; }
  h3, caption { break-after: avoid; }
  .lead-in { break-inside: avoid; }
  .figures li, .card, tr, .legend { break-inside: avoid; }
  thead { display: table-header-group; }
  thead th { background: #fff; }
  .table-scroll { overflow: visible; }
  .heatmap { min-width: 0; }
  .coverage.wide { page: wide; }
  a { color: inherit; text-decoration: none; }
  .card { padding: 10px 12px; }
}
`;
}
