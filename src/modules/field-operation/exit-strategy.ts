import type { ActivitySnapshot } from '../analysis/snapshot';
import { dayOf, endDayOf, isoOfDay, type Period, periodsIntersect } from '../analysis/period';
import { OHCHR_REF } from '../../ingest/ohchr/ohchr-csv';

/**
 * Whether a field operation has an exit strategy (para 5 of the founding resolution): a
 * technical-cooperation or capacity-building activity in the same country covering the
 * operation's last year and running at least as long as the operation. Pure.
 */


/**
 * Themes of institution and capacity building: an activity of any organisation on one of them
 * counts as technical cooperation a presence can hand over to.
 */
export const CAPACITY_THEMES: ReadonlySet<string> = new Set([
  'human-rights-general',
  'administration-of-justice',
  'nhri',
  'governance',
  'democratic-participation',
  'human-rights-education',
  'torture-prevention',
]);

/**
 * COVERED: a plan covers the last year and lasts as long as the operation. NO_EXIT_PLAN: no
 * technical-cooperation or capacity-building activity in the country covers the last year.
 * PLAN_ENDS_BEFORE_OPERATION: some do, but all end before the operation. OPEN_ENDED: the
 * operation has no end date, so there is no last year to plan the handover for.
 */
export type ExitStrategyStatus = 'COVERED' | 'NO_EXIT_PLAN' | 'PLAN_ENDS_BEFORE_OPERATION' | 'OPEN_ENDED';

export interface ExitStrategyAssessment {
  status: ExitStrategyStatus;
  /** True unless COVERED. */
  flagged: boolean;
  /** Why, in one sentence a meeting can read. */
  reason: string;
  /** The operation's last year (from the day after its end date a year before, to its end; not before its start); null when open-ended. */
  lastYear: Period | null;
  /** Technical-cooperation or capacity-building activities in the country active in the last year, latest end first. */
  coveringActivityIds: string[];
  /** The latest end among them; null when none or when one is open-ended. */
  latestPlanEnd: string | null;
}

export type CapacitySnapshot = Pick<ActivitySnapshot, 'id' | 'organisation' | 'countries' | 'themes' | 'period'>;

/** Whether an activity is technical cooperation or capacity building: OHCHR's own (all its projects in Concord are), or on a capacity theme. */
export function isCapacityActivity(s: Pick<ActivitySnapshot, 'organisation' | 'themes'>): boolean {
  return s.organisation === OHCHR_REF || s.themes.some((t) => t.weight > 0 && CAPACITY_THEMES.has(t.themeId));
}

/** The operation's last year: the day after the same date a year before its end, to its end; not before its start. */
export function lastYearOf(operation: { start: string; end: string | null }): Period | null {
  if (operation.end === null) return null;
  const [y, m, d] = operation.end.split('-').map(Number) as [number, number, number];
  const yearBefore = Date.UTC(y - 1, m - 1, d + 1) / 86_400_000;
  return { start: isoOfDay(Math.max(dayOf(operation.start), yearBefore)), end: operation.end };
}

export function assessExitStrategy(
  operation: { country: string; start: string; end: string | null },
  activities: readonly CapacitySnapshot[],
): ExitStrategyAssessment {
  const lastYear = lastYearOf(operation);
  if (lastYear === null) {
    return {
      status: 'OPEN_ENDED',
      flagged: true,
      reason: 'The operation has no end date: set one so that a handover to technical cooperation can be planned for its last year.',
      lastYear: null,
      coveringActivityIds: [],
      latestPlanEnd: null,
    };
  }
  const covering = activities
    .filter((a) => a.countries.some((c) => c.code === operation.country) && isCapacityActivity(a) && periodsIntersect(a.period, lastYear))
    .sort((a, b) => endDayOf(b.period) - endDayOf(a.period) || (a.id < b.id ? -1 : 1));
  const ids = covering.map((a) => a.id);
  const span = `${lastYear.start} – ${lastYear.end}`;
  if (covering.length === 0) {
    return {
      status: 'NO_EXIT_PLAN',
      flagged: true,
      reason: `No technical-cooperation or capacity-building activity in ${operation.country} covers the operation's last year (${span}).`,
      lastYear,
      coveringActivityIds: [],
      latestPlanEnd: null,
    };
  }
  const latest = covering[0]!.period.end;
  if (latest !== null && latest < operation.end!) {
    return {
      status: 'PLAN_ENDS_BEFORE_OPERATION',
      flagged: true,
      reason: `The technical cooperation covering the last year (${span}) ends on ${latest}, before the operation ends on ${operation.end}.`,
      lastYear,
      coveringActivityIds: ids,
      latestPlanEnd: latest,
    };
  }
  return {
    status: 'COVERED',
    flagged: false,
    reason: `${covering.length} technical-cooperation or capacity-building ${covering.length === 1 ? 'activity covers' : 'activities cover'} the last year (${span}); the latest ${latest === null ? 'has no end date yet' : `runs until ${latest}`}.`,
    lastYear,
    coveringActivityIds: ids,
    latestPlanEnd: latest,
  };
}
