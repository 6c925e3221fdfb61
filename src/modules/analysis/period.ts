/**
 * Periods are inclusive of both ends and counted in whole days (UTC). An `end` of null means
 * open-ended (still running); numerically that is +Infinity.
 */
export interface Period {
  /** ISO date YYYY-MM-DD. */
  start: string;
  /** ISO date YYYY-MM-DD, or null when open-ended. */
  end: string | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date, or null when the text is not a real calendar date. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** Day number of a date known to be valid (validated at the boundary, see toSnapshot). */
export function dayOf(iso: string): number {
  const day = dayNumber(iso);
  if (day === null) throw new RangeError(`not an ISO date: ${iso}`);
  return day;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of a period's end; +Infinity when open-ended. */
export function endDayOf(period: Period): number {
  return period.end === null ? Number.POSITIVE_INFINITY : dayOf(period.end);
}

/** True when two inclusive periods share at least one day (touching periods do). */
export function periodsIntersect(a: Period, b: Period): boolean {
  return dayOf(a.start) <= endDayOf(b) && dayOf(b.start) <= endDayOf(a);
}
