import type { CountryLabel, OrgLabel, ThemeLabel } from '../overlap-report.model';

/**
 * The analytical report on progress, concrete achievements and obstacles (para 20 of the founding
 * resolution) for a period, per country and theme, resolved to names so that each renderer (md,
 * csv, html, xlsx) only lays it out. Built by analytical-report.builder.ts.
 */

/** One country × theme line; theme null for what has no theme (decisions, field operations, data quality). */
export interface AnalyticalRow {
  country: CountryLabel;
  theme: ThemeLabel | null;
  activitiesCompleted: number;
  recommendationsMovedForward: number;
  decisionsDone: number;
  openGaps: number;
  overdueDecisions: number;
  operationsWithoutExitStrategy: number;
  /** Activities with at least one data-quality problem. */
  dataQualityProblems: number;
}

export interface CompletedActivity {
  iatiIdentifier: string;
  title: string;
  organisation: OrgLabel;
  countries: CountryLabel[];
  themes: ThemeLabel[];
  /** ISO date the activity ended. */
  end: string;
}

export interface MovedRecommendation {
  symbol: string;
  body: string;
  countries: CountryLabel[];
  themes: ThemeLabel[];
  /** Follow-up progress in words: None, Planned, In progress, Completed. */
  progress: string;
  /** What moved in the period, e.g. "OHCHR-EXAMPLE-KE-002 started 2021-03-01". */
  movements: string[];
  /** "900000.00 USD" or null. */
  resourcesRequired: string | null;
  /** "620000.00 USD; 20000.00 EUR" or ''. */
  resourcesIdentified: string;
}

export interface DoneDecision {
  subjectLabel: string;
  kind: string;
  owner: OrgLabel;
  countries: CountryLabel[];
  /** ISO date it was reported done. */
  doneOn: string;
  meeting: string;
}

export interface OpenGap {
  kind: string;
  countries: CountryLabel[];
  themes: ThemeLabel[];
  description: string;
}

export interface OverdueDecision {
  subjectLabel: string;
  kind: string;
  owner: OrgLabel;
  countries: CountryLabel[];
  dueDate: string;
  status: string;
  meeting: string;
}

export interface FlaggedOperation {
  identifier: string;
  name: string;
  country: CountryLabel;
  kind: string;
  start: string;
  end: string | null;
  /** No exit plan, Plan ends before the operation, Open-ended. */
  status: string;
  reason: string;
}

export interface DataQualityLine {
  country: CountryLabel;
  flag: string;
  label: string;
  activities: number;
}

export interface AnalyticalReportModel {
  title: string;
  /** ISO date-time. */
  generatedAt: string;
  /** ISO dates, both given. */
  period: { from: string; to: string };
  /** The countries asked for; empty: every country. */
  countries: CountryLabel[];
  summary: Omit<AnalyticalRow, 'country' | 'theme'>;
  /** By country name, the country-wide line (theme null) first, then themes by label. */
  rows: AnalyticalRow[];
  achievements: { activities: CompletedActivity[]; recommendations: MovedRecommendation[]; decisions: DoneDecision[] };
  obstacles: { gaps: OpenGap[]; overdueDecisions: OverdueDecision[]; operations: FlaggedOperation[]; dataQuality: DataQualityLine[] };
}
