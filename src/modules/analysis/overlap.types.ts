import type { Period } from './period';
import type { MandateTable } from './taxonomy';

/**
 * POSSIBLE_DUPLICATION: the two organisations' mandates do not explain why both work there and
 * the score reaches the threshold. COMPLEMENTARY: anything else — a joint-programming or
 * division-of-labour opportunity (see OverlapKindReason).
 */
export type OverlapKind = 'POSSIBLE_DUPLICATION' | 'COMPLEMENTARY';

/**
 * Why an overlap got its kind, tested in this order:
 * - UNIVERSAL_MANDATE (COMPLEMENTARY): one organisation holds a universal mandate (OHCHR): joint programming.
 * - DISTINCT_MANDATES (COMPLEMENTARY): on the shared themes, the two organisations are mandated
 *   for different sets of themes (e.g. one mandated, the other not): division of labour.
 * - BELOW_THRESHOLD (COMPLEMENTARY): same mandates but score < threshold.
 * - SAME_MANDATES (POSSIBLE_DUPLICATION): both mandated for the same shared themes, score ≥ threshold.
 * - NO_MANDATE (POSSIBLE_DUPLICATION): neither mandated for any shared theme, score ≥ threshold.
 */
export type OverlapKindReason = 'UNIVERSAL_MANDATE' | 'DISTINCT_MANDATES' | 'BELOW_THRESHOLD' | 'SAME_MANDATES' | 'NO_MANDATE';

/** The three parts of the score, each in [0, 1] (formula: OVERLAP_SCORE_WEIGHTS). */
export interface OverlapScoreParts {
  /** Weighted Jaccard of the two activities' theme weights. */
  theme: number;
  /** Days of the intersection / days of the shorter period (open ends capped at asOf). */
  time: number;
  /** Σ over shared countries of min(percentage A, percentage B) / 100, capped at 1. */
  country: number;
  /** Product of both activities' weakness factors (1 when their data are sound); multiplies the score. */
  reliability: number;
}

/**
 * Two activities of different organisations sharing ≥ 1 recipient country and ≥ 1 theme, whose
 * periods intersect. Activity ids are in ascending order; organisations follow that order.
 */
export interface Overlap {
  /** "ovl_" + 32 hex of sha256 of the two sorted activity ids: stable across runs and inputs. */
  id: string;
  activityIds: [string, string];
  organisations: [string, string];
  /** Sorted country codes both activities list. */
  sharedCountries: string[];
  /** Sorted theme ids both activities have (at or above minThemeWeight). */
  sharedThemes: string[];
  /** Intersection of the two periods; end null when both are open-ended. */
  period: Period;
  /** (0.4·theme + 0.35·time + 0.25·country) × reliability, rounded to 6 decimals; in [0, 1]. */
  score: number;
  scoreParts: OverlapScoreParts;
  kind: OverlapKind;
  kindReason: OverlapKindReason;
}

export const OVERLAP_SCORE_WEIGHTS = { theme: 0.4, time: 0.35, country: 0.25 } as const;
export const DEFAULT_DUPLICATION_THRESHOLD = 0.6;

export interface OverlapOptions {
  /** ISO date: open-ended periods end here for the time part of the score (not for matching). */
  asOf: string;
  mandates: MandateTable;
  /** Score at or above which same-mandate overlaps are POSSIBLE_DUPLICATION; default 0.6. */
  threshold?: number;
  /** Themes weighing less are ignored for matching and scoring; default 0 (every derived theme). */
  minThemeWeight?: number;
}

/**
 * Activities of one country × theme cell connected by overlaps (connected component of the
 * overlap graph restricted to the cell, size ≥ 2).
 */
export interface OverlapCluster {
  /** "clu_" + hash of country, theme and sorted member ids: changes when membership changes. */
  id: string;
  country: string;
  themeId: string;
  /** Sorted. */
  activityIds: string[];
  /** Sorted, distinct (always ≥ 2). */
  organisations: string[];
  /** Earliest start to latest end of the members (end null when one is open-ended). */
  period: Period;
  /** Overlaps (edges) inside the cluster for this cell. */
  overlapCount: number;
}

export interface OverlapScanStats {
  /** Overlaps visited (before a stop). */
  overlaps: number;
  /** Non-empty country × theme cells swept. */
  cells: number;
  /** Pairs met in a cell that were not that pair's canonical cell (work spent on deduplication). */
  repeatedPairs: number;
  /** True when the visitor returned false. */
  stopped: boolean;
}
