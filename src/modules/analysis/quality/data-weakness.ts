import type { CrediblePeriod } from './credible-period';

/**
 * Why an analysable activity's data are weak, and by how much each weakness lowers the score of
 * its overlaps (the score is multiplied by the factors of both activities):
 * - OPEN_END (×0.9): no end date; the activity counts as running until the analysis day.
 * - PLANNED_START (×0.95): in implementation or later, yet only a planned start is published.
 * - DISCARDED_DATE (×0.85): a published date was a placeholder or implausible and another date
 *   was used instead.
 * - COUNTRY_SHARES_NOT_100 (×0.9): country percentages do not sum to 100, so the country part
 *   of the score rests on guessed shares.
 * - PRESENCE_ONLY (×0.75): OCHA 3W presence, which says who is present in a cluster and place,
 *   not what they do there: a shared cluster is weaker evidence of the same work than two
 *   activity records (two presences: ×0.5625, below the duplication threshold).
 */
export type DataWeaknessKind = 'OPEN_END' | 'PLANNED_START' | 'DISCARDED_DATE' | 'COUNTRY_SHARES_NOT_100' | 'PRESENCE_ONLY';

export interface DataWeakness {
  kind: DataWeaknessKind;
  /** Multiplier in (0, 1] applied to the score. */
  factor: number;
  message: string;
}

export const WEAKNESS_FACTORS: Readonly<Record<DataWeaknessKind, number>> = {
  OPEN_END: 0.9,
  PLANNED_START: 0.95,
  DISCARDED_DATE: 0.85,
  COUNTRY_SHARES_NOT_100: 0.9,
  PRESENCE_ONLY: 0.75,
};

const STARTED = new Set(['2', '3', '4']);

type Dated = Extract<CrediblePeriod, { ok: true }>;

/** Weaknesses of an activity with a credible period. Pure. */
export function weaknessesOf(dates: Dated, countries: readonly { percentage: number | null }[], status: string | null = null): DataWeakness[] {
  const out: DataWeakness[] = [];
  const add = (kind: DataWeaknessKind, message: string) => out.push({ kind, factor: WEAKNESS_FACTORS[kind], message });
  if (dates.discarded.length > 0) add('DISCARDED_DATE', `${dates.discarded.map((d) => `${d.field} ${d.message}`).join('; ')}: other dates used`);
  if (dates.endBasis === 'OPEN') add('OPEN_END', 'no end date: counted as running until the analysis day');
  if (dates.startBasis === 'PLANNED' && status !== null && STARTED.has(status)) add('PLANNED_START', `status ${status} but only a planned start date`);
  const given = countries.filter((c) => c.percentage !== null);
  if (countries.length > 1 && given.length > 0) {
    const sum = given.reduce((total, c) => total + (c.percentage ?? 0), 0);
    if (Math.abs(sum - 100) > 1) add('COUNTRY_SHARES_NOT_100', `country percentages sum to ${Math.round(sum * 100) / 100}`);
  }
  return out;
}

/** Product of the weakness factors: 1 when the data are sound. */
export function reliabilityOf(weaknesses: readonly DataWeakness[] | undefined): number {
  return (weaknesses ?? []).reduce((r, w) => r * w.factor, 1);
}
