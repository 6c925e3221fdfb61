import { z } from 'zod';
import { isKnownCode } from '../../../codelists/codelists';
import { dateInputProblem } from '../../validation/input-rules';

const isoDate = z.string().superRefine((value, ctx) => {
  const problem = dateInputProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** What an analytical report covers; validated once at the boundary (CLI flags, query string, GraphQL arguments). */
export const analyticalReportQuerySchema = z
  .object({
    countries: z.array(z.string().transform((c) => c.trim().toUpperCase()).refine((c) => isKnownCode('Country', c), 'is not an ISO 3166-1 country code')).default([]),
    from: isoDate,
    to: isoDate,
  })
  .refine((q) => q.from <= q.to, { message: 'must not be before from', path: ['to'] });

export type AnalyticalReportQuery = z.output<typeof analyticalReportQuerySchema>;

/** The calendar year before `today` when no period is given: a report is on a period that has passed. */
export function defaultPeriod(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4)) - 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Parses a report query, returning every problem as "field: message". Without dates: last calendar year; with `from` only: to today. */
export function parseAnalyticalReportQuery(
  input: { countries?: unknown; from?: string | null; to?: string | null },
  today: string = new Date().toISOString().slice(0, 10),
): { ok: true; query: AnalyticalReportQuery } | { ok: false; problems: string[] } {
  const fallback = defaultPeriod(today);
  const to = input.to || (input.from ? today : fallback.to);
  const parsed = analyticalReportQuerySchema.safeParse({ countries: input.countries ?? [], from: input.from || fallback.from, to });
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`) };
}
