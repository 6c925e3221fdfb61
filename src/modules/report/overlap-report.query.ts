import { z } from 'zod';
import { isKnownCode } from '../../codelists/codelists';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').refine((v) => !Number.isNaN(Date.parse(v)), 'is not a real date');

/** What an overlap report covers; validated once at the boundary (CLI flags or query string). */
export const overlapReportQuerySchema = z
  .object({
    countries: z.array(z.string().transform((c) => c.trim().toUpperCase()).refine((c) => isKnownCode('Country', c), 'is not an ISO 3166-1 country code')).default([]),
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    top: z.coerce.number().int('must be a whole number').min(1, 'must be ≥ 1').max(500, 'must be ≤ 500').default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be before from', path: ['to'] });

export type OverlapReportQuery = z.output<typeof overlapReportQuerySchema>;

/** Parses a report query, returning every problem as "field: message". */
export function parseOverlapReportQuery(input: unknown): { ok: true; query: OverlapReportQuery } | { ok: false; problems: string[] } {
  const parsed = overlapReportQuerySchema.safeParse(input);
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`) };
}
