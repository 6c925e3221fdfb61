import { z } from 'zod';
import { isKnownCode } from '../../codelists/codelists';

/**
 * OHCHR's CSV template (documented in the README): one row per activity, list cells separated
 * by ";" and an optional ":share" after each item. Header names are case-insensitive.
 */
export const OHCHR_CSV_COLUMNS = [
  'identifier',
  'title_en',
  'title_fr',
  'title_es',
  'description_en',
  'status',
  'planned_start',
  'planned_end',
  'actual_start',
  'actual_end',
  'countries',
  'sectors',
  'sdg_targets',
  'participating_orgs',
  'budget_value',
  'budget_currency',
  'humanitarian',
  'restricted',
] as const;

export const REQUIRED_COLUMNS = ['identifier', 'title_en', 'countries'] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'is not a real date');

const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (v === '' || v === undefined ? undefined : v), schema.optional());

/** `A;B:40` → [{ code: 'A', share: null }, { code: 'B', share: 40 }] */
function listCell(codeRule: (code: string) => string | null) {
  return z.string().transform((cell, ctx) => {
    const items: { code: string; share: number | null }[] = [];
    for (const raw of cell.split(';').map((s) => s.trim()).filter(Boolean)) {
      const [code = '', share] = raw.split(':').map((s) => s.trim());
      const problem = codeRule(code);
      if (problem) ctx.addIssue({ code: 'custom', message: `"${code}" ${problem}` });
      const n = share === undefined ? null : Number(share);
      if (n !== null && (!Number.isFinite(n) || n < 0 || n > 100)) ctx.addIssue({ code: 'custom', message: `share "${share}" of "${code}" must be 0–100` });
      items.push({ code, share: n });
    }
    return items;
  });
}

const bool = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .refine((v) => ['', 'true', 'false', 'yes', 'no', '1', '0'].includes(v), 'must be true or false')
  .transform((v) => v === 'true' || v === 'yes' || v === '1');

export const ohchrRowSchema = z
  .object({
    identifier: z.string().trim().min(1, 'is required').max(200),
    title_en: z.string().trim().min(1, 'is required'),
    title_fr: z.string().trim().default(''),
    title_es: z.string().trim().default(''),
    description_en: z.string().trim().default(''),
    status: optional(z.string().refine((c) => isKnownCode('ActivityStatus', c), 'must be an IATI ActivityStatus code 1–6')),
    planned_start: optional(isoDate),
    planned_end: optional(isoDate),
    actual_start: optional(isoDate),
    actual_end: optional(isoDate),
    countries: listCell((c) => (isKnownCode('Country', c.toUpperCase()) ? null : 'is not an ISO 3166-1 country code')).refine(
      (l) => l.length > 0,
      'needs at least one country',
    ),
    sectors: listCell((c) => (isKnownCode('Sector', c) ? null : 'is not a DAC 5-digit sector code')).default([]),
    sdg_targets: listCell((c) => (isKnownCode('UNSDG-Targets', c) ? null : 'is not an SDG target')).default([]),
    participating_orgs: listCell((c) => (c.length > 0 ? null : 'is empty')).default([]),
    budget_value: optional(z.coerce.number({ error: 'must be a number' }).nonnegative('must be ≥ 0')),
    budget_currency: optional(z.string().refine((c) => isKnownCode('Currency', c), 'must be an ISO 4217 currency code')),
    humanitarian: bool.default(false),
    restricted: bool.default(false),
  })
  .refine((r) => r.budget_value === undefined || r.budget_currency !== undefined, { message: 'is required when budget_value is given', path: ['budget_currency'] })
  .refine((r) => !r.planned_start || !r.planned_end || r.planned_start <= r.planned_end, { message: 'is before planned_start', path: ['planned_end'] })
  .refine((r) => !r.actual_start || !r.actual_end || r.actual_start <= r.actual_end, { message: 'is before actual_start', path: ['actual_end'] });

export type OhchrRow = z.output<typeof ohchrRowSchema>;
