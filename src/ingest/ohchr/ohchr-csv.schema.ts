import { z } from 'zod';
import { isKnownCode } from '../../codelists/codelists';
import { checkCountryCode } from '../../modules/validation/country-input';
import { dateInputProblem, orgIdentifierProblem, sharesProblem } from '../../modules/validation/input-rules';

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

const isoDate = z.string().superRefine((value, ctx) => {
  const problem = dateInputProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A list cell whose shares together stay within 100 %. */
const sharesWithin100 = <T extends { share: number | null }>(items: T[], ctx: z.RefinementCtx) => {
  const problem = sharesProblem(items.map((i) => i.share));
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

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
    countries: listCell((c) => {
      const result = checkCountryCode(c);
      return result.ok ? null : result.message.replace(`"${c}" `, '');
    })
      .refine((l) => l.length > 0, 'needs at least one country')
      .superRefine(sharesWithin100),
    sectors: listCell((c) => (isKnownCode('Sector', c) ? null : 'is not a DAC 5-digit sector code'))
      .superRefine(sharesWithin100)
      .default([]),
    sdg_targets: listCell((c) => (isKnownCode('UNSDG-Targets', c) ? null : 'is not an SDG target')).default([]),
    participating_orgs: listCell((c) => (c.length === 0 ? 'is empty' : orgIdentifierProblem(c) === null ? null : 'is not an IATI organisation identifier (e.g. XM-DAC-41114)')).default([]),
    budget_value: optional(z.coerce.number({ error: 'must be a number' }).nonnegative('must be ≥ 0')),
    budget_currency: optional(z.string().refine((c) => isKnownCode('Currency', c), 'must be an ISO 4217 currency code')),
    humanitarian: bool.default(false),
    restricted: bool.default(false),
  })
  .refine((r) => r.budget_value === undefined || r.budget_currency !== undefined, { message: 'is required when budget_value is given', path: ['budget_currency'] })
  .refine((r) => r.budget_currency === undefined || r.budget_value !== undefined, { message: 'is required when budget_currency is given', path: ['budget_value'] })
  .refine((r) => !r.planned_start || !r.planned_end || r.planned_start <= r.planned_end, { message: 'is before planned_start', path: ['planned_end'] })
  .refine((r) => !r.actual_start || !r.actual_end || r.actual_start <= r.actual_end, { message: 'is before actual_start', path: ['actual_end'] });

export type OhchrRow = z.output<typeof ohchrRowSchema>;
