import DataLoader from 'dataloader';
import type { Activity } from './modules/activity/activity.entity';
import type { ActivityService } from './modules/activity/activity.service';
import type { ActivityListService } from './modules/activity/activity-lists.service';
import { type ActivityListLoaders, createActivityListLoaders } from './modules/activity/activity.loaders';
import { type AuditLoaders, createAuditLoaders } from './modules/audit/audit.loaders';
import type { AuditService } from './modules/audit/audit.service';
import { type CountryLoaders, createCountryLoaders } from './modules/country/country.loaders';
import type { Organisation } from './modules/organisation/organisation.entity';
import type { OrganisationService } from './modules/organisation/organisation.service';
import { type QualityLoaders, createQualityLoaders } from './modules/quality/quality.loaders';
import type { QualityService } from './modules/quality/quality.service';
import { type RecommendationLoaders, createRecommendationLoaders } from './modules/recommendation/recommendation.loaders';
import type { RecommendationService } from './modules/recommendation/recommendation.service';

export interface Loaders extends ActivityListLoaders, CountryLoaders, RecommendationLoaders, AuditLoaders, QualityLoaders {
  activityById: DataLoader<string, Activity | null>;
  organisationByRef: DataLoader<string, Organisation | null>;
}

export interface LoaderServices {
  activities: ActivityService;
  organisations: OrganisationService;
  activityLists: ActivityListService;
  recommendations: RecommendationService;
  audit: AuditService;
  quality: QualityService;
}

/** Fresh loaders for each request: batching and caching never cross requests or viewers. */
export function createLoaders(services: LoaderServices): Loaders {
  const activityById = new DataLoader((ids: readonly string[]) => services.activities.byIds(ids), { maxBatchSize: 1000 });
  return {
    activityById,
    organisationByRef: new DataLoader((refs) => services.organisations.byRefs(refs), { maxBatchSize: 1000 }),
    ...createActivityListLoaders(services.activityLists, activityById),
    ...createCountryLoaders(),
    ...createRecommendationLoaders(services.recommendations),
    ...createAuditLoaders(services.audit),
    ...createQualityLoaders(services.quality),
  };
}
