import type { LoadResult, ProbeResult } from './load';
import type { Variant } from './serve';

export interface VariantResult {
  variant: Variant;
  probe: ProbeResult;
  /** Null when the load phase was skipped (see `skipped`). */
  load: LoadResult | null;
  skipped?: string;
}

export interface SizeResult {
  activities: number;
  /** Time to generate the dataset; null when an existing one was reused (--data-dir). */
  generatedMs: number | null;
  variants: VariantResult[];
  /** True when both variants answered the probe with the same data. */
  sameAnswer: boolean | null;
}

const num = (v: number | null | undefined, digits = 0): string => (v === null || v === undefined ? '–' : v.toFixed(digits));
const LABEL: Record<Variant, string> = { dataloader: 'Concord (DataLoader)', naive: 'naive resolver-per-field' };

function row(size: SizeResult, v: VariantResult): string {
  const probe = v.probe.latencyMs === null ? `> timeout (${v.probe.error ?? ''})` : num(v.probe.latencyMs);
  const load = v.load;
  const loadCells = load
    ? [num(load.requestsPerSecond, 2), num(load.p50Ms), num(load.p99Ms), String(load.completed), num(load.commandsPerRequest, 1)]
    : [`skipped: ${v.skipped ?? ''}`, '–', '–', '–', '–'];
  return `| ${size.activities} | ${LABEL[v.variant]} | ${probe} | ${num(v.probe.commands)} | ${loadCells.join(' | ')} |`;
}

const ratio = (a: number | null | undefined, b: number | null | undefined): string =>
  a === null || a === undefined || b === null || b === undefined || b === 0 ? 'n/a' : `×${(a / b).toFixed(1)}`;

/** Markdown: one row per size and variant, then naive / DataLoader ratios. */
export function markdownReport(sizes: SizeResult[], settings: string): string {
  const lines = [
    settings,
    '',
    '| activities | variant | one request ms | DB commands / request | req/s | p50 ms | p99 ms | completed | DB commands / request under load |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
    ...sizes.flatMap((s) => s.variants.map((v) => row(s, v))),
    '',
    '| activities | generated in s | same answer | naive / DataLoader: DB commands | one-request latency | req/s (DataLoader / naive) | p50 | p99 |',
    '|---:|---:|---|---:|---:|---:|---:|---:|',
    ...sizes.map((s) => {
      const [d, n] = [s.variants.find((v) => v.variant === 'dataloader'), s.variants.find((v) => v.variant === 'naive')];
      return `| ${s.activities} | ${s.generatedMs === null ? 'reused' : num(s.generatedMs / 1000)} | ${s.sameAnswer === null ? 'not compared' : s.sameAnswer ? 'yes' : 'NO'} | ${ratio(n?.probe.commands, d?.probe.commands)} | ${ratio(n?.probe.latencyMs, d?.probe.latencyMs)} | ${ratio(d?.load?.requestsPerSecond, n?.load?.requestsPerSecond)} | ${ratio(n?.load?.p50Ms, d?.load?.p50Ms)} | ${ratio(n?.load?.p99Ms, d?.load?.p99Ms)} |`;
    }),
  ];
  return lines.join('\n');
}
