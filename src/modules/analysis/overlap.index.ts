import { dayOf } from './period';
import { reliabilityOf } from './quality/data-weakness';
import type { ActivitySnapshot } from './snapshot';
import type { OverlapOptions } from './overlap.types';

/**
 * Snapshots flattened into typed arrays for the sweep (column layout keeps 1M activities in a
 * few hundred MB). Country and theme indices follow the sorted order of their codes, so the
 * smallest index is the smallest code. Internal to the overlap engine.
 */
export interface PreparedSnapshots {
  n: number;
  snapshots: readonly ActivitySnapshot[];
  orgs: string[];
  org: Int32Array;
  start: Float64Array;
  /** +Infinity when open-ended. */
  end: Float64Array;
  /** End used for scoring: open ends capped at max(asOf, start). */
  scoreEnd: Float64Array;
  countryCodes: string[];
  /** Countries of activity i: cIdx[cOff[i] .. cOff[i+1]), ascending, with percentage in cPct. */
  cOff: Int32Array;
  cIdx: Int32Array;
  cPct: Float64Array;
  themeIds: string[];
  /** Themes of activity i (weight ≥ minThemeWeight, > 0): tIdx[tOff[i] .. tOff[i+1]), ascending. */
  tOff: Int32Array;
  tIdx: Int32Array;
  tW: Float64Array;
  /** Reliability of each activity's data (product of its weakness factors), in (0, 1]. */
  reliability: Float64Array;
  /** Per organisation index: universal mandate flag and the theme indices of its specific mandate. */
  universal: Uint8Array;
  mandated: ReadonlySet<number>[];
}

/** Percentage of one country, resolved: null → 100 / countries; clamped to [0, 100]. */
export function resolvedPercentage(percentage: number | null, countryCount: number): number {
  if (percentage === null || !Number.isFinite(percentage)) return 100 / countryCount;
  return Math.min(100, Math.max(0, percentage));
}

export function prepareSnapshots(snapshots: readonly ActivitySnapshot[], options: OverlapOptions): PreparedSnapshots {
  const n = snapshots.length;
  const minWeight = options.minThemeWeight ?? 0;
  const asOf = dayOf(options.asOf);
  const countThemes = (s: ActivitySnapshot) => s.themes.filter((t) => t.weight > 0 && t.weight >= minWeight);

  const countrySet = new Set<string>();
  const themeSet = new Set<string>();
  const orgIndex = new Map<string, number>();
  let cTotal = 0;
  let tTotal = 0;
  for (const s of snapshots) {
    for (const c of s.countries) countrySet.add(c.code);
    cTotal += s.countries.length;
    const themes = countThemes(s);
    for (const t of themes) themeSet.add(t.themeId);
    tTotal += themes.length;
    if (!orgIndex.has(s.organisation)) orgIndex.set(s.organisation, orgIndex.size);
  }
  const countryCodes = [...countrySet].sort();
  const themeIds = [...themeSet].sort();
  const countryIndex = new Map(countryCodes.map((c, i) => [c, i]));
  const themeIndex = new Map(themeIds.map((t, i) => [t, i]));

  const p: PreparedSnapshots = {
    n,
    snapshots,
    orgs: [...orgIndex.keys()],
    org: new Int32Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    scoreEnd: new Float64Array(n),
    countryCodes,
    cOff: new Int32Array(n + 1),
    cIdx: new Int32Array(cTotal),
    cPct: new Float64Array(cTotal),
    themeIds,
    tOff: new Int32Array(n + 1),
    tIdx: new Int32Array(tTotal),
    tW: new Float64Array(tTotal),
    reliability: new Float64Array(n),
    universal: new Uint8Array(orgIndex.size),
    mandated: [],
  };
  let ci = 0;
  let ti = 0;
  snapshots.forEach((s, i) => {
    p.org[i] = orgIndex.get(s.organisation)!;
    p.start[i] = dayOf(s.period.start);
    p.end[i] = s.period.end === null ? Number.POSITIVE_INFINITY : dayOf(s.period.end);
    p.scoreEnd[i] = s.period.end === null ? Math.max(asOf, p.start[i]!) : p.end[i]!;
    p.reliability[i] = reliabilityOf(s.weaknesses);
    p.cOff[i] = ci;
    const countries = s.countries
      .map((c) => ({ idx: countryIndex.get(c.code)!, pct: resolvedPercentage(c.percentage, s.countries.length) }))
      .sort((a, b) => a.idx - b.idx);
    for (const c of countries) {
      p.cIdx[ci] = c.idx;
      p.cPct[ci++] = c.pct;
    }
    p.tOff[i] = ti;
    const themes = countThemes(s)
      .map((t) => ({ idx: themeIndex.get(t.themeId)!, w: t.weight }))
      .sort((a, b) => a.idx - b.idx);
    for (const t of themes) {
      p.tIdx[ti] = t.idx;
      p.tW[ti++] = t.w;
    }
  });
  p.cOff[n] = ci;
  p.tOff[n] = ti;
  p.orgs.forEach((org, o) => {
    const mandate = options.mandates.byOrganisation.get(org);
    p.universal[o] = mandate?.universal ? 1 : 0;
    const set = new Set<number>();
    for (const id of mandate?.themes ?? []) if (themeIndex.has(id)) set.add(themeIndex.get(id)!);
    p.mandated.push(set);
  });
  return p;
}

/**
 * Country × theme cells (cell = country index × themes + theme index) listing their activities in
 * ascending start order: one counting sort, O(n log n + Σ countries × themes).
 */
export interface CellIndex {
  cellCount: number;
  /** Members of cell k: members[cellStart[k] .. cellStart[k+1]). */
  cellStart: Int32Array;
  members: Int32Array;
}

export function buildCells(p: PreparedSnapshots): CellIndex {
  const themeCount = p.themeIds.length;
  const cellCount = p.countryCodes.length * themeCount;
  const counts = new Int32Array(cellCount + 1);
  const entriesOf = (i: number) => (p.cOff[i + 1]! - p.cOff[i]!) * (p.tOff[i + 1]! - p.tOff[i]!);
  let total = 0;
  for (let i = 0; i < p.n; i++) {
    total += entriesOf(i);
    for (let c = p.cOff[i]!; c < p.cOff[i + 1]!; c++) {
      for (let t = p.tOff[i]!; t < p.tOff[i + 1]!; t++) counts[p.cIdx[c]! * themeCount + p.tIdx[t]! + 1]!++;
    }
  }
  const cellStart = new Int32Array(cellCount + 1);
  for (let k = 0; k < cellCount; k++) cellStart[k + 1] = cellStart[k]! + counts[k + 1]!;
  const fill = cellStart.slice(0, cellCount);
  const members = new Int32Array(total);
  const byStart = Array.from({ length: p.n }, (_, i) => i).sort((a, b) => p.start[a]! - p.start[b]! || a - b);
  for (const i of byStart) {
    for (let c = p.cOff[i]!; c < p.cOff[i + 1]!; c++) {
      for (let t = p.tOff[i]!; t < p.tOff[i + 1]!; t++) members[fill[p.cIdx[c]! * themeCount + p.tIdx[t]!]!++] = i;
    }
  }
  return { cellCount, cellStart, members };
}
