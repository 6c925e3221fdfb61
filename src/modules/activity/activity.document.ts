import type { Document } from 'mongodb';
import { deriveActivityFields } from './activity.derived';
import type { StoredActivity } from './activity.model';

/** The stored document of an activity: the record, its provenance and the derived index fields. */
export function toActivityDocument(activity: StoredActivity, themeIds: readonly string[]): Document {
  return { ...activity, ...deriveActivityFields(activity, themeIds) };
}
