import { z } from 'zod';
import { checkCountryCode } from '../validation/country-input';
import { dateInputProblem } from '../validation/input-rules';
import { FIELD_OPERATION_KINDS, type FieldOperationFields, type FieldOperationKind } from './field-operation.model';

/** A problem with one field; `field` is its name in the mutation input (the CSV column is the same). */
export interface FieldOperationProblem {
  field: string;
  message: string;
}

export type ValidatedFieldOperation = { ok: true; fields: FieldOperationFields } | { ok: false; problems: FieldOperationProblem[] };

export const NAME_MAX_LENGTH = 300;
export const MANDATE_MAX_LENGTH = 2000;

const rule = (problemOf: (value: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const problem = problemOf(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};
const date = z.string({ error: 'is required' }).trim().superRefine(rule(dateInputProblem));

/** The same rules for the CSV template and the mutations. */
const fieldsSchema = z
  .object({
    identifier: z.string({ error: 'is required' }).trim().min(1, 'is required').max(200, 'must be at most 200 characters').regex(/^\S+$/, 'must not contain spaces'),
    name: z.string({ error: 'is required' }).trim().min(1, 'is required').max(NAME_MAX_LENGTH, `must be at most ${NAME_MAX_LENGTH} characters`),
    country: z
      .string({ error: 'is required' })
      .superRefine(rule((c) => {
        const result = checkCountryCode(c);
        return result.ok ? null : result.message;
      }))
      .transform((c) => c.trim().toUpperCase()),
    kind: z
      .string({ error: 'is required' })
      .transform((k) => k.trim().toUpperCase())
      .refine((k) => (FIELD_OPERATION_KINDS as readonly string[]).includes(k), 'must be MONITORING or PREVENTIVE')
      .transform((k) => k as FieldOperationKind),
    start: date,
    end: date.nullable(),
    mandate: z
      .string()
      .trim()
      .max(MANDATE_MAX_LENGTH, `must be at most ${MANDATE_MAX_LENGTH} characters`)
      .nullable()
      .transform((m) => (m === '' ? null : m)),
  })
  .refine((f) => !f.end || f.start <= f.end, { message: 'is before start', path: ['end'] });

/** Validates a complete set of fields (defaults or stored values merged with the input); every problem is listed. */
export function validateFieldOperation(candidate: { [K in keyof FieldOperationFields]: unknown }): ValidatedFieldOperation {
  const parsed = fieldsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, fields: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'input', message: i.message })) };
}
