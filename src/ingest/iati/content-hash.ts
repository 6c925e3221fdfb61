import { createHash } from 'node:crypto';
import type { ActivityRecord } from '../../modules/activity/activity.model';

/**
 * JSON with object keys sorted at every level and arrays kept in order; `undefined` members
 * are left out as JSON.stringify does. Equal values give equal text.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (member === null || typeof member !== 'object' || Array.isArray(member) || member instanceof Date) return member;
    const source = member as Record<string, unknown>;
    return Object.fromEntries(Object.keys(source).sort().map((key) => [key, source[key]]));
  });
}

/**
 * sha256 (hex) of the record's canonical JSON: the same activity re-imported unchanged gets the
 * same hash, and any change to a field (including lastUpdated) gives another.
 */
export function activityContentHash(record: ActivityRecord): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex');
}
