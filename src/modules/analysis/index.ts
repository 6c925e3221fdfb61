/**
 * Concord's analyses: theme taxonomy and mandates, theme derivation, overlaps, clusters, gaps and
 * coverage. Pure functions over ActivitySnapshot / RecommendationRecord; only loadTaxonomy reads
 * files. Nothing here imports the ORM, the database driver or graphql.
 */
export {
  loadTaxonomy,
  buildTaxonomy,
  isMandated,
  themesForUhriName,
  sdgKey,
  uhriKey,
  TaxonomyFileError,
  type Taxonomy,
  type Theme,
  type ThemeRef,
  type Mandate,
  type MandateTable,
  type TaxonomyIssue,
} from './taxonomy';
export { deriveThemes, themeWeights, type ThemeDerivation, type ThemeWeight, type DeriveThemesOptions } from './theme-derivation';
export { dayNumber, periodsIntersect, type Period } from './period';
export {
  toSnapshot,
  toSnapshots,
  summariseBudgets,
  type ActivitySnapshot,
  type UndatedSnapshot,
  type Participation,
  type ParticipationRole,
  type ExclusionReason,
  type SnapshotExclusion,
  type SnapshotResult,
  type SnapshotOrigin,
} from './snapshot';
export { overlapStands, sharedPlaces } from './presence-overlap';
export { findOverlaps, scanOverlaps, countOverlaps, type OverlapCount } from './overlap';
export { findClusters } from './overlap.clusters';
export { OverlapStore, sameOverlapInputs, type ActivityChanges, type OverlapBuildStats, type OverlapUpdateStats } from './overlap.store';
export { findOverlapsBruteForce, bruteForceOverlaps } from './overlap.oracle';
export {
  OVERLAP_SCORE_WEIGHTS,
  DEFAULT_DUPLICATION_THRESHOLD,
  type Overlap,
  type OverlapKind,
  type OverlapKindReason,
  type OverlapScoreParts,
  type OverlapOptions,
  type OverlapCluster,
  type OverlapScanStats,
} from './overlap.types';
export { recommendationThemes, type RecommendationThemes } from './recommendation-themes';
export {
  findGaps,
  type Gap,
  type GapKind,
  type GapOptions,
  type GapReport,
  type UnaddressedRecommendationsGap,
  type MandatedAbsentGap,
  type Presence,
  type RecommendationWithoutFollowUpGap,
} from './gaps';
export { computeCoverage, UNCLASSIFIED_THEME_ID, type CoverageDimension, type CoverageOptions, type CoverageRow, type CoverageReport } from './coverage';
export { minorUnitDigits, roundToMinorUnit, decimalAmount, sumByCurrency } from './money';
export { dateProblem, PLACEHOLDER_DATES, PLAUSIBLE_YEARS, type DateProblem } from './quality/date-credibility';
export { crediblePeriod, type CrediblePeriod, type DateBasis, type DiscardedDate } from './quality/credible-period';
export {
  assessActivityQuality,
  qualityFlagsOf,
  QUALITY_FLAGS,
  DATE_FLAGS,
  type QualityFlag,
  type QualityIssue,
  type QualityCodelist,
} from './quality/activity-quality';
export { weaknessesOf, reliabilityOf, WEAKNESS_FACTORS, type DataWeakness, type DataWeaknessKind } from './quality/data-weakness';
export { explainOverlap, type OverlapExplanation, type OverlapSide } from './overlap.explanation';
