import { countOverlaps, scanOverlaps } from '../../src/modules/analysis/overlap';
import { bruteForceOverlaps } from '../../src/modules/analysis/overlap.oracle';
import type { Overlap, OverlapOptions } from '../../src/modules/analysis/overlap.types';
import { loadTaxonomy } from '../../src/modules/analysis/taxonomy';
import { BENCH_AS_OF, generateSnapshots } from './generator';

/**
 * One benchmark case in its own process (so max RSS belongs to this case only). Prints one JSON
 * line. Engines: fast-count (countOverlaps without kinds: pairs only), fast-count-kinds
 * (countOverlaps scoring each pair for its kind), fast-scan (scanOverlaps: full records with ids,
 * streamed and dropped), brute (the O(n²) oracle building the same records, with a time budget
 * after which it stops and extrapolates).
 */
export type Engine = 'fast-count' | 'fast-count-kinds' | 'fast-scan' | 'brute';

export interface CaseArgs {
  n: number;
  seed: number;
  engine: Engine;
  budgetSeconds: number;
}

export interface CaseResult extends CaseArgs {
  completed: boolean;
  seconds: number;
  /** For an unfinished brute run: its time extrapolated to all pairs. */
  estimatedSeconds: number | null;
  overlaps: number;
  possibleDuplications: number | null;
  /** Order-independent checksum of the overlap ids (fast-scan and brute), to compare pair sets. */
  checksum: number | null;
  /** heapUsed + arrayBuffers after generating the input. */
  heapAfterGenerationMB: number;
  /** Largest heapUsed + arrayBuffers sampled (every 65,536 overlaps when streaming, and at the end). */
  heapPeakMB: number;
  maxRssMB: number;
  repeatedPairs: number | null;
}

const MB = 1024 * 1024;

function run(args: CaseArgs): CaseResult {
  const taxonomy = loadTaxonomy();
  const snapshots = generateSnapshots(args.n, args.seed, taxonomy);
  const options: OverlapOptions = { asOf: BENCH_AS_OF, mandates: taxonomy.mandates };
  // JS heap plus ArrayBuffers: the engine's index lives in typed arrays, outside heapUsed.
  const heapNow = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const heapAfterGeneration = heapNow();
  let heapPeak = heapAfterGeneration;
  const sampleHeap = () => (heapPeak = Math.max(heapPeak, heapNow()));

  let overlaps = 0;
  let duplications = 0;
  let checksum = 0;
  const onOverlap = (o: Overlap) => {
    overlaps++;
    if (o.kind === 'POSSIBLE_DUPLICATION') duplications++;
    checksum = (checksum + parseInt(o.id.slice(4, 12), 16)) % 4294967296;
    if ((overlaps & 0xffff) === 0) sampleHeap();
  };

  const t0 = performance.now();
  let completed = true;
  let estimatedSeconds: number | null = null;
  let repeatedPairs: number | null = null;
  if (args.engine === 'fast-count' || args.engine === 'fast-count-kinds') {
    const count = countOverlaps(snapshots, options, { withKinds: args.engine === 'fast-count-kinds' });
    overlaps = count.total;
    duplications = count.byKind?.POSSIBLE_DUPLICATION ?? -1;
    repeatedPairs = count.stats.repeatedPairs;
  } else if (args.engine === 'fast-scan') {
    repeatedPairs = scanOverlaps(snapshots, options, onOverlap).repeatedPairs;
  } else {
    const deadline = t0 + args.budgetSeconds * 1000;
    const result = bruteForceOverlaps(snapshots, options, onOverlap, (row) => (row & 63) !== 0 || performance.now() < deadline);
    completed = result.completed;
    if (!completed) {
      // Row i costs n - i pair checks: the share of all pairs done after r rows is 1 - ((n - r) / n)².
      const done = 1 - ((args.n - result.rows) / args.n) ** 2;
      estimatedSeconds = (performance.now() - t0) / 1000 / done;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  sampleHeap();
  const counted = args.engine === 'fast-scan' || args.engine === 'brute';
  return {
    ...args,
    completed,
    seconds,
    estimatedSeconds,
    overlaps,
    possibleDuplications: duplications >= 0 ? duplications : null,
    checksum: counted && completed ? checksum : null,
    heapAfterGenerationMB: heapAfterGeneration / MB,
    heapPeakMB: heapPeak / MB,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    repeatedPairs,
  };
}

if (require.main === module) {
  const args = JSON.parse(process.argv[2] ?? '{}') as CaseArgs;
  process.stdout.write(JSON.stringify(run(args)) + '\n');
}
