import { isKnownCode } from '../../codelists/codelists';
import { assessActivityQuality, type QualityIssue } from '../analysis';
import type { ActivityRecord } from './activity.model';

/** The quality issues of an activity, its codes checked against the bundled IATI codelists. */
export function activityQualityIssues(record: ActivityRecord): QualityIssue[] {
  return assessActivityQuality(record, { isKnownCode });
}
