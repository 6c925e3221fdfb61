import type { Recommendation } from './recommendation.entity';
import type { RecommendationLoaders } from './recommendation.loaders';

/**
 * Open recommendations concerning any of an activity's recipient countries, newest first, at
 * most `first`. Each country's first `first` open recommendations come through the batched
 * per-country loader (shared with `Country.recommendations`); the newest `first` of their union
 * are the newest `first` overall.
 */
export async function openRecommendationsForCountries(
  loaders: Pick<RecommendationLoaders, 'recommendationListByCountry'>,
  countries: readonly string[],
  args: { themeId?: readonly string[] | null; first?: number | null },
): Promise<Recommendation[]> {
  const filter = { status: ['OPEN' as const], themeId: args.themeId };
  const pages = await Promise.all(
    [...new Set(countries)].map((country) => loaders.recommendationListByCountry.load({ parent: country, args: { filter, first: args.first } })),
  );
  const byId = new Map<string, Recommendation>();
  for (const page of pages) for (const edge of page.edges) byId.set(edge.node.id, edge.node);
  return [...byId.values()]
    .sort((a, b) => (a.publicationDate === b.publicationDate ? (a.id < b.id ? 1 : -1) : a.publicationDate < b.publicationDate ? 1 : -1))
    .slice(0, args.first ?? byId.size);
}
