import DataLoader from 'dataloader';
import type { QualityFlagCount, QualityService } from './quality.service';

export interface QualityLoaders {
  /** Quality flag counts of the activities an import run wrote; one aggregation per batch. */
  qualityFlagsByImportRun: DataLoader<string, QualityFlagCount[]>;
}

export function createQualityLoaders(service: QualityService): QualityLoaders {
  return { qualityFlagsByImportRun: new DataLoader((ids: readonly string[]) => service.byImportRuns(ids), { maxBatchSize: 500 }) };
}
