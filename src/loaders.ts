import DataLoader from 'dataloader';
import type { Activity } from './modules/activity/activity.entity';
import type { ActivityService } from './modules/activity/activity.service';
import type { Organisation } from './modules/organisation/organisation.entity';
import type { OrganisationService } from './modules/organisation/organisation.service';

export interface Loaders {
  activityById: DataLoader<string, Activity | null>;
  organisationByRef: DataLoader<string, Organisation | null>;
}

export interface LoaderServices {
  activities: ActivityService;
  organisations: OrganisationService;
}

/** Fresh loaders for each request: batching and caching never cross requests or viewers. */
export function createLoaders(services: LoaderServices): Loaders {
  return {
    activityById: new DataLoader((ids) => services.activities.byIds(ids), { maxBatchSize: 1000 }),
    organisationByRef: new DataLoader((refs) => services.organisations.byRefs(refs), { maxBatchSize: 1000 }),
  };
}
