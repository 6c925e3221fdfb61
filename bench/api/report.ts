import type { LoadResult } from './load';
import type { Variant } from './serve';

export interface QueryResult {
  name: string;
  variant: Variant;
  /** First request after the gateway started; null when it failed or timed out. */
  coldMs: number | null;
  /** Median of the warm requests, a timed-out one counted at the timeout. */
  warmMedianMs: number | null;
  /** True when a warm request timed out: the real median is at least warmMedianMs. Absent in runs saved before it was recorded. */
  warmMedianIsLowerBound?: boolean;
  warmRuns: number;
  /** Requests sent (cold + warm) and how many got no answer within the timeout. Absent in older saved runs. */
  requests?: number;
  timeouts?: number;
  commandsCold: number | null;
  commandsWarm: number | null;
  bytes: number;
  hash: string | null;
  error?: string;
  gatewayPeakRssMiB: number | null;
}

export interface SizeResult {
  activities: number;
  /** Wall time of `concord ingest iati` over the portfolio; null when an earlier ingest was reused. */
  ingestMs: number | null;
  /** The first scan after the engine opened the store (reads it from disk), before any gateway. */
  engineWarmUpMs?: number;
  queries: QueryResult[];
  load: LoadResult | null;
  loadGatewayPeakRssMiB: number | null;
  engineRssMiB: number | null;
}

export interface ReportMeta {
  command: string;
  machine: string;
  engine: string;
  first: number;
  country: string;
  repeat: number;
  connections: number;
  durationS: number;
  totalS: number;
}

const ms = (v: number | null | undefined) => (v === null || v === undefined ? '–' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? '**met**' : '**not met**');
const LABEL: Record<Variant, string> = { dataloader: 'Concord', naive: 'naive resolver-per-field', raw: 'raw driver, hand-written' };

/** The goals of the issue for one size: 100k goals from 100 000 activities on, 10k goals below. */
function goals(size: SizeResult, meta: ReportMeta): string[] {
  const concord = size.queries.filter((q) => q.variant === 'dataloader');
  const pageName = `${meta.country} page of ${meta.first}`;
  const page = concord.find((q) => q.name === pageName);
  const small = concord.find((q) => q.name.startsWith(`${meta.country} page of 10`));
  const naive = size.queries.find((q) => q.variant === 'naive');
  const raw = size.queries.find((q) => q.variant === 'raw');
  const listed = concord.filter((q) => q !== small);
  const allWarm = (limit: number) => (listed.some((q) => q.error) ? false : listed.every((q) => q.warmMedianMs !== null && q.warmMedianMs <= limit));
  const worstWarm = Math.max(...listed.map((q) => q.warmMedianMs ?? Infinity));
  const worstCold = Math.max(...listed.map((q) => q.coldMs ?? Infinity));
  const large = size.activities >= 100_000;
  const naiveRatio = page?.warmMedianMs && naive ? (naive.warmMedianMs ?? naive.coldMs ?? null) : null;
  const lines = large
    ? [
        `- page ≤ 1 s warm: ${verdict(page?.warmMedianMs != null ? page.warmMedianMs <= 1000 : null)} (${ms(page?.warmMedianMs)})`,
        `- every listed query ≤ 3 s warm: ${verdict(allWarm(3000))} (slowest ${ms(worstWarm)})`,
        `- gateway RSS ≤ 1 GB: ${verdict(listed.every((q) => q.gatewayPeakRssMiB !== null) ? Math.max(...listed.map((q) => q.gatewayPeakRssMiB!), size.loadGatewayPeakRssMiB ?? 0) <= 1024 : null)} (peak ${Math.max(...listed.map((q) => q.gatewayPeakRssMiB ?? 0), size.loadGatewayPeakRssMiB ?? 0)} MiB)`,
        `- no crash: ${verdict(listed.every((q) => q.coldMs !== null))}`,
      ]
    : [
        `- page ≤ 150 ms warm: ${verdict(page?.warmMedianMs != null ? page.warmMedianMs <= 150 : null)} (${ms(page?.warmMedianMs)})`,
        `- every listed query ≤ 1 s warm: ${verdict(allWarm(1000))} (slowest ${ms(worstWarm)})`,
        `- every listed query ≤ 5 s cold: ${verdict(listed.some((q) => q.error) ? false : worstCold <= 5000)} (slowest ${ms(worstCold)})`,
      ];
  lines.push(
    `- page ≥ 10× the naive version (warm medians): ${verdict(naiveRatio === null || !page?.warmMedianMs ? (naive?.error ? naive.coldMs === null : null) : naiveRatio / page.warmMedianMs >= 10)} (naive ${naiveRatio === null ? `> ${naive?.error ?? 'timeout'}` : `${naive?.warmMedianIsLowerBound ? '≥ ' : ''}${ms(naiveRatio)}, ×${naive?.warmMedianIsLowerBound ? '≥ ' : ''}${page?.warmMedianMs && naiveRatio ? (naiveRatio / page.warmMedianMs).toFixed(1) : '–'}`})`,
    `- page ≥ 50 % of the raw-driver endpoint: ${verdict(page?.warmMedianMs && raw?.warmMedianMs ? raw.warmMedianMs / page.warmMedianMs >= 0.5 : null)} (raw ${ms(raw?.warmMedianMs)} → Concord at ${page?.warmMedianMs && raw?.warmMedianMs ? Math.round((raw.warmMedianMs / page.warmMedianMs) * 100) : '–'} % of raw speed; same JSON: ${raw?.hash && page?.hash ? (raw.hash === page.hash ? 'yes' : 'NO') : 'not compared'})`,
    `- DB commands per request constant in page size: ${verdict(page?.commandsWarm != null && small?.commandsWarm != null ? page.commandsWarm === small.commandsWarm : null)} (${small?.commandsWarm ?? '–'} for 10, ${page?.commandsWarm ?? '–'} for ${meta.first})`,
    `- ${meta.connections} concurrent clients with no error: ${verdict(size.load ? size.load.errors + size.load.timeouts + size.load.non2xx === 0 && size.load.completed > 0 : null)}`,
  );
  return lines;
}

export function markdownReport(sizes: SizeResult[], meta: ReportMeta): string {
  const lines = [
    `Command: \`${meta.command}\` (total ${meta.totalS ? `${Math.round(meta.totalS)} s` : 'not recorded'}). Machine: ${meta.machine}; shared with other work while measured, so single figures vary by ±50 % or more between runs. Database: ${meta.engine}.`,
    `Data: the bundled publisher files grown to the size (bench/portfolio: new identifiers, recipient countries permuted per copy, about 100 activities per file) and ingested with \`concord ingest iati\`, plus the sample recommendations (\`concord ingest recommendations\`). Each query on a fresh gateway process: cold = first request after its start, warm = median of ${meta.repeat} more (the naive and raw-driver baselines get the same probe); a request with no answer within the timeout is counted, and counts in the median at the timeout (shown as ≥). Anonymous caller.`,
    '',
  ];
  for (const size of sizes) {
    lines.push(
      `### ${size.activities.toLocaleString('en-US').replace(/,/g, ' ')} activities${size.ingestMs === null ? ' (mirror reused)' : `, ingested in ${(size.ingestMs / 1000).toFixed(0)} s`}`,
      '',
      size.engineWarmUpMs === undefined ? 'First scan after the engine opened its store: not timed apart in this run.' : `First scan of the activities after the engine opened its store (not part of any query below): ${ms(size.engineWarmUpMs)}.`,
      '',
      '| query | answered by | cold | warm median | timed out / requests | DB commands cold / warm | response KiB | gateway peak RSS MiB | error |',
      '|---|---|---:|---:|---:|---:|---:|---:|---|',
      ...size.queries.map(
        (q) =>
          `| ${q.name} | ${LABEL[q.variant]} | ${q.coldMs === null ? 'no answer' : ms(q.coldMs)} | ${q.warmMedianIsLowerBound ? '≥ ' : ''}${ms(q.warmMedianMs)} | ${q.requests === undefined ? 'not recorded' : `${q.timeouts ?? 0} / ${q.requests}`} | ${q.commandsCold ?? '–'} / ${q.commandsWarm ?? '–'} | ${(q.bytes / 1024).toFixed(1)} | ${q.gatewayPeakRssMiB ?? '–'} | ${q.error ? q.error.replace(/\|/g, '/').slice(0, 160) : ''} |`,
      ),
      '',
      size.load
        ? `${meta.connections} concurrent clients for ${meta.durationS} s on the ${meta.country} page (autocannon, loopback): ${size.load.requestsPerSecond.toFixed(1)} req/s, p50 ${ms(size.load.p50Ms)}, p99 ${ms(size.load.p99Ms)}, ${size.load.completed} completed, ${size.load.errors} errors, ${size.load.timeouts} timeouts, ${size.load.non2xx} non-2xx; ${size.load.commandsPerRequest?.toFixed(1) ?? '–'} DB commands per request; gateway peak RSS ${size.loadGatewayPeakRssMiB ?? '–'} MiB. Engine RSS after the size: ${size.engineRssMiB ?? '–'} MiB.`
        : 'Load run: not done.',
      '',
      `Goals (${size.activities >= 100_000 ? '100k' : '10k'} goals):`,
      '',
      ...goals(size, meta),
      '',
    );
  }
  return lines.join('\n');
}
