import { stableId } from './stable-id';
import { overlapStands } from './presence-overlap';
import {
  DEFAULT_DUPLICATION_THRESHOLD,
  OVERLAP_SCORE_WEIGHTS as W,
  type Overlap,
  type OverlapCluster,
  type OverlapKind,
  type OverlapKindReason,
  type OverlapOptions,
} from './overlap.types';
import type { ActivitySnapshot } from './snapshot';

/**
 * Brute-force oracle: every pair, straight from the definitions, sharing no code with the fast
 * engine except stableId. O(n²): for tests and the benchmark, not for production.
 */

interface Plain {
  s: ActivitySnapshot;
  start: number;
  end: number;
  scoreEnd: number;
  countries: Map<string, number>;
  themes: Map<string, number>;
}

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;

function plain(s: ActivitySnapshot, asOf: number, minWeight: number): Plain {
  const start = day(s.period.start);
  const end = s.period.end === null ? Infinity : day(s.period.end);
  const countries = new Map<string, number>();
  for (const c of s.countries) {
    const pct = c.percentage === null || !Number.isFinite(c.percentage) ? 100 / s.countries.length : Math.min(100, Math.max(0, c.percentage));
    countries.set(c.code, pct);
  }
  const themes = new Map(s.themes.filter((t) => t.weight > 0 && t.weight >= minWeight).map((t) => [t.themeId, t.weight] as const));
  return { s, start, end, scoreEnd: s.period.end === null ? Math.max(asOf, start) : end, countries, themes };
}

/** Visits every overlap; `shouldContinue(row)` is asked before each outer row (time budgets). */
export function bruteForceOverlaps(
  snapshots: readonly ActivitySnapshot[],
  options: OverlapOptions,
  visit: (o: Overlap) => void,
  shouldContinue: (row: number) => boolean = () => true,
): { completed: boolean; rows: number } {
  const asOf = day(options.asOf);
  const threshold = options.threshold ?? DEFAULT_DUPLICATION_THRESHOLD;
  const all = snapshots.map((s) => plain(s, asOf, options.minThemeWeight ?? 0));
  for (let i = 0; i < all.length; i++) {
    if (!shouldContinue(i)) return { completed: false, rows: i };
    const a = all[i]!;
    for (let j = i + 1; j < all.length; j++) {
      const b = all[j]!;
      if (a.s.organisation === b.s.organisation || !overlapStands(a.s, b.s)) continue;
      if (!(a.start <= b.end && b.start <= a.end)) continue;
      const countries = [...a.countries.keys()].filter((c) => b.countries.has(c));
      if (countries.length === 0) continue;
      const themes = [...a.themes.keys()].filter((t) => b.themes.has(t));
      if (themes.length === 0) continue;
      visit(overlapOf(a, b, countries.sort(), themes.sort(), threshold, options));
    }
  }
  return { completed: true, rows: all.length };
}

/** All overlaps by brute force, in findOverlaps order. */
export function findOverlapsBruteForce(snapshots: readonly ActivitySnapshot[], options: OverlapOptions): Overlap[] {
  const out: Overlap[] = [];
  bruteForceOverlaps(snapshots, options, (o) => out.push(o));
  return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function overlapOf(x: Plain, y: Plain, countries: string[], themes: string[], threshold: number, options: OverlapOptions): Overlap {
  const [a, b] = x.s.id < y.s.id ? [x, y] : [y, x];
  let minSum = 0;
  let maxSum = 0;
  for (const t of new Set([...a.themes.keys(), ...b.themes.keys()])) {
    minSum += Math.min(a.themes.get(t) ?? 0, b.themes.get(t) ?? 0);
    maxSum += Math.max(a.themes.get(t) ?? 0, b.themes.get(t) ?? 0);
  }
  const theme = maxSum > 0 ? minSum / maxSum : 0;
  const lengthA = a.scoreEnd - a.start + 1;
  const lengthB = b.scoreEnd - b.start + 1;
  const inter = Math.min(a.scoreEnd, b.scoreEnd) - Math.max(a.start, b.start) + 1;
  const time = Math.max(0, Math.min(1, inter / Math.min(lengthA, lengthB)));
  const country = Math.min(1, countries.reduce((sum, c) => sum + Math.min(a.countries.get(c)!, b.countries.get(c)!), 0) / 100);
  const factor = (x: Plain) => (x.s.weaknesses ?? []).reduce((r, w) => r * w.factor, 1);
  const reliability = factor(a) * factor(b);
  const score = r6((W.theme * theme + W.time * time + W.country * country) * reliability);
  const end = Math.min(a.end, b.end);
  return {
    id: stableId('ovl', [a.s.id, b.s.id]),
    activityIds: [a.s.id, b.s.id],
    organisations: [a.s.organisation, b.s.organisation],
    sharedCountries: countries,
    sharedThemes: themes,
    period: { start: iso(Math.max(a.start, b.start)), end: end === Infinity ? null : iso(end) },
    score,
    scoreParts: { theme: r6(theme), time: r6(time), country: r6(country), reliability: r6(reliability) },
    ...kindByDefinition(a.s.organisation, b.s.organisation, themes, score, threshold, options),
  };
}

function kindByDefinition(
  orgA: string,
  orgB: string,
  themes: string[],
  score: number,
  threshold: number,
  options: OverlapOptions,
): { kind: OverlapKind; kindReason: OverlapKindReason } {
  const ma = options.mandates.byOrganisation.get(orgA);
  const mb = options.mandates.byOrganisation.get(orgB);
  if (ma?.universal || mb?.universal) return { kind: 'COMPLEMENTARY', kindReason: 'UNIVERSAL_MANDATE' };
  const setA = themes.filter((t) => ma?.themes.has(t)).join();
  const setB = themes.filter((t) => mb?.themes.has(t)).join();
  if (setA !== setB) return { kind: 'COMPLEMENTARY', kindReason: 'DISTINCT_MANDATES' };
  if (score < threshold) return { kind: 'COMPLEMENTARY', kindReason: 'BELOW_THRESHOLD' };
  return { kind: 'POSSIBLE_DUPLICATION', kindReason: setA ? 'SAME_MANDATES' : 'NO_MANDATE' };
}

/** Clusters by brute force: union-find over the oracle's overlaps in every shared cell. */
export function findClustersBruteForce(snapshots: readonly ActivitySnapshot[], options: OverlapOptions): Pick<OverlapCluster, 'country' | 'themeId' | 'activityIds' | 'overlapCount'>[] {
  const cells = new Map<string, { parent: Map<string, string>; edges: [string, string][] }>();
  const find = (parent: Map<string, string>, x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const o of findOverlapsBruteForce(snapshots, options)) {
    for (const c of o.sharedCountries) {
      for (const t of o.sharedThemes) {
        const key = `${c}\u0000${t}`;
        const cell = cells.get(key) ?? { parent: new Map<string, string>(), edges: [] as [string, string][] };
        cells.set(key, cell);
        for (const id of o.activityIds) if (!cell.parent.has(id)) cell.parent.set(id, id);
        cell.edges.push(o.activityIds);
        const [ra, rb] = [find(cell.parent, o.activityIds[0]), find(cell.parent, o.activityIds[1])];
        if (ra !== rb) cell.parent.set(ra, rb);
      }
    }
  }
  const out: Pick<OverlapCluster, 'country' | 'themeId' | 'activityIds' | 'overlapCount'>[] = [];
  for (const [key, cell] of cells) {
    const [country, themeId] = key.split('\u0000') as [string, string];
    const groups = new Map<string, string[]>();
    for (const id of cell.parent.keys()) groups.set(find(cell.parent, id), [...(groups.get(find(cell.parent, id)) ?? []), id]);
    for (const [root, ids] of groups) {
      const overlapCount = cell.edges.filter(([a]) => find(cell.parent, a) === root).length;
      out.push({ country, themeId, activityIds: ids.sort(), overlapCount });
    }
  }
  return out;
}

const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
