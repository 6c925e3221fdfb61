import { dayNumber, type Period } from '../period';
import { dateProblem, describeDateProblem, type DateProblem } from './date-credibility';

/** The dates of an activity that can place it in time. */
export interface ActivityDates {
  status: string | null;
  plannedStart: string | null;
  actualStart: string | null;
  plannedEnd: string | null;
  actualEnd: string | null;
}

export type DateField = 'actualStart' | 'plannedStart' | 'actualEnd' | 'plannedEnd';

/** Which published date a period end comes from; OPEN: no end, the activity is in implementation. */
export type DateBasis = 'ACTUAL' | 'PLANNED' | 'OPEN';

/** A published date left aside because it cannot be believed. */
export interface DiscardedDate {
  field: DateField;
  date: string;
  problem: DateProblem | 'NOT_A_DATE';
  message: string;
}

export type NoPeriodReason = 'NO_USABLE_START' | 'NO_END_DATE' | 'END_BEFORE_START';

export type CrediblePeriod =
  | { ok: true; period: Period; startBasis: Exclude<DateBasis, 'OPEN'>; endBasis: DateBasis; discarded: DiscardedDate[] }
  | { ok: false; reason: NoPeriodReason; detail: string; discarded: DiscardedDate[] };

const IMPLEMENTATION = '2';

/**
 * The period an activity can be trusted to run in: actual dates, else planned, using only dates
 * that are real calendar dates and neither placeholders nor implausible (see dateProblem). An
 * activity without an end is open-ended only while in implementation (status 2). No period when
 * no credible start remains, when an ended activity has no credible end, or when the end precedes
 * the start. Pure.
 */
export function crediblePeriod(dates: ActivityDates): CrediblePeriod {
  const discarded: DiscardedDate[] = [];
  const credible = (field: DateField): string | null => {
    const date = dates[field];
    if (date === null || date === undefined) return null;
    if (dayNumber(date) === null) {
      discarded.push({ field, date, problem: 'NOT_A_DATE', message: `${date} is not a calendar date` });
      return null;
    }
    const problem = dateProblem(date);
    if (problem === null) return date;
    discarded.push({ field, date, problem, message: describeDateProblem(problem, date) });
    return null;
  };
  const actualStart = credible('actualStart');
  const plannedStart = credible('plannedStart');
  const actualEnd = credible('actualEnd');
  const plannedEnd = credible('plannedEnd');

  const start = actualStart ?? plannedStart;
  if (start === null) {
    const detail = discarded.length > 0 ? `no credible start date (${discarded.map((d) => d.message).join('; ')})` : 'no actual or planned start date';
    return { ok: false, reason: 'NO_USABLE_START', detail, discarded };
  }
  const end = actualEnd ?? plannedEnd;
  if (end === null && dates.status !== IMPLEMENTATION) {
    return { ok: false, reason: 'NO_END_DATE', detail: `no credible end date and status ${dates.status ?? 'unknown'} (only status 2 is open-ended)`, discarded };
  }
  if (end !== null && end < start) return { ok: false, reason: 'END_BEFORE_START', detail: `end ${end} precedes start ${start}`, discarded };
  return {
    ok: true,
    period: { start, end },
    startBasis: actualStart !== null ? 'ACTUAL' : 'PLANNED',
    endBasis: end === null ? 'OPEN' : actualEnd !== null ? 'ACTUAL' : 'PLANNED',
    discarded,
  };
}
