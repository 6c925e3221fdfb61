import { z } from 'zod';

/**
 * zod schemas of data/themes.json and data/mandates.json (format version 1).
 * Objects are strict so that a misspelt key is reported instead of silently ignored.
 */

const themeId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case theme id');

/** A rule is a bare code (weight 1) or { code, weight } with weight in (0, 1]. */
const ruleEntry = z
  .union([
    z.string().min(1),
    z.strictObject({ code: z.string().min(1), weight: z.number().gt(0).max(1) }),
  ])
  .transform((entry) => (typeof entry === 'string' ? { code: entry, weight: 1 } : entry));

export const themeRulesSchema = z.strictObject({
  /** DAC 5-digit purpose codes (sector vocabulary 1). */
  sectors: z.array(ruleEntry).optional(),
  /** DAC 3-digit categories (sector vocabulary 2, and the category of each 5-digit code). */
  sectorCategories: z.array(ruleEntry).optional(),
  sdgGoals: z.array(ruleEntry).optional(),
  sdgTargets: z.array(ruleEntry).optional(),
  /** OECD DAC policy markers (policy-marker vocabulary 1). */
  policyMarkers: z.array(ruleEntry).optional(),
});

export const themeSchema = z.strictObject({
  id: themeId,
  labels: z.strictObject({ en: z.string().min(1), fr: z.string().min(1), es: z.string().min(1) }),
  uhriThemes: z.array(z.string().min(1)),
  rules: themeRulesSchema,
});

const significanceWeight = z.number().min(0).max(1);

export const themesFileSchema = z.strictObject({
  version: z.literal(1),
  about: z.string().optional(),
  /** Weight of a policy marker by IATI PolicySignificance code; codes absent here contribute nothing. */
  policyMarkerSignificanceWeights: z.record(z.string(), significanceWeight),
  themes: z.array(themeSchema).min(1),
});

export const mandateSchema = z.strictObject({
  /** Organisation identifier (XM-DAC-…), see data/organisations.json. */
  organisation: z.string().min(1),
  acronym: z.string().min(1),
  /** Theme ids, or "*" for a universal mandate (all themes, coordinating role). */
  themes: z.union([z.literal('*'), z.array(themeId).min(1)]),
  basis: z.string().optional(),
});

export const mandatesFileSchema = z.strictObject({
  version: z.literal(1),
  about: z.string().optional(),
  mandates: z.array(mandateSchema),
});

export type ThemesFile = z.output<typeof themesFileSchema>;
export type MandatesFile = z.output<typeof mandatesFileSchema>;
export type ThemeRuleEntry = { code: string; weight: number };
