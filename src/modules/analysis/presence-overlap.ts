import type { Overlap } from './overlap.types';
import type { ActivitySnapshot } from './snapshot';

/**
 * Whether an overlap found by the engine (two organisations, a shared country and theme, periods
 * that meet) stands once 3W presence is considered. Two 3W presences overlap only where they
 * share a place (district, else province): 3W data are by place, and cluster partners in
 * different districts of one country do not do the same work. Anything with an activity on one
 * side stands (activities are placed by country). A 3W presence and an activity of the same
 * organisation never reach here: the engine pairs different organisations only, so they are the
 * same work, not an overlap. Pure.
 */
export function overlapStands(a: ActivitySnapshot | undefined, b: ActivitySnapshot | undefined): boolean {
  if (a?.origin !== '3W' || b?.origin !== '3W') return true;
  return sharedPlaces(a, b).length > 0;
}

/** The places two 3W snapshots both list, sorted; empty when either has none. */
export function sharedPlaces(a: Pick<ActivitySnapshot, 'places'>, b: Pick<ActivitySnapshot, 'places'>): string[] {
  const theirs = new Set(b.places ?? []);
  return (a.places ?? []).filter((p) => theirs.has(p));
}

/** Keeps the overlaps that stand (see overlapStands). */
export function standingOverlaps(overlaps: Overlap[], snapshotById: ReadonlyMap<string, ActivitySnapshot>): Overlap[] {
  return overlaps.filter((o) => overlapStands(snapshotById.get(o.activityIds[0]), snapshotById.get(o.activityIds[1])));
}
