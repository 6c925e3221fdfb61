import type { CountryLabel, DecisionKind, OrgLabel, PeriodView, ReportGap, ReportOverlap, ThemeLabel } from '../overlap-report.model';

/** The words every format uses for codes, so that md, csv, html and xlsx say the same thing. */

export const OVERLAP_KIND_WORDS: Record<ReportOverlap['kind'], string> = {
  POSSIBLE_DUPLICATION: 'Possible duplication',
  COMPLEMENTARY: 'Complementary',
};

export const DECISION_WORDS: Record<DecisionKind, string> = {
  REVIEWED: 'Reviewed',
  COMPLEMENTARY: 'Complementary',
  DUPLICATION_TO_RESOLVE: 'Duplication to resolve',
  JOINT_PROGRAMME_AGREED: 'Joint programme agreed',
};

/** Decisions a meeting records on a gap, beside those it records on an overlap (DECISION_WORDS). */
export const GAP_DECISION_WORDS = {
  RESPONSE_TO_PLAN: 'Response to plan',
  MANDATED_AGENCY_TO_ENGAGE: 'Mandated agency to engage',
  NOT_A_GAP: 'Not a gap',
} as const;

export const GAP_KIND_WORDS: Record<ReportGap['kind'], string> = {
  UNADDRESSED_RECOMMENDATIONS: 'Open recommendations with no activity',
  MANDATED_ABSENT: 'Mandated organisation absent',
  RECOMMENDATION_WITHOUT_FOLLOW_UP: 'Recommendation without follow-up',
};

/** "2022-01-01 – 2025-12-31", "2023-07-01 – open-ended", "unknown start – 2024-06-30". */
export function periodText(period: PeriodView): string {
  return `${period.start ?? 'unknown start'} – ${period.end ?? 'open-ended'}`;
}

/** Score in [0, 1] as a whole percentage: 0.824 → "82%". */
export function scorePercent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** ISO date-time → "2025-03-14 09:30 UTC"; a plain date stays as it is. */
export function dateTimeText(iso: string): string {
  const instant = new Date(iso);
  if (!/T/.test(iso) || Number.isNaN(instant.getTime())) return iso;
  return `${instant.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** ISO date-time → its UTC calendar day, "2025-03-14". */
export function dateText(iso: string): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : instant.toISOString().slice(0, 10);
}

export const countryText = (country: CountryLabel): string => `${country.name} (${country.code})`;
export const orgText = (org: OrgLabel): string => (org.label === org.ref ? org.ref : `${org.label} (${org.ref})`);

export const countryNames = (countries: CountryLabel[]): string => countries.map((c) => c.name).join(', ');
export const themeLabels = (themes: ThemeLabel[]): string => themes.map((t) => t.label).join(', ');
export const orgLabels = (orgs: OrgLabel[]): string => orgs.map((o) => o.label).join(', ');

/** "UNDP × OHCHR": the organisations of an overlap's two activities. */
export const overlapOrganisations = (overlap: ReportOverlap): string => overlap.activities.map((a) => a.organisation.label).join(' × ');

/** "UNDP × OHCHR in Kenya on Administration of justice". */
export function overlapHeadline(overlap: ReportOverlap): string {
  return `${overlapOrganisations(overlap)} in ${countryNames(overlap.countries) || 'no shared country'} on ${themeLabels(overlap.themes) || 'no shared theme'}`;
}

/** The filter the report was built with, in one line. */
export function filterText(filter: { countries: CountryLabel[]; from: string | null; to: string | null }): string {
  const countries = filter.countries.length > 0 ? filter.countries.map(countryText).join(', ') : 'all countries';
  const period = filter.from || filter.to ? `${filter.from ?? 'any start'} – ${filter.to ?? 'any end'}` : 'any period';
  return `Countries: ${countries} · Period: ${period}`;
}

/** Where a gap is: "Kenya · Prevention of torture and ill-treatment". */
export function gapPlace(gap: ReportGap): string {
  return [gap.country?.name ?? 'Any country', gap.theme?.label ?? 'any theme'].join(' · ');
}
