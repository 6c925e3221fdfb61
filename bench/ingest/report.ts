import type { Measurement } from './measure';

/** One benchmark size: the synthetic file and the measurement of each mode on it. */
export interface SizeResult {
  activities: number;
  fileMiB: number;
  stream: Measurement;
  dom: Measurement;
}

const fixed = (value: number, digits = 1): string => value.toFixed(digits);

function row(size: SizeResult, m: Measurement): string {
  const label = m.mode === 'stream' ? 'streaming (saxes + normalise)' : 'baseline DOM (fast-xml-parser)';
  if (m.error !== undefined) {
    return `| ${size.activities} | ${fixed(size.fileMiB)} | ${label} | failed after ${fixed(m.wallMs / 1000)} s: ${m.error} | – | – | ${fixed(m.peakRssMiB)} |`;
  }
  const seconds = m.wallMs / 1000;
  return `| ${size.activities} | ${fixed(size.fileMiB)} | ${label} | ${fixed(seconds, 2)} | ${Math.round(m.activities / seconds)} | ${fixed(size.fileMiB / seconds)} | ${fixed(m.peakRssMiB)} |`;
}

/** a / b as "×1.23"; "n/a" when either run failed. */
const ratio = (a: Measurement, b: Measurement, key: 'wallMs' | 'peakRssMiB'): string =>
  a.error === undefined && b.error === undefined ? `×${fixed(a[key] / b[key], 2)}` : 'n/a (a run failed)';

/** The results as a markdown table, then the ratios that matter. */
export function markdownReport(sizes: SizeResult[]): string {
  const lines = [
    '| activities | file MiB | mode | wall s | activities/s | MiB/s | peak RSS MiB |',
    '|---:|---:|---|---:|---:|---:|---:|',
    ...sizes.flatMap((size) => [row(size, size.stream), row(size, size.dom)]),
    '',
    '| activities | DOM / streaming wall time | DOM / streaming peak RSS |',
    '|---:|---:|---:|',
    ...sizes.map((s) => `| ${s.activities} | ${ratio(s.dom, s.stream, 'wallMs')} | ${ratio(s.dom, s.stream, 'peakRssMiB')} |`),
  ];
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  if (small && large && small !== large) {
    lines.push(
      '',
      `Growth from ${small.activities} to ${large.activities} activities (file ×${fixed(large.fileMiB / small.fileMiB, 1)}):`,
      `streaming peak RSS ${ratio(large.stream, small.stream, 'peakRssMiB')}, ` +
        `baseline DOM peak RSS ${ratio(large.dom, small.dom, 'peakRssMiB')}.`,
    );
  }
  return lines.join('\n');
}
