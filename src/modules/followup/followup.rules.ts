import type { Money } from '../activity/activity.model';
import { sumByCurrency, roundToMinorUnit } from '../analysis/money';
import type { Period } from '../analysis/period';

/**
 * The follow-up of a recommendation (paras 15–16 of the founding resolution), pure: which
 * activities follow it up, where that follow-up stands, and the resources required against
 * the resources identified.
 */

/** Where the follow-up of a recommendation stands. */
export type FollowUpProgress = 'NONE' | 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED';

/** Where one activity stands; null when it does not count (cancelled, suspended, or undated without a status). */
export type ActivityStage = 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED';

/** LINKED: recorded by an editor; MATCHED: in one of its countries, on one of its themes, running on or after its publication. */
export type FollowUpVia = 'LINKED' | 'MATCHED';

export interface FollowUpCandidate {
  id: string;
  /** IATI ActivityStatus code. */
  status: string | null;
  /** The credible period; null when the activity cannot be placed in time. */
  period: Period | null;
  /** Budget per currency. */
  budgets: readonly Money[];
}

export interface FollowUpActivity {
  activityId: string;
  via: FollowUpVia;
  stage: ActivityStage | null;
}

export interface RecommendationFollowUp {
  progress: FollowUpProgress;
  /** Linked activities first, then matched ones; each activity once. */
  activities: FollowUpActivity[];
  /** The resources required, as entered; null when none were. */
  resourcesRequired: Money | null;
  /** Budgets of the linked activities, per currency (matched activities are not counted: they were not committed to it). */
  resourcesIdentified: Money[];
  /** What the identified budgets in the required currency leave uncovered (≥ 0); null without a required amount. */
  resourcesUncovered: Money | null;
}

const STAGE_BY_STATUS: Readonly<Record<string, ActivityStage | null>> = {
  '1': 'PLANNED',
  '2': 'IN_PROGRESS',
  '3': 'COMPLETED',
  '4': 'COMPLETED',
  '5': null,
  '6': null,
};

/**
 * An activity's stage: from its IATI status (1 pipeline → planned, 2 implementation → in
 * progress, 3 finalisation and 4 closed → completed; 5 cancelled and 6 suspended do not count);
 * without a status, from its period against `today`.
 */
export function activityStage(a: Pick<FollowUpCandidate, 'status' | 'period'>, today: string): ActivityStage | null {
  if (a.status !== null && a.status in STAGE_BY_STATUS) return STAGE_BY_STATUS[a.status]!;
  if (!a.period) return null;
  if (a.period.start > today) return 'PLANNED';
  if (a.period.end !== null && a.period.end < today) return 'COMPLETED';
  return 'IN_PROGRESS';
}

/**
 * The overall progress: NONE without a counting activity; IN_PROGRESS when one is under way, or
 * when some are completed and others still planned; PLANNED or COMPLETED when all are.
 */
export function followUpProgress(stages: readonly (ActivityStage | null)[]): FollowUpProgress {
  const counted = new Set(stages.filter((s): s is ActivityStage => s !== null));
  if (counted.size === 0) return 'NONE';
  if (counted.has('IN_PROGRESS') || counted.size > 1) return 'IN_PROGRESS';
  return counted.has('PLANNED') ? 'PLANNED' : 'COMPLETED';
}

/** Whether an activity follows up a recommendation without a link: same country and theme, running on or after its publication. */
export function matchesRecommendation(
  rec: { countries: readonly string[]; themeIds: readonly string[]; publicationDate: string },
  activity: { countries: readonly { code: string }[]; themes: readonly { themeId: string; weight: number }[]; period: Period | null },
): boolean {
  if (!activity.period) return false;
  if (activity.period.end !== null && activity.period.end < rec.publicationDate) return false;
  return activity.countries.some((c) => rec.countries.includes(c.code)) && activity.themes.some((t) => t.weight > 0 && rec.themeIds.includes(t.themeId));
}

export function recommendationFollowUp(input: {
  linked: readonly FollowUpCandidate[];
  matched: readonly FollowUpCandidate[];
  resourcesRequired: Money | null;
  today: string;
}): RecommendationFollowUp {
  const seen = new Set<string>();
  const activities: FollowUpActivity[] = [];
  for (const [via, list] of [['LINKED', input.linked], ['MATCHED', input.matched]] as const) {
    for (const a of list) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      activities.push({ activityId: a.id, via, stage: activityStage(a, input.today) });
    }
  }
  const resourcesIdentified = sumByCurrency(input.linked.flatMap((a) => a.budgets));
  const required = input.resourcesRequired;
  const sameCurrency = required ? (resourcesIdentified.find((m) => m.currency === required.currency)?.value ?? 0) : 0;
  return {
    progress: followUpProgress(activities.map((a) => a.stage)),
    activities,
    resourcesRequired: required,
    resourcesIdentified,
    resourcesUncovered: required ? { currency: required.currency, value: roundToMinorUnit(Math.max(0, required.value - sameCurrency), required.currency) } : null,
  };
}
