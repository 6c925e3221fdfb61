import { z } from 'zod';
import { isKnownCode } from '../../codelists/codelists';
import { checkCountryCode } from '../validation/country-input';
import { dateInputProblem, orgIdentifierProblem, sharesProblem } from '../validation/input-rules';
import type { OhchrActivityFields } from './ohchr.fields';

/** A problem with one input field; `field` is its path in the mutation input, e.g. "countries.1.code". */
export interface FieldError {
  field: string;
  message: string;
}

export type Validated = { ok: true; fields: OhchrActivityFields } | { ok: false; fieldErrors: FieldError[] };

const text = (max: number) => z.string({ error: 'is required' }).trim().max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => text(max).transform((v) => (v === '' ? null : v)).nullable();
const percentage = z.number().min(0, 'must be 0–100').max(100, 'must be 0–100').nullable();
const code = (list: Parameters<typeof isKnownCode>[0], message: string, normalise: (c: string) => string = (c) => c.trim()) =>
  z.string().transform(normalise).refine((c) => isKnownCode(list, c), message);

/** A zod check from a rule that returns its problem in words. */
const rule = (problemOf: (value: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const problem = problemOf(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};
const date = z.string().superRefine(rule(dateInputProblem)).nullable();
const country = z
  .string()
  .superRefine(rule((c) => {
    const result = checkCountryCode(c);
    return result.ok ? null : result.message;
  }))
  .transform((c) => c.trim().toUpperCase());
const sharesWithin100 = (items: { percentage: number | null }[], ctx: z.RefinementCtx) => {
  const problem = sharesProblem(items.map((i) => i.percentage));
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

const unique = <T>(key: (item: T) => string, what: string) => (items: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(key(item))) ctx.addIssue({ code: 'custom', path: [i], message: `repeats ${what} "${key(item)}"` });
    seen.add(key(item));
  });
};

/** The same rules as the CSV template (ohchr-csv.schema.ts), on the API's field names. */
const fieldsSchema = z
  .object({
    identifier: text(200).min(1, 'is required').regex(/^\S+$/, 'must not contain spaces'),
    titleEn: text(500).min(1, 'is required'),
    titleFr: optionalText(500),
    titleEs: optionalText(500),
    descriptionEn: optionalText(10_000),
    status: code('ActivityStatus', 'must be an IATI ActivityStatus code 1–6').nullable(),
    plannedStart: date,
    plannedEnd: date,
    actualStart: date,
    actualEnd: date,
    countries: z
      .array(z.object({ code: country, percentage }))
      .min(1, 'needs at least one country')
      .superRefine(unique((c) => c.code, 'country'))
      .superRefine(sharesWithin100),
    sectors: z
      .array(z.object({ code: code('Sector', 'is not a DAC 5-digit sector code'), percentage }))
      .superRefine(unique((s) => s.code, 'sector'))
      .superRefine(sharesWithin100),
    sdgTargets: z.array(code('UNSDG-Targets', 'is not an SDG target', (c) => c.trim().toUpperCase())),
    participatingOrgs: z.array(
      z.object({
        ref: text(100).min(1, 'is required').superRefine(rule(orgIdentifierProblem)),
        role: z.number().int().min(1, 'must be 1 Funding, 2 Accountable, 3 Extending or 4 Implementing').max(4, 'must be 1 Funding, 2 Accountable, 3 Extending or 4 Implementing'),
      }),
    ),
    budget: z
      .object({ value: z.number().nonnegative('must be ≥ 0'), currency: code('Currency', 'must be an ISO 4217 currency code', (c) => c.trim().toUpperCase()) })
      .nullable(),
    humanitarian: z.boolean({ error: 'must be true or false' }),
    restricted: z.boolean({ error: 'must be true or false' }),
    internalNotes: optionalText(10_000),
  })
  .refine((f) => !f.plannedStart || !f.plannedEnd || f.plannedStart <= f.plannedEnd, { message: 'is before plannedStart', path: ['plannedEnd'] })
  .refine((f) => !f.actualStart || !f.actualEnd || f.actualStart <= f.actualEnd, { message: 'is before actualStart', path: ['actualEnd'] });

/** Validates a complete set of fields (after defaults or the stored values were merged with the input). */
export function validateOhchrFields(candidate: OhchrActivityFields): Validated {
  const parsed = fieldsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, fields: parsed.data };
  return { ok: false, fieldErrors: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) };
}

/**
 * Applies an update: fields left out keep their value, fields given (null included, which clears
 * an optional field) replace it.
 */
export function applyChanges(current: OhchrActivityFields, changes: Partial<{ [K in keyof OhchrActivityFields]: OhchrActivityFields[K] | null }>): OhchrActivityFields {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    next[key] = value === null && Array.isArray(current[key as keyof OhchrActivityFields]) ? [] : value;
  }
  return next as unknown as OhchrActivityFields;
}
