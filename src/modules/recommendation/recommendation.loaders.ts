import { connectionOfPage, emptyConnection } from '../../pagination/cursor';
import DataLoader from 'dataloader';
import { type ParentKey, loaderByArgs } from '../../batching/loader-by-args';
import type { Recommendation } from './recommendation.entity';
import type { RecommendationFilterInput } from './recommendation.filter';
import { type RecommendationConnection, type RecommendationPageArgs, type RecommendationService, recommendationCursor } from './recommendation.service';

export interface RecommendationLoaders {
  recommendationById: DataLoader<string, Recommendation | null>;
  /** A country's recommendations (first pages batched per argument set). */
  recommendationListByCountry: DataLoader<ParentKey<RecommendationPageArgs>, RecommendationConnection, string>;
  /** Recommendations per country, batched into one aggregation per filter. */
  recommendationCountByCountry: DataLoader<ParentKey<{ filter?: RecommendationFilterInput | null }>, number, string>;
}

export function createRecommendationLoaders(recommendations: RecommendationService): RecommendationLoaders {
  const recommendationCountByCountry = loaderByArgs<{ filter?: RecommendationFilterInput | null }, number>(
    (countries, { filter }) => recommendations.countsByCountry(countries, filter),
    () => 0,
  );
  const recommendationListByCountry = loaderByArgs<RecommendationPageArgs, RecommendationConnection>(
    async (countries, args) => {
      const pages = await recommendations.firstPagesByCountry(countries, args);
      const connections = new Map<string, RecommendationConnection>();
      for (const country of countries) {
        const page = pages.get(country) ?? { rows: [], hasNextPage: false };
        const edges = page.rows.map((node) => ({ cursor: recommendationCursor(node), node }));
        const totalCount = () => recommendationCountByCountry.load({ parent: country, args: { filter: args.filter } });
        connections.set(country, connectionOfPage(edges, { hasNextPage: page.hasNextPage, hadCursor: Boolean(args.after) }, totalCount));
      }
      return connections;
    },
    () => emptyConnection(),
  );
  return {
    recommendationById: new DataLoader((ids) => recommendations.byIds(ids), { maxBatchSize: 1000 }),
    recommendationListByCountry,
    recommendationCountByCountry,
  };
}
