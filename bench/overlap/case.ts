import { isDeepStrictEqual } from 'node:util';
import { bruteForceOverlaps } from '../../src/modules/analysis/overlap.oracle';
import { OverlapStore, type ActivityChanges } from '../../src/modules/analysis/overlap.store';
import type { Overlap, OverlapOptions } from '../../src/modules/analysis/overlap.types';
import { dayOf, isoOfDay } from '../../src/modules/analysis/period';
import type { ActivitySnapshot } from '../../src/modules/analysis/snapshot';
import { loadTaxonomy } from '../../src/modules/analysis/taxonomy';
import { BENCH_AS_OF, growPortfolio } from './generator';
import { Prng } from './prng';
import { templateSnapshots } from './templates';

/**
 * One benchmark case in its own process, so that its peak RSS is its own. Prints one JSON line.
 * - engine: OverlapStore.build on the grown portfolio (index, sweep, score and kind of every
 *   overlap, kept in typed arrays), then one import run of `changes` activities applied with
 *   update() (60% changed, 30% created, 10% withdrawn).
 * - all-pairs: the O(n²) oracle over every pair, run to the end; then the engine's overlaps are
 *   built as records too and both full sets are sorted and compared record by record (ids,
 *   activity ids, organisations, shared countries and themes, period, score, score parts, kind).
 */
export interface CaseArgs {
  n: number;
  seed: number;
  mode: 'engine' | 'all-pairs';
  changes: number;
}

export interface EngineResult {
  mode: 'engine';
  n: number;
  seconds: number;
  /** CPU time (user + system) of the build: the machine is shared, wall time includes waiting. */
  cpuSeconds: number;
  peakRssMb: number;
  /** RSS once the portfolio's snapshots are built, before the engine runs. */
  inputRssMb: number;
  candidatePairs: number;
  overlaps: number;
  possibleDuplications: number;
  incrementalSeconds: number;
  incrementalCpuSeconds: number;
  incremental: { examined: number; retired: number; candidatePairs: number; added: number };
}

export interface AllPairsResult {
  mode: 'all-pairs';
  n: number;
  allPairsSeconds: number;
  allPairsCpuSeconds: number;
  pairsChecked: number;
  overlaps: number;
  engineOverlaps: number;
  identical: boolean;
  /** First differing record of the sorted sets, when not identical. */
  firstDifference: { index: number; engine: Overlap | null; allPairs: Overlap | null } | null;
}

const MB = 1024 * 1024;
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
const byId = (a: Overlap, b: Overlap) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** An import run on the portfolio: changed dates or themes, new activities, withdrawals. */
export function importRun(snapshots: readonly ActivitySnapshot[], count: number, seed: number): ActivityChanges {
  const prng = new Prng(seed ^ 0x5bd1e995);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, snapshots.length)) chosen.add(prng.int(0, snapshots.length - 1));
  const upserted: ActivitySnapshot[] = [];
  const removed: string[] = [];
  let k = 0;
  for (const i of chosen) {
    const s = snapshots[i]!;
    const share = k++ / count;
    const moved = (days: number) => ({
      start: isoOfDay(dayOf(s.period.start) + days),
      end: s.period.end === null ? null : isoOfDay(dayOf(s.period.end) + days),
    });
    if (share < 0.6) upserted.push({ ...s, period: moved(prng.int(-400, 400)) });
    else if (share < 0.9) upserted.push({ ...s, id: `${s.id}-new`, period: moved(prng.int(-200, 200)) });
    else removed.push(s.id);
  }
  return { upserted, removed };
}

async function run(args: CaseArgs): Promise<EngineResult | AllPairsResult> {
  const taxonomy = loadTaxonomy();
  const snapshots = growPortfolio(await templateSnapshots(taxonomy), args.n, args.seed);
  const options: OverlapOptions = { asOf: BENCH_AS_OF, mandates: taxonomy.mandates };
  if (args.mode === 'engine') {
    const inputRssMb = process.memoryUsage().rss / MB;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const store = OverlapStore.build(snapshots, options);
    const seconds = (performance.now() - t0) / 1000;
    const buildCpu = cpuSeconds(c0);
    const count = store.count();
    const changes = importRun(snapshots, args.changes, args.seed);
    const c1 = process.cpuUsage();
    const t1 = performance.now();
    const incremental = store.update(changes);
    const incrementalSeconds = (performance.now() - t1) / 1000;
    const incrementalCpu = cpuSeconds(c1);
    return {
      mode: 'engine',
      n: args.n,
      seconds,
      cpuSeconds: buildCpu,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      inputRssMb,
      candidatePairs: store.buildStats.candidatePairs,
      overlaps: count.total,
      possibleDuplications: count.byKind.POSSIBLE_DUPLICATION,
      incrementalSeconds,
      incrementalCpuSeconds: incrementalCpu,
      incremental,
    };
  }
  const oracle: Overlap[] = [];
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  bruteForceOverlaps(snapshots, options, (o) => void oracle.push(o));
  const allPairsSeconds = (performance.now() - t0) / 1000;
  const allPairsCpuSeconds = cpuSeconds(c0);
  const engine = OverlapStore.build(snapshots, options).overlaps();
  oracle.sort(byId);
  engine.sort(byId);
  let firstDifference: AllPairsResult['firstDifference'] = null;
  for (let i = 0; i < Math.max(oracle.length, engine.length); i++) {
    if (!isDeepStrictEqual(engine[i], oracle[i])) {
      firstDifference = { index: i, engine: engine[i] ?? null, allPairs: oracle[i] ?? null };
      break;
    }
  }
  return {
    mode: 'all-pairs',
    n: args.n,
    allPairsSeconds,
    allPairsCpuSeconds,
    pairsChecked: (args.n * (args.n - 1)) / 2,
    overlaps: oracle.length,
    engineOverlaps: engine.length,
    identical: firstDifference === null,
    firstDifference,
  };
}

if (require.main === module) {
  const args = JSON.parse(process.argv[2] ?? '{}') as CaseArgs;
  run(args).then(
    (result) => process.stdout.write(JSON.stringify(result) + '\n'),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
