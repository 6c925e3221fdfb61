/**
 * Keys the mirror stores beside a record and the filters query: shared by the derivation
 * (activity.derived.ts) and the filter (activity.filter.ts), which import this and not each other.
 */

/** Sentinels of the derived period fields, so that sorting and range filters never meet null. */
export const UNKNOWN_START = '';
export const OPEN_END = '9999-12-31';

/** "ref:role" of a participation, for role-specific filters with a plain $in. */
export const participationKey = (ref: string, role: number): string => `${ref}:${role}`;
