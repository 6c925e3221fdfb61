import { isoOfDay } from './period';
import { buildCells, prepareSnapshots, type PreparedSnapshots } from './overlap.index';
import { CellSweeper } from './overlap.sweep';
import type { OverlapCluster, OverlapOptions } from './overlap.types';
import type { ActivitySnapshot } from './snapshot';
import { stableId } from './stable-id';

/**
 * Clusters: for each country × theme cell, the connected components (size ≥ 2) of the overlap
 * graph restricted to that cell — activities joined by overlaps, directly or through others.
 * Two activities of one organisation are in one cluster only through a third organisation.
 * An activity with several countries or themes can be in one cluster per cell.
 * Cost: the sweep of findOverlaps plus a union-find per cell, O(n log n + pair visits).
 * Sorted by country, theme, then first activity id.
 */
export function findClusters(snapshots: readonly ActivitySnapshot[], options: OverlapOptions): OverlapCluster[] {
  const p = prepareSnapshots(snapshots, options);
  const cells = buildCells(p);
  const sweeper = new CellSweeper(p);
  const local = new Int32Array(p.n);
  const out: OverlapCluster[] = [];
  const themeCount = p.themeIds.length;
  for (let k = 0; k < cells.cellCount; k++) {
    const from = cells.cellStart[k]!;
    const to = cells.cellStart[k + 1]!;
    if (to - from < 2) continue;
    for (let m = from; m < to; m++) local[cells.members[m]!] = m - from;
    const parent = Int32Array.from({ length: to - from }, (_, i) => i);
    const find = (x: number): number => {
      while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
      return x;
    };
    const edges: [number, number][] = [];
    sweeper.sweep(cells.members, from, to, (i, j) => {
      edges.push([local[i]!, local[j]!]);
      const a = find(local[i]!);
      const b = find(local[j]!);
      if (a !== b) parent[a] = b;
    });
    if (edges.length === 0) continue;
    const country = p.countryCodes[Math.floor(k / themeCount)]!;
    const themeId = p.themeIds[k % themeCount]!;
    out.push(...componentsOf(p, cells.members.subarray(from, to), find, edges, country, themeId));
  }
  return out.sort((a, b) => cmp(a.country, b.country) || cmp(a.themeId, b.themeId) || cmp(a.activityIds[0]!, b.activityIds[0]!));
}

function componentsOf(
  p: PreparedSnapshots,
  members: Int32Array,
  find: (x: number) => number,
  edges: readonly [number, number][],
  country: string,
  themeId: string,
): OverlapCluster[] {
  const groups = new Map<number, number[]>();
  for (let local = 0; local < members.length; local++) {
    const root = find(local);
    const group = groups.get(root);
    if (group) group.push(local);
    else groups.set(root, [local]);
  }
  const edgeCount = new Map<number, number>();
  for (const [a] of edges) edgeCount.set(find(a), (edgeCount.get(find(a)) ?? 0) + 1);
  const clusters: OverlapCluster[] = [];
  for (const [root, locals] of groups) {
    if (locals.length < 2) continue;
    const indices = locals.map((l) => members[l]!);
    const activityIds = indices.map((i) => p.snapshots[i]!.id).sort();
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (const i of indices) {
      start = Math.min(start, p.start[i]!);
      end = Math.max(end, p.end[i]!);
    }
    clusters.push({
      id: stableId('clu', [country, themeId, ...activityIds]),
      country,
      themeId,
      activityIds,
      organisations: [...new Set(indices.map((i) => p.orgs[p.org[i]!]!))].sort(),
      period: {
        start: isoOfDay(start),
        end: end === Number.POSITIVE_INFINITY ? null : isoOfDay(end),
      },
      overlapCount: edgeCount.get(root) ?? 0,
    });
  }
  return clusters;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
