import { ActivityColumns } from './overlap.columns';
import { buildCells, type CellIndex } from './overlap.index';
import { sweepCells, thresholdOf } from './overlap';
import { kindOfReason, OverlapPairs, reasonCodeOf } from './overlap.pairs';
import { buildOverlap, scoreInto } from './overlap.score';
import { overlapStands } from './presence-overlap';
import type { Overlap, OverlapKind, OverlapOptions } from './overlap.types';
import type { ActivitySnapshot } from './snapshot';

/** What an import run changed: activities created or changed (the new snapshots), and ids gone. */
export interface ActivityChanges {
  upserted: readonly ActivitySnapshot[];
  /** Ids withdrawn, cancelled or no longer analysable. */
  removed: readonly string[];
}

export interface OverlapBuildStats {
  /** Pairs the sweep met (an overlap is met once per shared cell; only its canonical cell counts it). */
  candidatePairs: number;
  overlaps: number;
}

export interface OverlapUpdateStats {
  /** Activities re-examined (created or changed). */
  examined: number;
  /** Activities whose overlaps were dropped (changed or removed). */
  retired: number;
  /** Cell members compared with a re-examined activity. */
  candidatePairs: number;
  /** Overlaps found for the re-examined activities. */
  added: number;
}

/**
 * The overlaps of a whole mirror, kept up to date import by import. build() sweeps every country
 * × theme cell (see overlap.ts); update() retires the slots of changed and removed activities
 * (their pairs stop counting) and compares each created or changed activity with the current
 * members of its cells only, so an import of k activities costs the size of their cells, not the
 * mirror. Overlap ids depend only on the two activity ids, so an overlap that still holds after an
 * update has the same id, and decisions recorded on it stay attached. After updates the overlaps
 * are exactly those of build() on the current activities (property-tested); once retired slots
 * outnumber current ones, update() rebuilds.
 */
export class OverlapStore {
  private readonly threshold: number;
  private readonly scratch = new Float64Array(4);
  private stamp = new Int32Array(0);
  private visit = 0;
  private readonly extraCells = new Map<number, number[]>();

  private constructor(
    private columns: ActivityColumns,
    private pairs: OverlapPairs,
    private cells: CellIndex,
    private baseCountries: number,
    private baseThemes: number,
    readonly options: OverlapOptions,
    readonly buildStats: OverlapBuildStats,
  ) {
    this.threshold = thresholdOf(options);
  }

  static build(snapshots: readonly ActivitySnapshot[], options: OverlapOptions): OverlapStore {
    const threshold = thresholdOf(options);
    const columns = new ActivityColumns(options);
    for (const s of snapshots) columns.append(s);
    const cells = buildCells(columns);
    const pairs = new OverlapPairs();
    const scratch = new Float64Array(4);
    const stats = sweepCells(columns, cells, (i, j) => {
      const score = scoreInto(columns, i, j, scratch);
      pairs.push(i, j, Math.round(score * 1e6), reasonCodeOf(columns, i, j, score, threshold));
    });
    return new OverlapStore(columns, pairs, cells, columns.countryCodes.length, columns.themeIds.length, options, {
      candidatePairs: stats.overlaps + stats.repeatedPairs,
      overlaps: stats.overlaps,
    });
  }

  /** Current activities (snapshots as last given). */
  get activityCount(): number {
    return this.columns.current;
  }

  /** The current snapshot of an activity, if it is in the store. */
  snapshot(id: string): ActivitySnapshot | undefined {
    const slot = this.columns.slotById.get(id);
    return slot === undefined ? undefined : this.columns.snapshots[slot];
  }

  /** Applies an import run's changes: O(cells of the changed activities), not O(mirror). */
  update(changes: ActivityChanges): OverlapUpdateStats {
    const stats: OverlapUpdateStats = { examined: 0, retired: 0, candidatePairs: 0, added: 0 };
    for (const id of changes.removed) if (this.columns.retire(id) >= 0) stats.retired++;
    for (const s of changes.upserted) if (this.columns.retire(s.id) >= 0) stats.retired++;
    if (this.columns.n - this.columns.current + changes.upserted.length > this.columns.current) {
      const current = this.columns.snapshots.filter((_, slot) => this.columns.alive[slot] === 1);
      this.rebuildFrom([...current, ...changes.upserted]);
      return { ...stats, examined: changes.upserted.length, candidatePairs: this.buildStats.candidatePairs, added: this.buildStats.overlaps };
    }
    for (const s of changes.upserted) {
      const slot = this.columns.append(s);
      stats.examined++;
      this.examine(slot, stats);
    }
    return stats;
  }

  /**
   * Brings the store to `snapshots` (the mirror's analysable activities now): the ones that are new
   * or whose overlap inputs changed are re-examined, the ones gone are dropped, the others only
   * take the new snapshot object (no work, and the previous snapshots are not kept alive).
   */
  sync(snapshots: readonly ActivitySnapshot[]): OverlapUpdateStats {
    const columns = this.columns;
    const upserted: ActivitySnapshot[] = [];
    const seen = new Set<string>();
    for (const s of snapshots) {
      seen.add(s.id);
      const slot = columns.slotById.get(s.id);
      if (slot === undefined || !sameOverlapInputs(columns.snapshots[slot]!, s)) upserted.push(s);
      else columns.snapshots[slot] = s;
    }
    const removed = [...columns.slotById.keys()].filter((id) => !seen.has(id));
    return this.update({ upserted, removed });
  }

  /** Overlaps of the current activities, highest score first, then by id (as findOverlaps). */
  overlaps(): Overlap[] {
    const out: Overlap[] = [];
    this.forEachPair((i, j) => void out.push(buildOverlap(this.columns, i, j, this.threshold)));
    return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Current overlaps by kind, from the stored scores (no record built). */
  count(): { total: number; byKind: Record<OverlapKind, number> } {
    const byKind: Record<OverlapKind, number> = { POSSIBLE_DUPLICATION: 0, COMPLEMENTARY: 0 };
    let total = 0;
    this.forEachPair((_i, _j, _score, reason) => {
      total++;
      byKind[kindOfReason(reason)]++;
    });
    return { total, byKind };
  }

  /** Visits the current pairs (slots of both activities, score in millionths, kind reason code). */
  private forEachPair(visit: (i: number, j: number, scoreMillionths: number, reasonCode: number) => void): void {
    const alive = this.columns.alive;
    this.pairs.forEach((i, j, score, reason) => {
      if (alive[i] === 1 && alive[j] === 1) visit(i, j, score, reason);
    });
  }

  private rebuildFrom(snapshots: readonly ActivitySnapshot[]): void {
    const fresh = OverlapStore.build(snapshots, this.options);
    this.columns = fresh.columns;
    this.pairs = fresh.pairs;
    this.cells = fresh.cells;
    this.baseCountries = fresh.baseCountries;
    this.baseThemes = fresh.baseThemes;
    this.extraCells.clear();
    Object.assign(this.buildStats, fresh.buildStats);
  }

  /** Pairs a newly appended slot with the current members of its cells, then joins those cells. */
  private examine(slot: number, stats: OverlapUpdateStats): void {
    const p = this.columns;
    if (this.stamp.length < p.n) {
      const next = new Int32Array(Math.max(p.n, this.stamp.length * 2));
      next.set(this.stamp);
      this.stamp = next;
    }
    const visit = ++this.visit;
    const own = p.org[slot]!;
    const start = p.start[slot]!;
    const end = p.end[slot]!;
    const consider = (m: number) => {
      stats.candidatePairs++;
      if (p.alive[m] !== 1 || this.stamp[m] === visit || p.org[m] === own) return;
      if (p.start[m]! > end || p.end[m]! < start) return;
      this.stamp[m] = visit;
      if (!overlapStands(p.snapshots[m], p.snapshots[slot])) return;
      const score = scoreInto(p, m, slot, this.scratch);
      this.pairs.push(m, slot, Math.round(score * 1e6), reasonCodeOf(p, m, slot, score, this.threshold));
      stats.added++;
    };
    for (let c = p.cOff[slot]!; c < p.cOff[slot + 1]!; c++) {
      for (let t = p.tOff[slot]!; t < p.tOff[slot + 1]!; t++) {
        const country = p.cIdx[c]!;
        const theme = p.tIdx[t]!;
        if (country < this.baseCountries && theme < this.baseThemes) {
          const k = country * this.baseThemes + theme;
          for (let at = this.cells.cellStart[k]!; at < this.cells.cellStart[k + 1]!; at++) consider(this.cells.members[at]!);
        }
        const key = country * 65_536 + theme;
        const extra = this.extraCells.get(key);
        if (extra) for (const m of extra) consider(m);
        if (extra) extra.push(slot);
        else this.extraCells.set(key, [slot]);
      }
    }
  }
}

/**
 * Whether two snapshots of one activity give the same overlaps (organisation, countries, themes,
 * period, weaknesses, and what overlapStands reads: origin, places, participating organisations).
 */
export function sameOverlapInputs(a: ActivitySnapshot, b: ActivitySnapshot): boolean {
  if (a === b) return true;
  if (a.organisation !== b.organisation || a.period.start !== b.period.start || a.period.end !== b.period.end) return false;
  if (a.origin !== b.origin || !sameStrings(a.places, b.places)) return false;
  if (!sameStrings(a.participants?.map((x) => x.organisation), b.participants?.map((x) => x.organisation))) return false;
  if (a.countries.length !== b.countries.length || a.themes.length !== b.themes.length) return false;
  for (let k = 0; k < a.countries.length; k++) {
    if (a.countries[k]!.code !== b.countries[k]!.code || a.countries[k]!.percentage !== b.countries[k]!.percentage) return false;
  }
  for (let k = 0; k < a.themes.length; k++) {
    if (a.themes[k]!.themeId !== b.themes[k]!.themeId || a.themes[k]!.weight !== b.themes[k]!.weight) return false;
  }
  const wa = a.weaknesses ?? [];
  const wb = b.weaknesses ?? [];
  if (wa.length !== wb.length) return false;
  for (let k = 0; k < wa.length; k++) if (wa[k]!.factor !== wb[k]!.factor || wa[k]!.kind !== wb[k]!.kind) return false;
  return true;
}

const sameStrings = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x, k) => x === b![k]);
