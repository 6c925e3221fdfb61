import { canonicalJson } from '../../ingest/iati/content-hash';
import type { FieldChange } from '../audit/audit-entry.entity';
import { FIELD_NAMES, type OhchrActivityFields } from './ohchr.fields';

const isEmpty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

/**
 * The fields whose values differ, in the API's names, with their values before and after.
 * On creation (`before` null) every field given a value is listed, with `before` null.
 */
export function changedFields(before: OhchrActivityFields | null, after: OhchrActivityFields): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of FIELD_NAMES) {
    const was = before ? before[field] : null;
    const now = after[field];
    if (before === null ? isEmpty(now) : canonicalJson(was) === canonicalJson(now)) continue;
    changes.push({ field, before: was, after: now });
  }
  return changes;
}
