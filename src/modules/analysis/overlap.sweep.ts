import type { PreparedSnapshots } from './overlap.index';

/**
 * Sweep over the activities of one cell, sorted by start. The active set holds the activities
 * whose period can still meet a later one: a min-heap on end expires those ending before the
 * current start; the survivors all intersect the current activity (they started no later and
 * end no earlier than its start). The active set is also bucketed by organisation, so the
 * current activity is paired only with other organisations' activities: the work per cell is
 * O(m log m + m·organisations + pairs reported), never spent on same-organisation pairs.
 *
 * `onPair(earlier, current)` may return false to stop; sweep then returns false.
 */
export class CellSweeper {
  private readonly heap: Int32Array;
  private heapSize = 0;
  private readonly byOrg: number[][];
  private readonly posInOrg: Int32Array;
  private readonly activeOrgs: number[] = [];
  private readonly orgPos: Int32Array;

  constructor(private readonly p: PreparedSnapshots) {
    this.heap = new Int32Array(p.n);
    this.posInOrg = new Int32Array(p.n);
    this.byOrg = p.orgs.map(() => []);
    this.orgPos = new Int32Array(p.orgs.length).fill(-1);
  }

  sweep(members: Int32Array, from: number, to: number, onPair: (earlier: number, current: number) => boolean | void): boolean {
    const { p } = this;
    let completed = true;
    outer: for (let k = from; k < to; k++) {
      const i = members[k]!;
      const start = p.start[i]!;
      while (this.heapSize > 0 && p.end[this.heap[0]!]! < start) this.deactivate(this.popHeap());
      const own = p.org[i]!;
      for (let a = 0; a < this.activeOrgs.length; a++) {
        const o = this.activeOrgs[a]!;
        if (o === own) continue;
        const list = this.byOrg[o]!;
        for (let b = 0; b < list.length; b++) {
          if (onPair(list[b]!, i) === false) {
            completed = false;
            break outer;
          }
        }
      }
      this.activate(i);
    }
    this.reset();
    return completed;
  }

  private activate(i: number): void {
    const o = this.p.org[i]!;
    const list = this.byOrg[o]!;
    if (list.length === 0) {
      this.orgPos[o] = this.activeOrgs.length;
      this.activeOrgs.push(o);
    }
    this.posInOrg[i] = list.length;
    list.push(i);
    this.pushHeap(i);
  }

  private deactivate(i: number): void {
    const o = this.p.org[i]!;
    const list = this.byOrg[o]!;
    const last = list.pop()!;
    if (last !== i) {
      const at = this.posInOrg[i]!;
      list[at] = last;
      this.posInOrg[last] = at;
    }
    if (list.length === 0) {
      const at = this.orgPos[o]!;
      const lastOrg = this.activeOrgs.pop()!;
      if (lastOrg !== o) {
        this.activeOrgs[at] = lastOrg;
        this.orgPos[lastOrg] = at;
      }
      this.orgPos[o] = -1;
    }
  }

  private reset(): void {
    for (const o of this.activeOrgs) {
      this.byOrg[o]!.length = 0;
      this.orgPos[o] = -1;
    }
    this.activeOrgs.length = 0;
    this.heapSize = 0;
  }

  private pushHeap(i: number): void {
    const { heap } = this;
    const end = this.p.end;
    let at = this.heapSize++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (end[heap[parent]!]! <= end[i]!) break;
      heap[at] = heap[parent]!;
      at = parent;
    }
    heap[at] = i;
  }

  private popHeap(): number {
    const { heap } = this;
    const end = this.p.end;
    const top = heap[0]!;
    const last = heap[--this.heapSize]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.heapSize) break;
      if (child + 1 < this.heapSize && end[heap[child + 1]!]! < end[heap[child]!]!) child++;
      if (end[heap[child]!]! >= end[last]!) break;
      heap[at] = heap[child]!;
      at = child;
    }
    heap[at] = last;
    return top;
  }
}

/** Smallest index present in both ascending ranges, or -1. */
export function firstCommon(values: Int32Array, aFrom: number, aTo: number, bFrom: number, bTo: number): number {
  let a = aFrom;
  let b = bFrom;
  while (a < aTo && b < bTo) {
    const x = values[a]!;
    const y = values[b]!;
    if (x === y) return x;
    if (x < y) a++;
    else b++;
  }
  return -1;
}
