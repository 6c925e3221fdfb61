import { z } from 'zod';
import { isKnownCode } from '../../codelists/codelists';
import { checkCountryCode } from '../validation/country-input';
import { dateInputProblem } from '../validation/input-rules';
import { isRegion, REGIONS } from './country-profile';
import {
  ACCREDITATIONS,
  AVAILABILITIES,
  type ExpertRecord,
  INSTITUTION_KINDS,
  type InstitutionRecord,
} from './register.model';

/**
 * What a valid expert or institution is, as zod schemas over plain values (strings and lists of
 * strings). The CSV import splits its cells into this shape and the mutations pass their input as
 * it is, so a record is held to the same rules whichever way it comes in. Theme ids are checked
 * against the taxonomy passed in (`isTheme`), so that the rules stay pure.
 */

export interface FieldProblem {
  field: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

export const NAME_MAX_LENGTH = 200;
export const CONTACT_MAX_LENGTH = 500;
export const IDENTIFIER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,99}$/;
const FIRST_ROSTER_YEAR = 1999;

const custom = (ctx: z.RefinementCtx, message: string) => ctx.addIssue({ code: 'custom', message });

const identifier = z
  .string()
  .trim()
  .min(1, 'is required')
  .regex(IDENTIFIER_PATTERN, 'must be letters, digits and . _ - / (at most 100), starting with a letter or digit');
const name = z.string().trim().min(1, 'is required').max(NAME_MAX_LENGTH, `must be at most ${NAME_MAX_LENGTH} characters`);

const country = z.string().transform((value, ctx) => {
  const checked = checkCountryCode(value);
  if (!checked.ok) custom(ctx, checked.message);
  return checked.ok ? checked.code : value;
});

const language = z.string().transform((value, ctx) => {
  const code = value.trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(code) || !isKnownCode('Language', code.toUpperCase())) custom(ctx, `"${value}" is not an ISO 639-1 language code such as en or fr`);
  return code;
});

const region = z.string().transform((value, ctx) => {
  const code = value.trim().toUpperCase().replace(/[\s-]+/g, '_');
  if (!isRegion(code)) custom(ctx, `"${value}" is not a region: use ${REGIONS.join(', ')}`);
  return code as (typeof REGIONS)[number];
});

const isoDate = z.string().transform((value, ctx) => {
  const problem = dateInputProblem(value.trim());
  if (problem) custom(ctx, problem);
  return value.trim();
});

/** A list without repeats, in the order given; absent or null is empty. */
const distinct = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => v ?? [], z.array(item, { error: 'must be a list' }).transform((items) => [...new Set(items as z.output<T>[])]));

const themes = (isTheme: (id: string) => boolean) =>
  distinct(
    z.string().transform((value, ctx) => {
      const id = value.trim();
      if (!isTheme(id)) custom(ctx, `"${value}" is not a theme id (see the \`themes\` query, e.g. administration-of-justice)`);
      return id;
    }),
  ).refine((list) => list.length > 0, 'needs at least one theme');

const enumValue = <T extends string>(values: readonly T[], what: string) =>
  z.string().transform((value, ctx) => {
    const code = value.trim().toUpperCase().replace(/[\s-]+/g, '_');
    if (!(values as readonly string[]).includes(code)) custom(ctx, `"${value}" is not ${what}: use ${values.join(', ')}`);
    return code as T;
  });

const optionalText = (max: number) =>
  z
    .string()
    .nullish()
    .transform((v) => (v?.trim() ? v.trim() : null))
    .refine((v) => v === null || v.length <= max, `must be at most ${max} characters`);

export function expertSchema(isTheme: (id: string) => boolean, thisYear: number) {
  return z
    .object({
      identifier,
      name,
      nationality: country,
      countries: distinct(country),
      regions: distinct(region),
      themes: themes(isTheme),
      languages: distinct(language).refine((l) => l.length > 0, 'needs at least one language'),
      nominatedBy: z
        .object({ state: country, date: isoDate })
        .nullish()
        .transform((v) => v ?? null),
      availability: z.preprocess((v) => v ?? 'AVAILABLE', enumValue(AVAILABILITIES, 'an availability')),
      rosterYear: z
        .number({ error: 'must be a year' })
        .int('must be a year')
        .min(FIRST_ROSTER_YEAR, `must be ${FIRST_ROSTER_YEAR} or later (the roster dates from the 1999 resolution)`)
        .max(thisYear + 1, `must be at most ${thisYear + 1}`),
      removedOn: isoDate.nullish().transform((v) => v ?? null),
    })
    .superRefine((e, ctx) => {
      if (e.nominatedBy && Number(e.nominatedBy.date.slice(0, 4)) > e.rosterYear) {
        ctx.addIssue({ code: 'custom', message: 'is after the roster year: a State nominates an expert before the expert joins the roster', path: ['nominatedBy', 'date'] });
      }
      if (e.removedOn && Number(e.removedOn.slice(0, 4)) < e.rosterYear) {
        ctx.addIssue({ code: 'custom', message: 'is before the roster year', path: ['removedOn'] });
      }
    });
}

export function institutionSchema(isTheme: (id: string) => boolean) {
  return z.object({
    identifier,
    name,
    country,
    kind: enumValue(INSTITUTION_KINDS, 'a kind of institution'),
    themes: themes(isTheme),
    languages: distinct(language),
    accreditation: enumValue(ACCREDITATIONS, 'an accreditation status')
      .nullish()
      .transform((v) => v ?? null),
    contact: optionalText(CONTACT_MAX_LENGTH),
    removedOn: isoDate.nullish().transform((v) => v ?? null),
  });
}

/** Every problem of a zod result, by field path ("countries.1", "nominatedBy.date"). */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(record)', message: issue.message }));
}

export function checkExpert(input: unknown, isTheme: (id: string) => boolean, thisYear: number): Checked<ExpertRecord> {
  const parsed = expertSchema(isTheme, thisYear).safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: fieldProblems(parsed.error) };
}

export function checkInstitution(input: unknown, isTheme: (id: string) => boolean): Checked<InstitutionRecord> {
  const parsed = institutionSchema(isTheme).safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: fieldProblems(parsed.error) };
}
