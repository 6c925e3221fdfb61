import type { ReportActivity, ReportOverlap } from '../overlap-report.model';
import { countryNames, DECISION_WORDS, OVERLAP_KIND_WORDS, themeLabels } from './labels';

/**
 * The overlap table shared by the CSV and the xlsx Overlaps sheet: one row per overlap, names
 * next to codes. `type` tells a spreadsheet how to store the value (dates are ISO strings here).
 */
export type ColumnType = 'text' | 'integer' | 'score' | 'date' | 'datetime';

export interface OverlapColumn {
  header: string;
  /** Width in characters for spreadsheets. */
  width: number;
  type: ColumnType;
  value: (overlap: ReportOverlap, rank: number) => string | number | null;
}

const activityColumns = (side: 'A' | 'B', index: 0 | 1): OverlapColumn[] => {
  const of = (overlap: ReportOverlap): ReportActivity | undefined => overlap.activities[index];
  return [
    { header: `Activity ${side} identifier`, width: 30, type: 'text', value: (o) => of(o)?.iatiIdentifier ?? null },
    { header: `Activity ${side} title`, width: 48, type: 'text', value: (o) => of(o)?.title ?? null },
    { header: `Organisation ${side}`, width: 14, type: 'text', value: (o) => of(o)?.organisation.label ?? null },
    { header: `Organisation ${side} identifier`, width: 16, type: 'text', value: (o) => of(o)?.organisation.ref ?? null },
    { header: `Activity ${side} start`, width: 12, type: 'date', value: (o) => of(o)?.period.start ?? null },
    { header: `Activity ${side} end`, width: 12, type: 'date', value: (o) => of(o)?.period.end ?? null },
    { header: `Activity ${side} status`, width: 16, type: 'text', value: (o) => of(o)?.status ?? null },
  ];
};

export const OVERLAP_COLUMNS: OverlapColumn[] = [
  { header: 'Rank', width: 6, type: 'integer', value: (_, rank) => rank },
  { header: 'Overlap ID', width: 18, type: 'text', value: (o) => o.id },
  { header: 'Score', width: 8, type: 'score', value: (o) => o.score },
  { header: 'Kind', width: 24, type: 'text', value: (o) => OVERLAP_KIND_WORDS[o.kind] },
  { header: 'Why', width: 48, type: 'text', value: (o) => o.kindReason },
  { header: 'Countries', width: 20, type: 'text', value: (o) => countryNames(o.countries) },
  { header: 'Country codes', width: 10, type: 'text', value: (o) => o.countries.map((c) => c.code).join(', ') },
  { header: 'Themes', width: 28, type: 'text', value: (o) => themeLabels(o.themes) },
  { header: 'Theme IDs', width: 24, type: 'text', value: (o) => o.themes.map((t) => t.id).join(', ') },
  { header: 'Shared period start', width: 12, type: 'date', value: (o) => o.period.start },
  { header: 'Shared period end (blank: open-ended)', width: 12, type: 'date', value: (o) => o.period.end },
  ...activityColumns('A', 0),
  ...activityColumns('B', 1),
  { header: 'Latest decision', width: 22, type: 'text', value: (o) => (o.decision ? DECISION_WORDS[o.decision.decision] : null) },
  { header: 'Decided at (UTC)', width: 17, type: 'datetime', value: (o) => o.decision?.decidedAt ?? null },
  { header: 'Decided by', width: 22, type: 'text', value: (o) => o.decision?.decidedBy ?? null },
  { header: 'Decision note', width: 40, type: 'text', value: (o) => o.decision?.note ?? null },
];
