import type { FieldChange } from '../audit/audit-entry.entity';

export type RegisterName = 'experts' | 'institutions';

/** Collection of each register. */
export const REGISTER_COLLECTION: Record<RegisterName, string> = { experts: 'experts', institutions: 'institutions' };

/** The audit entry field naming the register entry written. */
export const REGISTER_AUDIT_KEY = { experts: 'expertId', institutions: 'institutionId' } as const;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields of `after` that differ from `before` (every field when created), for the audit trail. Pure. */
export function registerChanges(before: Record<string, unknown> | null, after: object): FieldChange[] {
  return Object.entries(after)
    .filter(([field, value]) => !same(before?.[field], value))
    .map(([field, value]) => ({ field, before: before?.[field] ?? null, after: value ?? null }));
}
