import { recommendationThemes } from '../analysis';
import type { ActivityRecord } from '../activity/activity.model';
import type { RecommendationRecord } from '../recommendation/recommendation.model';
import { activityThemeDerivations, currentTaxonomy } from './taxonomy';

/** Theme ids of an activity under the current taxonomy; stored with the record for filtering. */
export function themeIdsOf(record: ActivityRecord): string[] {
  return [...new Set(activityThemeDerivations(record).map((d) => d.themeId))].sort();
}

/** Theme ids of a recommendation: its UHRI themes mapped by the taxonomy, else its SDGs. */
export function themeIdsOfRecommendation(rec: Pick<RecommendationRecord, 'themes' | 'sdgs'>): string[] {
  return recommendationThemes(rec, currentTaxonomy()).themeIds;
}
