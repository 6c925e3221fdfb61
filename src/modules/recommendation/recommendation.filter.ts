import type { Document, Filter } from 'mongodb';
import type { RecommendationBodyType, RecommendationStatus } from './recommendation.model';

/** The recommendation filter as the schema's RecommendationFilter gives it (all optional). */
export interface RecommendationFilterInput {
  country?: readonly string[] | null;
  themeId?: readonly string[] | null;
  bodyType?: readonly RecommendationBodyType[] | null;
  status?: readonly RecommendationStatus[] | null;
}

/** All given conditions hold (AND); each list matches any of its values (OR). Every field is indexed. */
export function buildRecommendationQuery(input: RecommendationFilterInput | null | undefined): Filter<Document> {
  const f = input ?? {};
  const and: Filter<Document>[] = [];
  const inList = (field: string, values: readonly string[] | null | undefined) => {
    if (values && values.length > 0) and.push({ [field]: { $in: [...new Set(values)] } });
  };
  inList('countries', f.country?.map((c) => c.toUpperCase()));
  inList('themeIds', f.themeId);
  inList('body.type', f.bodyType);
  inList('status', f.status);
  if (and.length === 0) return {};
  if (and.length === 1) return and[0]!;
  return { $and: and };
}
