import type { PreparedSnapshots } from './overlap.index';
import { stableId } from './stable-id';
import {
  OVERLAP_SCORE_WEIGHTS as W,
  type Overlap,
  type OverlapKind,
  type OverlapKindReason,
  type OverlapScoreParts,
} from './overlap.types';

export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * score = 0.4·theme + 0.35·time + 0.25·country (each part in [0, 1]):
 * - theme: weighted Jaccard Σ_t min(wA, wB) / Σ_t max(wA, wB) over the union of both theme sets;
 * - time: intersection days / days of the shorter period (inclusive ends; an open end is capped
 *   at max(asOf, start) for this part only, so an open activity starting after asOf counts 1 day);
 * - country: Σ over shared countries of min(pA, pB) / 100, capped at 1 (missing % = 100 / count).
 * The sum is multiplied by the reliability of both activities' data (see DataWeakness) and
 * rounded to 6 decimals after summing the unrounded parts.
 */
export function scorePair(p: PreparedSnapshots, i: number, j: number): { score: number; parts: OverlapScoreParts } {
  const parts = new Float64Array(4);
  const score = scoreInto(p, i, j, parts);
  return { score, parts: { theme: round6(parts[0]!), time: round6(parts[1]!), country: round6(parts[2]!), reliability: round6(parts[3]!) } };
}

/** scorePair without allocation: writes the unrounded theme, time, country and reliability parts to `out`. */
export function scoreInto(p: PreparedSnapshots, i: number, j: number, out: Float64Array): number {
  let minSum = 0;
  let maxSum = 0;
  let a = p.tOff[i]!;
  let b = p.tOff[j]!;
  const aEnd = p.tOff[i + 1]!;
  const bEnd = p.tOff[j + 1]!;
  while (a < aEnd || b < bEnd) {
    const x = a < aEnd ? p.tIdx[a]! : Number.MAX_SAFE_INTEGER;
    const y = b < bEnd ? p.tIdx[b]! : Number.MAX_SAFE_INTEGER;
    if (x === y) {
      minSum += Math.min(p.tW[a]!, p.tW[b]!);
      maxSum += Math.max(p.tW[a++]!, p.tW[b++]!);
    } else if (x < y) maxSum += p.tW[a++]!;
    else maxSum += p.tW[b++]!;
  }
  const theme = maxSum > 0 ? minSum / maxSum : 0;

  const inter = Math.min(p.scoreEnd[i]!, p.scoreEnd[j]!) - Math.max(p.start[i]!, p.start[j]!) + 1;
  const shorter = Math.min(p.scoreEnd[i]! - p.start[i]! + 1, p.scoreEnd[j]! - p.start[j]! + 1);
  const time = Math.max(0, Math.min(1, inter / shorter));

  let shared = 0;
  a = p.cOff[i]!;
  b = p.cOff[j]!;
  while (a < p.cOff[i + 1]! && b < p.cOff[j + 1]!) {
    const x = p.cIdx[a]!;
    const y = p.cIdx[b]!;
    if (x === y) shared += Math.min(p.cPct[a++]!, p.cPct[b++]!);
    else if (x < y) a++;
    else b++;
  }
  const country = Math.min(1, shared / 100);
  out[0] = theme;
  out[1] = time;
  out[2] = country;
  const reliability = p.reliability[i]! * p.reliability[j]!;
  out[3] = reliability;
  return round6((W.theme * theme + W.time * time + W.country * country) * reliability);
}

type MandateRelation = 'UNIVERSAL_MANDATE' | 'DISTINCT_MANDATES' | 'SAME_MANDATES' | 'NO_MANDATE';

/** How the two organisations' mandates relate on the pair's shared themes (no score needed). */
export function mandateRelation(p: PreparedSnapshots, i: number, j: number): MandateRelation {
  const oi = p.org[i]!;
  const oj = p.org[j]!;
  if (p.universal[oi] || p.universal[oj]) return 'UNIVERSAL_MANDATE';
  const mi = p.mandated[oi]!;
  const mj = p.mandated[oj]!;
  if (mi.size === 0 && mj.size === 0) return 'NO_MANDATE';
  let anyMandated = false;
  let a = p.tOff[i]!;
  let b = p.tOff[j]!;
  while (a < p.tOff[i + 1]! && b < p.tOff[j + 1]!) {
    const x = p.tIdx[a]!;
    const y = p.tIdx[b]!;
    if (x === y) {
      const has = mi.has(x);
      if (has !== mj.has(x)) return 'DISTINCT_MANDATES';
      anyMandated ||= has;
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
  }
  return anyMandated ? 'SAME_MANDATES' : 'NO_MANDATE';
}

/** The kind rule documented on OverlapKindReason. */
export function kindOf(relation: MandateRelation, score: number, threshold: number): { kind: OverlapKind; kindReason: OverlapKindReason } {
  if (relation === 'UNIVERSAL_MANDATE' || relation === 'DISTINCT_MANDATES') return { kind: 'COMPLEMENTARY', kindReason: relation };
  if (score < threshold) return { kind: 'COMPLEMENTARY', kindReason: 'BELOW_THRESHOLD' };
  return { kind: 'POSSIBLE_DUPLICATION', kindReason: relation };
}

const scratch = new Float64Array(4);

/** The kind alone, scoring only when the mandates leave it open. */
export function kindOfPair(p: PreparedSnapshots, i: number, j: number, threshold: number): OverlapKind {
  const relation = mandateRelation(p, i, j);
  if (relation === 'UNIVERSAL_MANDATE' || relation === 'DISTINCT_MANDATES') return 'COMPLEMENTARY';
  return scoreInto(p, i, j, scratch) < threshold ? 'COMPLEMENTARY' : 'POSSIBLE_DUPLICATION';
}

/** Calls `visit` on each value common to two ascending ranges. */
function forEachShared(values: Int32Array, aFrom: number, aTo: number, bFrom: number, bTo: number, visit: (v: number) => void): void {
  let a = aFrom;
  let b = bFrom;
  while (a < aTo && b < bTo) {
    const x = values[a]!;
    const y = values[b]!;
    if (x === y) {
      visit(x);
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
  }
}

function sharedCodes(values: Int32Array, codes: readonly string[], aFrom: number, aTo: number, bFrom: number, bTo: number): string[] {
  const out: string[] = [];
  forEachShared(values, aFrom, aTo, bFrom, bTo, (v) => void out.push(codes[v]!));
  // Indices follow code order in prepareSnapshots, arrival order in ActivityColumns.
  return out.length > 1 ? out.sort() : out;
}

/** The Overlap record of a pair known to overlap. */
export function buildOverlap(p: PreparedSnapshots, x: number, y: number, threshold: number): Overlap {
  const [i, j] = p.snapshots[x]!.id < p.snapshots[y]!.id ? [x, y] : [y, x];
  const a = p.snapshots[i]!;
  const b = p.snapshots[j]!;
  const { score, parts } = scorePair(p, i, j);
  // The intersection runs from the later start to the earlier end: reuse the snapshots' strings.
  const start = p.start[i]! >= p.start[j]! ? a.period.start : b.period.start;
  const end = p.end[i]! <= p.end[j]! ? a.period.end : b.period.end;
  return {
    id: stableId('ovl', [a.id, b.id]),
    activityIds: [a.id, b.id],
    organisations: [a.organisation, b.organisation],
    sharedCountries: sharedCodes(p.cIdx, p.countryCodes, p.cOff[i]!, p.cOff[i + 1]!, p.cOff[j]!, p.cOff[j + 1]!),
    sharedThemes: sharedCodes(p.tIdx, p.themeIds, p.tOff[i]!, p.tOff[i + 1]!, p.tOff[j]!, p.tOff[j + 1]!),
    period: { start, end },
    score,
    scoreParts: parts,
    ...kindOf(mandateRelation(p, i, j), score, threshold),
  };
}
