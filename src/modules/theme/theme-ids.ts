import type { ActivityRecord } from '../activity/activity.model';

/** Theme ids of a record under the current taxonomy (data/themes.json). */
export function themeIdsOf(_record: ActivityRecord): string[] {
  return [];
}

/** Concord theme ids that UHRI theme names map to. */
export function themeIdsOfUhri(_themes: readonly string[]): string[] {
  return [];
}
