import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { dataDir } from '../../paths';
import { mandatesFileSchema, themesFileSchema, type MandatesFile, type ThemesFile } from './taxonomy.schema';

/** A theme's contribution from one rule: the theme and the rule's weight in (0, 1]. */
export interface ThemeRef {
  themeId: string;
  weight: number;
}

export interface Theme {
  id: string;
  labels: { en: string; fr: string; es: string };
  uhriThemes: readonly string[];
}

export interface Mandate {
  organisation: string;
  acronym: string;
  /** True for "*": mandated for every theme, with a coordinating role (OHCHR). */
  universal: boolean;
  /** Theme ids of a specific mandate; empty when universal. */
  themes: ReadonlySet<string>;
  basis: string | null;
}

export interface MandateTable {
  byOrganisation: ReadonlyMap<string, Mandate>;
  /** Organisations holding a universal mandate, in file order. */
  universal: readonly string[];
  /** Theme id → organisations holding a specific mandate for it, in file order. */
  specificByTheme: ReadonlyMap<string, readonly string[]>;
}

/** Rule tables keyed by code (SDG codes upper-cased, see sdgKey). */
export interface ThemeRuleTables {
  sector: ReadonlyMap<string, readonly ThemeRef[]>;
  sectorCategory: ReadonlyMap<string, readonly ThemeRef[]>;
  sdgGoal: ReadonlyMap<string, readonly ThemeRef[]>;
  sdgTarget: ReadonlyMap<string, readonly ThemeRef[]>;
  policyMarker: ReadonlyMap<string, readonly ThemeRef[]>;
}

/** The validated theme taxonomy and mandate table, with lookup maps. Immutable once built. */
export interface Taxonomy {
  version: 1;
  themes: readonly Theme[];
  themeById: ReadonlyMap<string, Theme>;
  rules: ThemeRuleTables;
  /** PolicySignificance code → weight; significances absent from the map give no theme. */
  significanceWeights: ReadonlyMap<string, number>;
  /** Normalised UHRI theme name (see uhriKey) → theme ids. */
  themesByUhriName: ReadonlyMap<string, readonly string[]>;
  mandates: MandateTable;
}

/** One invalid field: `path` is like `themes[3].rules.sectors[0].weight`. */
export interface TaxonomyIssue {
  path: string;
  message: string;
}

/** Thrown when data/themes.json or data/mandates.json is invalid; the message names file and field. */
export class TaxonomyFileError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly TaxonomyIssue[],
  ) {
    super(`${file} is invalid:\n` + issues.map((i) => `  ${file}: ${i.path || '(root)'}: ${i.message}`).join('\n'));
    this.name = 'TaxonomyFileError';
  }
}

/** SDG goal/target codes compare upper-cased and trimmed ("16.a" and "16.A" are one target). */
export const sdgKey = (code: string): string => code.trim().toUpperCase();

/** UHRI theme names compare case-insensitively with collapsed white space. */
export const uhriKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

export interface TaxonomySources {
  /** Names used in error messages. */
  themesFile?: string;
  mandatesFile?: string;
}

/** Reads and validates data/themes.json and data/mandates.json (or the given files). */
export function loadTaxonomy(files: { themes?: string; mandates?: string } = {}): Taxonomy {
  const themesPath = files.themes ?? path.join(dataDir, 'themes.json');
  const mandatesPath = files.mandates ?? path.join(dataDir, 'mandates.json');
  return buildTaxonomy(readJson(themesPath), readJson(mandatesPath), {
    themesFile: displayName(themesPath),
    mandatesFile: displayName(mandatesPath),
  });
}

/** Validates the two parsed documents and builds the lookup maps. Pure. */
export function buildTaxonomy(themesDoc: unknown, mandatesDoc: unknown, sources: TaxonomySources = {}): Taxonomy {
  const themesFile = sources.themesFile ?? 'data/themes.json';
  const mandatesFile = sources.mandatesFile ?? 'data/mandates.json';
  const themes = parseOrThrow(themesFileSchema, themesDoc, themesFile);
  const mandates = parseOrThrow(mandatesFileSchema, mandatesDoc, mandatesFile);

  const themeById = new Map<string, Theme>();
  const duplicateThemes: TaxonomyIssue[] = [];
  themes.themes.forEach((t, i) => {
    if (themeById.has(t.id)) duplicateThemes.push({ path: `themes[${i}].id`, message: `duplicate theme id "${t.id}"` });
    themeById.set(t.id, { id: t.id, labels: t.labels, uhriThemes: t.uhriThemes });
  });
  if (duplicateThemes.length > 0) throw new TaxonomyFileError(themesFile, duplicateThemes);

  return {
    version: 1,
    themes: [...themeById.values()],
    themeById,
    rules: buildRuleTables(themes),
    significanceWeights: new Map(Object.entries(themes.policyMarkerSignificanceWeights)),
    themesByUhriName: buildUhriIndex(themes),
    mandates: buildMandateTable(mandates, themeById, mandatesFile),
  };
}

function buildRuleTables(doc: ThemesFile): ThemeRuleTables {
  const tables = {
    sector: new Map<string, ThemeRef[]>(),
    sectorCategory: new Map<string, ThemeRef[]>(),
    sdgGoal: new Map<string, ThemeRef[]>(),
    sdgTarget: new Map<string, ThemeRef[]>(),
    policyMarker: new Map<string, ThemeRef[]>(),
  };
  const add = (table: Map<string, ThemeRef[]>, key: string, ref: ThemeRef) => {
    const list = table.get(key) ?? [];
    list.push(ref);
    table.set(key, list);
  };
  for (const theme of doc.themes) {
    const r = theme.rules;
    for (const e of r.sectors ?? []) add(tables.sector, e.code, { themeId: theme.id, weight: e.weight });
    for (const e of r.sectorCategories ?? []) add(tables.sectorCategory, e.code, { themeId: theme.id, weight: e.weight });
    for (const e of r.sdgGoals ?? []) add(tables.sdgGoal, sdgKey(e.code), { themeId: theme.id, weight: e.weight });
    for (const e of r.sdgTargets ?? []) add(tables.sdgTarget, sdgKey(e.code), { themeId: theme.id, weight: e.weight });
    for (const e of r.policyMarkers ?? []) add(tables.policyMarker, e.code, { themeId: theme.id, weight: e.weight });
  }
  return tables;
}

function buildUhriIndex(doc: ThemesFile): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const theme of doc.themes) {
    for (const name of theme.uhriThemes) {
      const ids = index.get(uhriKey(name)) ?? [];
      if (!ids.includes(theme.id)) ids.push(theme.id);
      index.set(uhriKey(name), ids);
    }
  }
  return index;
}

function buildMandateTable(doc: MandatesFile, themeById: ReadonlyMap<string, Theme>, file: string): MandateTable {
  const issues: TaxonomyIssue[] = [];
  const byOrganisation = new Map<string, Mandate>();
  const universal: string[] = [];
  const specificByTheme = new Map<string, string[]>();
  doc.mandates.forEach((m, i) => {
    if (byOrganisation.has(m.organisation)) {
      issues.push({ path: `mandates[${i}].organisation`, message: `duplicate organisation "${m.organisation}"` });
    }
    const isUniversal = m.themes === '*';
    const themes = new Set<string>(m.themes === '*' ? [] : m.themes);
    if (m.themes !== '*') {
      m.themes.forEach((id, j) => {
        if (!themeById.has(id)) issues.push({ path: `mandates[${i}].themes[${j}]`, message: `unknown theme id "${id}" (not in themes.json)` });
        const orgs = specificByTheme.get(id) ?? [];
        if (!orgs.includes(m.organisation)) orgs.push(m.organisation);
        specificByTheme.set(id, orgs);
      });
    } else {
      universal.push(m.organisation);
    }
    byOrganisation.set(m.organisation, { organisation: m.organisation, acronym: m.acronym, universal: isUniversal, themes, basis: m.basis ?? null });
  });
  if (issues.length > 0) throw new TaxonomyFileError(file, issues);
  return { byOrganisation, universal, specificByTheme };
}

/** True when `organisation` holds a universal mandate or a specific one for `themeId`. */
export function isMandated(table: MandateTable, organisation: string, themeId: string): boolean {
  const mandate = table.byOrganisation.get(organisation);
  return mandate !== undefined && (mandate.universal || mandate.themes.has(themeId));
}

/** Theme ids a UHRI theme name maps onto; empty when the name is not in the taxonomy. */
export function themesForUhriName(taxonomy: Taxonomy, name: string): readonly string[] {
  return taxonomy.themesByUhriName.get(uhriKey(name)) ?? [];
}

function parseOrThrow<S extends z.ZodType>(schema: S, doc: unknown, file: string): z.output<S> {
  const result = schema.safeParse(doc);
  if (result.success) return result.data;
  throw new TaxonomyFileError(
    file,
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
}

function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${String(s)}`))
    .join('');
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TaxonomyFileError(displayName(file), [{ path: '', message: (error as Error).message }]);
  }
}

function displayName(file: string): string {
  const relative = path.relative(path.dirname(dataDir), file);
  return relative.startsWith('..') ? file : relative;
}
