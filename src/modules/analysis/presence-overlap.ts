import type { ActivitySnapshot } from './snapshot';

/**
 * Whether a pair the engine finds (two organisations, a shared country and theme, periods that
 * meet) is an overlap once 3W presence is considered; the sweep, the overlap store and the
 * all-pairs reference all ask it:
 * - a 3W presence and an activity the same organisation takes part in, in any role, are the same
 *   work seen from two sources, not an overlap (the engine already pairs different reporting
 *   organisations only; this also covers an organisation implementing another's activity);
 * - two 3W presences overlap only where they share a place (district, else province): 3W data are
 *   by place, and cluster partners in different districts of one country do not do the same work;
 * - anything else stands (activities are placed by country). Pure.
 */
export function overlapStands(a: ActivitySnapshot | undefined, b: ActivitySnapshot | undefined): boolean {
  if (!a || !b || (a.origin !== '3W' && b.origin !== '3W')) return true;
  if (a.origin === '3W' && b.origin === '3W') return sharedPlaces(a, b).length > 0;
  const [presence, activity] = a.origin === '3W' ? [a, b] : [b, a];
  return !(activity.participants ?? []).some((p) => p.organisation === presence.organisation);
}

/** The places two 3W snapshots both list, sorted; empty when either has none. */
export function sharedPlaces(a: Pick<ActivitySnapshot, 'places'>, b: Pick<ActivitySnapshot, 'places'>): string[] {
  const theirs = new Set(b.places ?? []);
  return (a.places ?? []).filter((p) => theirs.has(p));
}
