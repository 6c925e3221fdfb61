import type { Period } from './period';
import type { DataWeakness } from './quality/data-weakness';
import type { DateBasis } from './quality/credible-period';
import type { Overlap } from './overlap.types';
import { sharedPlaces } from './presence-overlap';
import type { ActivitySnapshot, SnapshotOrigin } from './snapshot';

/** The dates and data weaknesses of one activity of an overlap. */
export interface OverlapSide {
  activityId: string;
  organisation: string;
  /** The credible period the overlap used. */
  period: Period;
  startBasis: Exclude<DateBasis, 'OPEN'>;
  endBasis: DateBasis;
  weaknesses: DataWeakness[];
  /** Where the side comes from: an IATI or OHCHR activity, or OCHA 3W presence. */
  origin: SnapshotOrigin;
  /** 3W: the presence records behind the side; empty for an activity. */
  presenceIds: string[];
}

/** Why an overlap exists and why its score is what it is. */
export interface OverlapExplanation {
  sides: [OverlapSide, OverlapSide];
  /** Product of the weakness factors of both activities; 1 when their data are sound. */
  reliability: number;
  /** One paragraph a coordination meeting can read. */
  summary: string;
}

/** The explanation of an overlap from the snapshots of its two activities (in activityIds order). Pure. */
export function explainOverlap(overlap: Overlap, a: ActivitySnapshot, b: ActivitySnapshot): OverlapExplanation {
  const sides: [OverlapSide, OverlapSide] = [sideOf(a), sideOf(b)];
  const dates = sides.map((s) => `${s.organisation} ${describePeriod(s)}`).join('; ');
  const weak = sides.flatMap((s) => s.weaknesses.map((w) => `${s.organisation}: ${w.message} (×${w.factor})`));
  const shared = `shared ${overlap.period.start} to ${overlap.period.end ?? 'open end'}`;
  const reliability = overlap.scoreParts.reliability;
  const why = weak.length === 0 ? 'no data weakness lowers the score' : `score lowered ×${round3(reliability)} for weak data: ${weak.join('; ')}`;
  return { sides, reliability, summary: `${describeSources(a, b)} Dates used: ${dates}; ${shared}. ${why[0]!.toUpperCase()}${why.slice(1)}.` };
}

function sideOf(s: ActivitySnapshot): OverlapSide {
  return {
    activityId: s.id,
    organisation: s.organisation,
    period: s.period,
    startBasis: s.periodBasis?.start ?? 'ACTUAL',
    endBasis: s.periodBasis?.end ?? (s.period.end === null ? 'OPEN' : 'ACTUAL'),
    weaknesses: s.weaknesses ?? [],
    origin: s.origin ?? 'IATI',
    presenceIds: s.presenceIds ?? [],
  };
}

/** Which source each side comes from, and for two 3W presences the places they share. */
function describeSources(a: ActivitySnapshot, b: ActivitySnapshot): string {
  const one = (s: ActivitySnapshot) =>
    s.origin === '3W'
      ? `${s.organisation}: OCHA 3W presence in ${s.places?.length ?? 0} place(s)`
      : `${s.organisation}: ${s.origin === 'OHCHR' ? 'OHCHR activity' : 'IATI activity'}`;
  const sources = `Sources: ${one(a)}; ${one(b)}.`;
  if (a.origin !== '3W' || b.origin !== '3W') return sources;
  const places = sharedPlaces(a, b);
  return `${sources} Places both list: ${places.slice(0, 5).join(', ')}${places.length > 5 ? ` and ${places.length - 5} more` : ''}.`;
}

function describePeriod(s: OverlapSide): string {
  const start = `${s.startBasis.toLowerCase()} start ${s.period.start}`;
  const end = s.endBasis === 'OPEN' ? 'no end (in implementation)' : `${s.endBasis.toLowerCase()} end ${s.period.end}`;
  return `${start}, ${end}`;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
