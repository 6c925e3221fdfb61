import type { BudgetEntry, Money, StoredActivity } from '../activity/activity.model';
import { dayNumber, type Period } from './period';
import type { Taxonomy } from './taxonomy';
import { deriveThemes, themeWeights, type ThemeWeight } from './theme-derivation';

/**
 * What the analyses (overlap, gap, coverage) need of an activity. Built from a StoredActivity by
 * toSnapshot; the benchmark and tests build them directly. `id` is unique within one input.
 */
export interface ActivitySnapshot {
  id: string;
  /** The activity's organisation: its reporting organisation identifier. */
  organisation: string;
  /** Recipient countries (ISO alpha-2, upper case); a null percentage means 100 / countries.length. */
  countries: { code: string; percentage: number | null }[];
  /** Recipient regions of the OECD DAC vocabulary (RegionVocabulary 1). */
  regions: string[];
  /** Themes with combined weights in (0, 1], sorted by id (see themeWeights). */
  themes: ThemeWeight[];
  /** Actual dates, else planned; end null = open-ended (in implementation, no end date). */
  period: Period;
  /** IATI ActivityStatus code. */
  status: string | null;
  /** Budget per currency, see summariseBudgets. */
  budgets: Money[];
}

/** Why an activity cannot be placed in time (or should not be analysed at all). */
export type ExclusionReason =
  | 'NO_START_DATE'
  | 'INVALID_DATE'
  | 'NO_END_DATE'
  | 'END_BEFORE_START'
  | 'CANCELLED'
  | 'WITHDRAWN';

export interface SnapshotExclusion {
  activityId: string;
  iatiIdentifier: string;
  reason: ExclusionReason;
  detail: string;
}

export type SnapshotResult = { ok: true; snapshot: ActivitySnapshot } | ({ ok: false } & SnapshotExclusion);

const IMPLEMENTATION = '2';
const CANCELLED = '5';

/**
 * Reduces a stored activity to a snapshot, or says why it is excluded:
 * - WITHDRAWN: the source no longer publishes it; CANCELLED: status 5.
 * - NO_START_DATE: neither actual nor planned start. INVALID_DATE: a date is not YYYY-MM-DD.
 * - NO_END_DATE: no end date and not in implementation (status 2, the only open-ended case).
 * - END_BEFORE_START: the chosen end precedes the chosen start.
 */
export function toSnapshot(stored: StoredActivity & { id: string }, taxonomy: Taxonomy): SnapshotResult {
  const exclude = (reason: ExclusionReason, detail: string): SnapshotResult => ({
    ok: false,
    activityId: stored.id,
    iatiIdentifier: stored.iatiIdentifier,
    reason,
    detail,
  });
  if (stored.mirrorState === 'WITHDRAWN') return exclude('WITHDRAWN', 'withdrawn by its source');
  if (stored.status === CANCELLED) return exclude('CANCELLED', 'activity status 5 (cancelled)');

  const start = stored.actualStart ?? stored.plannedStart;
  if (start === null) return exclude('NO_START_DATE', 'no actual or planned start date');
  const end = stored.actualEnd ?? stored.plannedEnd;
  const startDay = dayNumber(start);
  if (startDay === null) return exclude('INVALID_DATE', `start date "${start}" is not an ISO date`);
  if (end === null && stored.status !== IMPLEMENTATION) {
    return exclude('NO_END_DATE', `no end date and status ${stored.status ?? 'unknown'} (only status 2 is open-ended)`);
  }
  if (end !== null) {
    const endDay = dayNumber(end);
    if (endDay === null) return exclude('INVALID_DATE', `end date "${end}" is not an ISO date`);
    if (endDay < startDay) return exclude('END_BEFORE_START', `end ${end} precedes start ${start}`);
  }

  const seen = new Set<string>();
  const countries: ActivitySnapshot['countries'] = [];
  for (const c of stored.recipientCountries) {
    const code = c.code.trim().toUpperCase();
    if (code && !seen.has(code)) {
      seen.add(code);
      countries.push({ code, percentage: c.percentage });
    }
  }
  return {
    ok: true,
    snapshot: {
      id: stored.id,
      organisation: stored.reportingOrg.ref,
      countries,
      regions: [...new Set(stored.recipientRegions.filter((r) => r.vocabulary === '1' || r.vocabulary === '').map((r) => r.code))],
      themes: themeWeights(deriveThemes(stored, taxonomy)),
      period: { start, end },
      status: stored.status,
      budgets: summariseBudgets(stored.budgets),
    },
  };
}

/** Snapshots of the activities that can be analysed, and the others with their reasons. */
export function toSnapshots(
  stored: readonly (StoredActivity & { id: string })[],
  taxonomy: Taxonomy,
): { snapshots: ActivitySnapshot[]; excluded: SnapshotExclusion[] } {
  const snapshots: ActivitySnapshot[] = [];
  const excluded: SnapshotExclusion[] = [];
  for (const activity of stored) {
    const result = toSnapshot(activity, taxonomy);
    if (result.ok) snapshots.push(result.snapshot);
    else excluded.push({ activityId: result.activityId, iatiIdentifier: result.iatiIdentifier, reason: result.reason, detail: result.detail });
  }
  return { snapshots, excluded };
}

/**
 * Total budget per currency, sorted by currency. Budgets of one period (same start and end) are
 * either original (type 1) or revised (type 2) figures for the same money: a revised entry
 * replaces the originals of its period, so a period counts its type-2 entries when it has any,
 * else all its entries. Non-finite values are skipped.
 */
export function summariseBudgets(budgets: readonly BudgetEntry[]): Money[] {
  const byPeriod = new Map<string, BudgetEntry[]>();
  for (const b of budgets) {
    const key = `${b.periodStart ?? ''}/${b.periodEnd ?? ''}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), b]);
  }
  const totals = new Map<string, number>();
  for (const entries of byPeriod.values()) {
    const revised = entries.filter((e) => e.type === '2');
    for (const e of revised.length > 0 ? revised : entries) {
      if (Number.isFinite(e.value) && e.currency) totals.set(e.currency, (totals.get(e.currency) ?? 0) + e.value);
    }
  }
  return [...totals.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, value]) => ({ currency, value }));
}
