import { z } from 'zod';
import { dateInputProblem, documentSymbolProblem } from '../../modules/validation/input-rules';

/** A zod check from a rule that returns its problem in words. */
const rule = (problemOf: (value: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const problem = problemOf(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

/**
 * One record of a UHRI (Universal Human Rights Index) export, as Concord accepts it (README:
 * "Recommendation format"). Countries may be ISO 3166-1 alpha-2 codes or English names.
 */
export const uhriRecordSchema = z.object({
  AnnotationId: z.union([z.string().trim().min(1), z.number().int().transform(String)]),
  Symbol: z.string().trim().min(1, 'is required').superRefine(rule(documentSymbolProblem)),
  Text: z.string().trim().min(1, 'is required'),
  PublicationDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, 'must be a date YYYY-MM-DD')
    .transform((v) => v.slice(0, 10))
    .superRefine(rule(dateInputProblem)),
  Body: z.string().trim().min(1, 'is required'),
  BodyType: z.enum(['Treaty body', 'Special procedure', 'UPR'], { error: 'must be "Treaty body", "Special procedure" or "UPR"' }),
  Countries: z.array(z.string().trim().min(1)).min(1, 'needs at least one country'),
  Themes: z.array(z.string().trim().min(1)).default([]),
  AffectedPersons: z.array(z.string().trim().min(1)).default([]),
  Sdgs: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
  Regions: z.array(z.string()).default([]),
  RecommendingState: z.string().trim().min(1).optional(),
  Position: z.enum(['Supported', 'Noted'], { error: 'must be "Supported" or "Noted"' }).optional(),
  Status: z.enum(['Open', 'Closed'], { error: 'must be "Open" or "Closed"' }).optional(),
})
  .refine((r) => r.BodyType === 'UPR' || r.Position === undefined, { message: 'is given only for UPR recommendations', path: ['Position'] })
  .refine((r) => r.BodyType === 'UPR' || r.RecommendingState === undefined, { message: 'is given only for UPR recommendations', path: ['RecommendingState'] });

export type UhriRecord = z.output<typeof uhriRecordSchema>;

/** A file is an array of records, or an object with a `Recommendations` array. */
export const uhriFileSchema = z.union([z.array(z.unknown()), z.object({ Recommendations: z.array(z.unknown()) }).transform((o) => o.Recommendations)]);
