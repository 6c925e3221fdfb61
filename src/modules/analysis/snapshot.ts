import type { BudgetEntry, Money, StoredActivity } from '../activity/activity.model';
import type { Period } from './period';
import { crediblePeriod, type DateBasis } from './quality/credible-period';
import { weaknessesOf, type DataWeakness } from './quality/data-weakness';
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
  /**
   * Organisations taking part, by role, reporting organisation included (role "reporting"):
   * presence in a country counts every one of them. Absent: the reporting organisation only.
   */
  participants?: Participation[];
  /** Recipient countries (ISO alpha-2, upper case); a null percentage means 100 / countries.length. */
  countries: { code: string; percentage: number | null }[];
  /** Recipient regions of the OECD DAC vocabulary (RegionVocabulary 1). */
  regions: string[];
  /** Themes with combined weights in (0, 1], sorted by id (see themeWeights). */
  themes: ThemeWeight[];
  /** The credible period (see crediblePeriod); end null = open-ended (in implementation, no end date). */
  period: Period;
  /** Which published dates the period uses; absent: actual dates. */
  periodBasis?: { start: Exclude<DateBasis, 'OPEN'>; end: DateBasis };
  /** Why the activity's data are weak; each lowers the score of its overlaps. Absent: none. */
  weaknesses?: DataWeakness[];
  /** IATI ActivityStatus code. */
  status: string | null;
  /** Budget per currency, see summariseBudgets. */
  budgets: Money[];
  /** Where the record comes from; absent: IATI. A "3W" snapshot is an organisation's presence in one cluster across a country (see toPresenceSnapshots). */
  origin?: SnapshotOrigin;
  /** 3W: the places (admin-2, else admin-1) of the presence, as "name (P-code)", sorted. */
  places?: string[];
  /** 3W: the ids of the presence records behind the snapshot, sorted. */
  presenceIds?: string[];
}

/** IATI activity, OHCHR's own activity, or OCHA 3W presence. */
export type SnapshotOrigin = 'IATI' | 'OHCHR' | '3W';

/** An activity that cannot be placed in time: present in its countries, but not in any period. */
export type UndatedSnapshot = Omit<ActivitySnapshot, 'period' | 'periodBasis'> & { period: null };

/** Role of an organisation in an activity: IATI OrganisationRole names, or the publisher. */
export type ParticipationRole = 'reporting' | 'funding' | 'accountable' | 'extending' | 'implementing';

export interface Participation {
  organisation: string;
  role: ParticipationRole;
}

const ROLE_BY_CODE: Readonly<Record<number, ParticipationRole>> = { 1: 'funding', 2: 'accountable', 3: 'extending', 4: 'implementing' };

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

export type SnapshotResult =
  | { ok: true; snapshot: ActivitySnapshot }
  | ({ ok: false; undated?: UndatedSnapshot } & SnapshotExclusion);

const CANCELLED = '5';

/**
 * Reduces a stored activity to a snapshot, or says why it is excluded:
 * - WITHDRAWN: the source no longer publishes it; CANCELLED: status 5.
 * - NO_START_DATE: no credible actual or planned start (placeholders and implausible dates are
 *   left aside, see crediblePeriod); INVALID_DATE: the same, a date being no calendar date.
 * - NO_END_DATE: no credible end date and not in implementation (status 2, the only open-ended case).
 * - END_BEFORE_START: the chosen end precedes the chosen start.
 * An activity excluded for its dates alone comes back as `undated`: present, but in no period.
 */
export function toSnapshot(stored: StoredActivity & { id: string }, taxonomy: Taxonomy): SnapshotResult {
  const exclude = (reason: ExclusionReason, detail: string, undated?: UndatedSnapshot): SnapshotResult => ({
    ok: false,
    activityId: stored.id,
    iatiIdentifier: stored.iatiIdentifier,
    reason,
    detail,
    ...(undated ? { undated } : {}),
  });
  if (stored.mirrorState === 'WITHDRAWN') return exclude('WITHDRAWN', 'withdrawn by its source');
  if (stored.status === CANCELLED) return exclude('CANCELLED', 'activity status 5 (cancelled)');

  const seen = new Set<string>();
  const countries: ActivitySnapshot['countries'] = [];
  for (const c of stored.recipientCountries) {
    const code = c.code.trim().toUpperCase();
    if (code && !seen.has(code)) {
      seen.add(code);
      countries.push({ code, percentage: c.percentage });
    }
  }
  const base = {
    id: stored.id,
    organisation: stored.reportingOrg.ref,
    participants: participationsOf(stored),
    countries,
    regions: [...new Set(stored.recipientRegions.filter((r) => r.vocabulary === '1' || r.vocabulary === '').map((r) => r.code))],
    themes: themeWeights(deriveThemes(stored, taxonomy)),
    status: stored.status,
    budgets: summariseBudgets(stored.budgets),
    ...(stored.origin ? { origin: stored.origin } : {}),
  };

  const dates = crediblePeriod(stored);
  if (!dates.ok) {
    const unreadable = dates.discarded.some((d) => d.problem === 'NOT_A_DATE');
    const reason: ExclusionReason = dates.reason !== 'NO_USABLE_START' ? dates.reason : unreadable ? 'INVALID_DATE' : 'NO_START_DATE';
    return exclude(reason, dates.detail, { ...base, period: null, weaknesses: [] });
  }
  return {
    ok: true,
    snapshot: {
      ...base,
      period: dates.period,
      periodBasis: { start: dates.startBasis, end: dates.endBasis },
      weaknesses: weaknessesOf(dates, stored.recipientRegions.length === 0 ? countries : [], stored.status),
    },
  };
}

/** The reporting organisation and every participating organisation with an identifier and a known role. */
function participationsOf(stored: StoredActivity): Participation[] {
  const out: Participation[] = [{ organisation: stored.reportingOrg.ref, role: 'reporting' }];
  const seen = new Set([`${stored.reportingOrg.ref} reporting`]);
  for (const p of stored.participatingOrgs ?? []) {
    const role = p.role !== null ? ROLE_BY_CODE[p.role] : undefined;
    const ref = p.ref?.trim();
    if (!ref || !role || seen.has(`${ref} ${role}`)) continue;
    seen.add(`${ref} ${role}`);
    out.push({ organisation: ref, role });
  }
  return out;
}

/**
 * Snapshots of the activities that can be analysed, the others with their reasons, and those
 * excluded for their dates alone as undated presence.
 */
export function toSnapshots(
  stored: readonly (StoredActivity & { id: string })[],
  taxonomy: Taxonomy,
): { snapshots: ActivitySnapshot[]; excluded: SnapshotExclusion[]; undated: UndatedSnapshot[] } {
  const snapshots: ActivitySnapshot[] = [];
  const excluded: SnapshotExclusion[] = [];
  const undated: UndatedSnapshot[] = [];
  for (const activity of stored) {
    const result = toSnapshot(activity, taxonomy);
    if (result.ok) snapshots.push(result.snapshot);
    else {
      excluded.push({ activityId: result.activityId, iatiIdentifier: result.iatiIdentifier, reason: result.reason, detail: result.detail });
      if (result.undated) undated.push(result.undated);
    }
  }
  return { snapshots, excluded, undated };
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
