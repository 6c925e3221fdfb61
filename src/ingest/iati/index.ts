/** IATI activity files → normalised ActivityRecords. */
export { readIatiActivities, readIatiFile, isSkipped } from './read-iati-activities';
export type { IatiActivityItem, ParsedActivity, SkippedActivity, ReadIatiOptions } from './read-iati-activities';
export { scanIatiFile, type IatiFileScan } from './scan-iati-file';
export { IatiFileError, type IatiFileErrorCode } from './iati-file-error';
export { normaliseActivity, ACTIVITY_CHILDREN_READ } from './normalise-activity';
export type { NormaliseContext, NormalisedActivity, SkipReason } from './normalise-activity';
export { iatiElement, type IatiElement } from './iati-element';
export { activityContentHash, canonicalJson } from './content-hash';
export { sourceNameForOrg } from './source-name';
