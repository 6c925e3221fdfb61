import type { Gap } from '../analysis';

/** Countries a gap concerns, whatever its kind. */
export const gapCountries = (g: Gap): string[] => (g.kind === 'RECOMMENDATION_WITHOUT_FOLLOW_UP' ? g.countries : [g.country]);

/** Theme ids a gap concerns, whatever its kind. */
export const gapThemeIds = (g: Gap): string[] => (g.kind === 'RECOMMENDATION_WITHOUT_FOLLOW_UP' ? g.themeIds : [g.themeId]);

/** UHRI AnnotationIds of the recommendations behind a gap (none for MANDATED_ABSENT). */
export const gapRecommendationIds = (g: Gap): string[] =>
  g.kind === 'UNADDRESSED_RECOMMENDATIONS' ? g.recommendationIds : g.kind === 'RECOMMENDATION_WITHOUT_FOLLOW_UP' ? [g.recommendationId] : [];
