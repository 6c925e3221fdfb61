/**
 * Everything an overlap report shows, already resolved to names (codelists, organisations,
 * themes), so that each renderer (md, csv, html, xlsx) only lays it out. Built by
 * overlap-report.builder.ts from the mirror and the analysis engines.
 */

export type ReportFormat = 'md' | 'csv' | 'html' | 'xlsx';

export interface OrgLabel {
  ref: string;
  /** Acronym where known (UNDP), else the name, else the identifier. */
  label: string;
}

export interface CountryLabel {
  code: string;
  name: string;
}

export interface ThemeLabel {
  id: string;
  label: string;
}

export interface PeriodView {
  /** ISO date or null when unknown. */
  start: string | null;
  /** ISO date or null when open-ended. */
  end: string | null;
}

export type DecisionKind = 'REVIEWED' | 'COMPLEMENTARY' | 'DUPLICATION_TO_RESOLVE' | 'JOINT_PROGRAMME_AGREED';

export interface DecisionView {
  overlapId: string;
  decision: DecisionKind;
  note: string | null;
  /** Who recorded it (API key label and role). */
  decidedBy: string;
  /** ISO date-time. */
  decidedAt: string;
  /** One-line description of the overlap the decision is about, e.g. "UNDP × OHCHR in KE on administration of justice". */
  overlapLabel: string;
}

export interface ReportActivity {
  iatiIdentifier: string;
  title: string;
  organisation: OrgLabel;
  period: PeriodView;
  /** ActivityStatus name, e.g. "Implementation". */
  status: string | null;
  /** Where the side comes from; absent: an activity. "3W": OCHA 3W operational presence (no title, budget or status). */
  source?: 'IATI' | 'OHCHR' | '3W';
}

/** One country × theme of the OCHA 3W layer: who is on the ground there. */
export interface PresenceLayerRow {
  country: CountryLabel;
  theme: ThemeLabel;
  /** Organisations with 3W presence in the cell. */
  organisations: number;
  /** 3W presence records (organisation × cluster × place) in the cell. */
  presences: number;
  /** The organisations with the most presence records, at most five. */
  mostPresent: OrgLabel[];
}

export interface ReportOverlap {
  id: string;
  /** In [0, 1]. */
  score: number;
  kind: 'POSSIBLE_DUPLICATION' | 'COMPLEMENTARY';
  /** Why the kind was chosen, in words. */
  kindReason: string;
  countries: CountryLabel[];
  themes: ThemeLabel[];
  period: PeriodView;
  /** Always two. */
  activities: ReportActivity[];
  /** The latest decision, if any. */
  decision: DecisionView | null;
}

export interface ReportGap {
  id: string;
  kind: 'UNADDRESSED_RECOMMENDATIONS' | 'MANDATED_ABSENT' | 'RECOMMENDATION_WITHOUT_FOLLOW_UP';
  country: CountryLabel | null;
  theme: ThemeLabel | null;
  /** One sentence: what is missing. */
  description: string;
  recommendations: { symbol: string; body: string; text: string; publicationDate: string }[];
  mandatedOrganisations: OrgLabel[];
}

export interface HeatmapCell {
  country: string;
  themeId: string;
  activityCount: number;
  organisationCount: number;
  overlapCount: number;
}

export interface OverlapReportModel {
  title: string;
  /** ISO date-time. */
  generatedAt: string;
  filter: { countries: CountryLabel[]; from: string | null; to: string | null };
  summary: {
    activities: number;
    overlaps: number;
    possibleDuplications: number;
    complementary: number;
    gaps: number;
    byTheme: { theme: ThemeLabel; overlaps: number }[];
    byOrganisationPair: { a: OrgLabel; b: OrgLabel; overlaps: number }[];
    /** Activities of the selection with each data-quality flag, most frequent first; flags no activity has are left out. */
    dataQuality: { flag: string; label: string; activities: number }[];
  };
  /** Country × theme coverage: rows = countries, columns = themes. */
  heatmap: { countries: CountryLabel[]; themes: ThemeLabel[]; cells: HeatmapCell[] };
  /** Highest score first. */
  topOverlaps: ReportOverlap[];
  gaps: ReportGap[];
  /** Newest first. */
  decisions: DecisionView[];
  /** Present when the report is a meeting's minutes. */
  meeting?: MeetingMinutes;
  /** Budgets by organisation and year, when the report carries them (meeting minutes). */
  budgets?: BudgetLine[];
  /** The OCHA 3W layer of the selection, when 3W files were imported for its countries. */
  presence?: { records: number; rows: PresenceLayerRow[] };
}

/** A meeting's decision with its follow-up, resolved to names. */
export interface MinutesDecision {
  subject: 'OVERLAP' | 'GAP';
  /** What it was about, in words. */
  subjectLabel: string;
  /** The decision in words, e.g. "Joint programme agreed". */
  kind: string;
  owner: OrgLabel;
  /** ISO date or null. */
  dueDate: string | null;
  /** Open, In progress, Done. */
  status: string;
  /** Where it stands against its due date: Open, Due soon, Overdue, Done. */
  followUp: string;
  note: string | null;
  decidedBy: string;
  /** ISO date-time. */
  decidedAt: string;
}

export interface MeetingMinutes {
  title: string;
  /** ISO date. */
  date: string;
  countries: CountryLabel[];
  themes: ThemeLabel[];
  organisations: OrgLabel[];
  /** Oldest first. */
  decisions: MinutesDecision[];
}

export interface BudgetLine {
  organisation: OrgLabel;
  year: number;
  currency: string;
  value: number;
  activityCount: number;
}
