import { buildCells, type CellIndex, prepareSnapshots, type PreparedSnapshots } from './overlap.index';
import { buildOverlap, kindOfPair } from './overlap.score';
import { overlapStands } from './presence-overlap';
import { CellSweeper, firstCommon } from './overlap.sweep';
import {
  DEFAULT_DUPLICATION_THRESHOLD,
  type Overlap,
  type OverlapKind,
  type OverlapOptions,
  type OverlapScanStats,
} from './overlap.types';
import type { ActivitySnapshot } from './snapshot';

/**
 * The overlap engine. Algorithm:
 * 1. flatten the snapshots (overlap.index) and group them into country × theme cells, each
 *    sorted by start (one counting sort);
 * 2. sweep every cell with an active set ordered by end (overlap.sweep): each reported pair
 *    intersects in time and belongs to two organisations;
 * 3. a pair sharing several countries or themes is met in several cells; it is reported only in
 *    its canonical cell — smallest shared country × smallest shared theme — so no set of seen
 *    pairs is kept and results can be streamed.
 * Cost: O(n log n + E + k·r) where E = Σ countries × themes per activity, k the overlaps and r
 * the mean number of cells a pair shares (stats.repeatedPairs counts the extra visits).
 */

/** Streams every overlap to `visit` (unordered); `visit` may return false to stop early. */
export function scanOverlaps(
  snapshots: readonly ActivitySnapshot[],
  options: OverlapOptions,
  visit: (overlap: Overlap) => boolean | void,
): OverlapScanStats {
  const threshold = thresholdOf(options);
  const p = prepareSnapshots(snapshots, options);
  return sweepCanonicalPairs(p, (i, j) => visit(buildOverlap(p, i, j, threshold)));
}

/** All overlaps, highest score first, then by id. */
export function findOverlaps(snapshots: readonly ActivitySnapshot[], options: OverlapOptions): Overlap[] {
  const out: Overlap[] = [];
  scanOverlaps(snapshots, options, (o) => void out.push(o));
  return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface OverlapCount {
  total: number;
  /** Per kind; null when counted withKinds: false (scores not computed). */
  byKind: Record<OverlapKind, number> | null;
  stats: OverlapScanStats;
}

/**
 * Counts overlaps without building records (no ids, no arrays per pair), for inputs whose overlap
 * set would not fit in memory. withKinds (default true) scores each pair to count kinds.
 */
export function countOverlaps(
  snapshots: readonly ActivitySnapshot[],
  options: OverlapOptions,
  { withKinds = true }: { withKinds?: boolean } = {},
): OverlapCount {
  const threshold = thresholdOf(options);
  const p = prepareSnapshots(snapshots, options);
  const byKind: Record<OverlapKind, number> = { POSSIBLE_DUPLICATION: 0, COMPLEMENTARY: 0 };
  const stats = sweepCanonicalPairs(
    p,
    withKinds ? (i, j) => void byKind[kindOfPair(p, i, j, threshold)]++ : () => undefined,
  );
  return { total: stats.overlaps, byKind: withKinds ? byKind : null, stats };
}

function sweepCanonicalPairs(p: PreparedSnapshots, onPair: (i: number, j: number) => boolean | void): OverlapScanStats {
  return sweepCells(p, buildCells(p), onPair);
}

/**
 * Sweeps every cell of `cells` (built by buildCells from `p`) and reports each overlapping pair
 * once, in its canonical cell: smallest shared country index × smallest shared theme index.
 */
export function sweepCells(p: PreparedSnapshots, cells: CellIndex, onPair: (i: number, j: number) => boolean | void): OverlapScanStats {
  const sweeper = new CellSweeper(p);
  const themeCount = p.themeIds.length;
  const stats: OverlapScanStats = { overlaps: 0, cells: 0, repeatedPairs: 0, stopped: false };
  for (let k = 0; k < cells.cellCount; k++) {
    const from = cells.cellStart[k]!;
    const to = cells.cellStart[k + 1]!;
    if (to === from) continue;
    stats.cells++;
    if (to - from < 2) continue;
    const country = Math.floor(k / themeCount);
    const theme = k % themeCount;
    const completed = sweeper.sweep(cells.members, from, to, (i, j) => {
      const canonical =
        firstCommon(p.cIdx, p.cOff[i]!, p.cOff[i + 1]!, p.cOff[j]!, p.cOff[j + 1]!) === country &&
        firstCommon(p.tIdx, p.tOff[i]!, p.tOff[i + 1]!, p.tOff[j]!, p.tOff[j + 1]!) === theme;
      if (!canonical) {
        stats.repeatedPairs++;
        return true;
      }
      if (!overlapStands(p.snapshots[i], p.snapshots[j])) return true;
      stats.overlaps++;
      return onPair(i, j);
    });
    if (!completed) {
      stats.stopped = true;
      break;
    }
  }
  return stats;
}

export function thresholdOf(options: OverlapOptions): number {
  const threshold = options.threshold ?? DEFAULT_DUPLICATION_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`threshold must be in [0, 1], got ${threshold}`);
  return threshold;
}
