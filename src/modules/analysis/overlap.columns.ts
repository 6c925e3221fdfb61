import { dayOf } from './period';
import { reliabilityOf } from './quality/data-weakness';
import { resolvedPercentage, type PreparedSnapshots } from './overlap.index';
import type { OverlapOptions } from './overlap.types';
import type { ActivitySnapshot } from './snapshot';

/**
 * The columns of PreparedSnapshots, growable: activities are appended one by one to slots, and a
 * slot is retired (never reused) when its activity changes or leaves. Countries, themes and
 * organisations are interned in arrival order, so an index says nothing about the order of codes
 * (the canonical cell of a pair only needs a consistent order). Capacity doubles as needed; every
 * reader goes through the fields, never keeps an array across an append.
 */
export class ActivityColumns implements PreparedSnapshots {
  n = 0;
  snapshots: ActivitySnapshot[] = [];
  orgs: string[] = [];
  org = new Int32Array(16);
  start = new Float64Array(16);
  end = new Float64Array(16);
  scoreEnd = new Float64Array(16);
  countryCodes: string[] = [];
  cOff = new Int32Array(17);
  cIdx = new Int32Array(16);
  cPct = new Float64Array(16);
  themeIds: string[] = [];
  tOff = new Int32Array(17);
  tIdx = new Int32Array(16);
  tW = new Float64Array(16);
  reliability = new Float64Array(16);
  universal = new Uint8Array(16);
  mandated: Set<number>[] = [];
  /** 1 while the slot holds a current activity, 0 once retired. */
  alive = new Uint8Array(16);
  /** Slot of each current activity id. */
  readonly slotById = new Map<string, number>();

  private readonly orgIndex = new Map<string, number>();
  private readonly countryIndex = new Map<string, number>();
  private readonly themeIndex = new Map<string, number>();
  private readonly asOf: number;
  private readonly minWeight: number;

  constructor(private readonly options: OverlapOptions) {
    this.asOf = dayOf(options.asOf);
    this.minWeight = options.minThemeWeight ?? 0;
  }

  /** Appends an activity (its id must not be current) and returns its slot. */
  append(s: ActivitySnapshot): number {
    if (this.slotById.has(s.id)) throw new RangeError(`activity ${s.id} is already in the overlap index`);
    const i = this.n++;
    this.reserveSlots(this.n);
    this.snapshots[i] = s;
    this.slotById.set(s.id, i);
    this.alive[i] = 1;
    this.org[i] = this.orgOf(s.organisation);
    this.start[i] = dayOfSnapshot(s.period.start);
    this.end[i] = s.period.end === null ? Number.POSITIVE_INFINITY : dayOfSnapshot(s.period.end);
    this.scoreEnd[i] = s.period.end === null ? Math.max(this.asOf, this.start[i]!) : this.end[i]!;
    this.reliability[i] = reliabilityOf(s.weaknesses);

    const countries = s.countries
      .map((c) => ({ idx: this.countryOf(c.code), pct: resolvedPercentage(c.percentage, s.countries.length) }))
      .sort((a, b) => a.idx - b.idx);
    let ci = this.cOff[i]!;
    this.reserveCountries(ci + countries.length);
    for (const c of countries) {
      this.cIdx[ci] = c.idx;
      this.cPct[ci++] = c.pct;
    }
    this.cOff[i + 1] = ci;

    const themes = s.themes
      .filter((t) => t.weight > 0 && t.weight >= this.minWeight)
      .map((t) => ({ idx: this.themeOf(t.themeId), w: t.weight }))
      .sort((a, b) => a.idx - b.idx);
    let ti = this.tOff[i]!;
    this.reserveThemes(ti + themes.length);
    for (const t of themes) {
      this.tIdx[ti] = t.idx;
      this.tW[ti++] = t.w;
    }
    this.tOff[i + 1] = ti;
    return i;
  }

  /** Retires the slot of a current activity; returns it, or -1 when the id is not current. */
  retire(id: string): number {
    const slot = this.slotById.get(id);
    if (slot === undefined) return -1;
    this.slotById.delete(id);
    this.alive[slot] = 0;
    return slot;
  }

  get current(): number {
    return this.slotById.size;
  }

  private orgOf(ref: string): number {
    let o = this.orgIndex.get(ref);
    if (o !== undefined) return o;
    o = this.orgs.length;
    this.orgIndex.set(ref, o);
    this.orgs.push(ref);
    if (o >= this.universal.length) this.universal = grow(this.universal, o + 1);
    const mandate = this.options.mandates.byOrganisation.get(ref);
    this.universal[o] = mandate?.universal ? 1 : 0;
    const set = new Set<number>();
    for (const id of mandate?.themes ?? []) if (this.themeIndex.has(id)) set.add(this.themeIndex.get(id)!);
    this.mandated.push(set);
    return o;
  }

  private countryOf(code: string): number {
    let c = this.countryIndex.get(code);
    if (c === undefined) {
      c = this.countryCodes.length;
      this.countryIndex.set(code, c);
      this.countryCodes.push(code);
    }
    return c;
  }

  private themeOf(id: string): number {
    let t = this.themeIndex.get(id);
    if (t !== undefined) return t;
    t = this.themeIds.length;
    this.themeIndex.set(id, t);
    this.themeIds.push(id);
    this.orgs.forEach((ref, o) => {
      if (this.options.mandates.byOrganisation.get(ref)?.themes.has(id)) this.mandated[o]!.add(t);
    });
    return t;
  }

  private reserveSlots(size: number): void {
    if (size <= this.org.length) return;
    const capacity = Math.max(size, this.org.length * 2);
    this.org = grow(this.org, capacity);
    this.start = grow(this.start, capacity);
    this.end = grow(this.end, capacity);
    this.scoreEnd = grow(this.scoreEnd, capacity);
    this.reliability = grow(this.reliability, capacity);
    this.alive = grow(this.alive, capacity);
    this.cOff = grow(this.cOff, capacity + 1);
    this.tOff = grow(this.tOff, capacity + 1);
  }

  private reserveCountries(size: number): void {
    if (size <= this.cIdx.length) return;
    const capacity = Math.max(size, this.cIdx.length * 2);
    this.cIdx = grow(this.cIdx, capacity);
    this.cPct = grow(this.cPct, capacity);
  }

  private reserveThemes(size: number): void {
    if (size <= this.tIdx.length) return;
    const capacity = Math.max(size, this.tIdx.length * 2);
    this.tIdx = grow(this.tIdx, capacity);
    this.tW = grow(this.tW, capacity);
  }
}

/**
 * dayOf for snapshot dates (validated when the snapshot was made): YYYY-MM-DD read digit by digit
 * and converted with the civil-calendar formula, about ten times faster than parsing; anything
 * else goes through dayOf, which refuses it.
 */
function dayOfSnapshot(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return dayOf(iso);
  const digit = (k: number) => iso.charCodeAt(k) - 48;
  let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const m = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 28)) return dayOf(iso);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

type TypedArray = Int32Array | Float64Array | Uint8Array;

function grow<T extends TypedArray>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array);
  return next;
}
