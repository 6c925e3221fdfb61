import type { PreparedSnapshots } from './overlap.index';
import { mandateRelation } from './overlap.score';
import type { OverlapKind, OverlapKindReason } from './overlap.types';

/** Kind reasons by code, as stored in OverlapPairs. */
export const KIND_REASONS: readonly OverlapKindReason[] = ['UNIVERSAL_MANDATE', 'DISTINCT_MANDATES', 'BELOW_THRESHOLD', 'SAME_MANDATES', 'NO_MANDATE'];
export const REASON_CODE: Readonly<Record<OverlapKindReason, number>> = {
  UNIVERSAL_MANDATE: 0,
  DISTINCT_MANDATES: 1,
  BELOW_THRESHOLD: 2,
  SAME_MANDATES: 3,
  NO_MANDATE: 4,
};

/** The kind reason code of a scored pair (the rule of kindOf), without allocating. */
export function reasonCodeOf(p: PreparedSnapshots, i: number, j: number, score: number, threshold: number): number {
  const relation = mandateRelation(p, i, j);
  if (relation === 'UNIVERSAL_MANDATE' || relation === 'DISTINCT_MANDATES') return REASON_CODE[relation];
  return score < threshold ? REASON_CODE.BELOW_THRESHOLD : REASON_CODE[relation];
}

export const kindOfReason = (code: number): OverlapKind => (code >= REASON_CODE.SAME_MANDATES ? 'POSSIBLE_DUPLICATION' : 'COMPLEMENTARY');

const CHUNK_BITS = 20;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

/**
 * Overlapping pairs as columns of fixed-size chunks (13 bytes a pair, no object per pair, no copy
 * when growing): the two activity slots, the score in millionths (scores are rounded to 6
 * decimals, so this is exact) and the kind reason code. Append-only.
 */
export class OverlapPairs {
  length = 0;
  private readonly a: Int32Array[] = [];
  private readonly b: Int32Array[] = [];
  private readonly score: Int32Array[] = [];
  private readonly reason: Uint8Array[] = [];

  push(i: number, j: number, scoreMillionths: number, reasonCode: number): void {
    const k = this.length++;
    const chunk = k >>> CHUNK_BITS;
    if (chunk === this.a.length) {
      this.a.push(new Int32Array(CHUNK));
      this.b.push(new Int32Array(CHUNK));
      this.score.push(new Int32Array(CHUNK));
      this.reason.push(new Uint8Array(CHUNK));
    }
    const at = k & MASK;
    this.a[chunk]![at] = i;
    this.b[chunk]![at] = j;
    this.score[chunk]![at] = scoreMillionths;
    this.reason[chunk]![at] = reasonCode;
  }

  /** Visits every pair in insertion order. */
  forEach(visit: (i: number, j: number, scoreMillionths: number, reasonCode: number) => void): void {
    for (let chunk = 0; chunk < this.a.length; chunk++) {
      const end = Math.min(CHUNK, this.length - chunk * CHUNK);
      const a = this.a[chunk]!;
      const b = this.b[chunk]!;
      const score = this.score[chunk]!;
      const reason = this.reason[chunk]!;
      for (let at = 0; at < end; at++) visit(a[at]!, b[at]!, score[at]!, reason[at]!);
    }
  }
}
