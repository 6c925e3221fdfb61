import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { dataDir } from '../../paths';

/** What a 3W column holds, once recognised. */
export const COLUMN_ROLES = [
  'orgName',
  'orgAcronym',
  'orgType',
  'orgCode',
  'clusterCode',
  'clusterName',
  'adm1Code',
  'adm1Name',
  'adm2Code',
  'adm2Name',
  'countryCode',
  'countryName',
  'dateStart',
  'dateEnd',
  'date',
  'status',
  'activity',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

const role = z.enum([...COLUMN_ROLES, 'ignored']);

const headerMapSchema = z.object({
  about: z.string(),
  hxl: z.array(z.object({ tag: z.string().regex(/^#[a-z0-9_]+$/), with: z.array(z.string().regex(/^\+[a-z0-9_]+$/)), role })),
  headers: z.partialRecord(z.enum(COLUMN_ROLES), z.array(z.string().min(1))),
  ignored: z.array(z.string()),
});

const clusterMapSchema = z.object({
  about: z.string(),
  localNames: z.record(z.string(), z.array(z.string())),
  themes: z.record(z.string(), z.object({ themes: z.array(z.string()), note: z.string().optional() })),
});

const aliasesSchema = z.object({
  about: z.string(),
  organisations: z.array(z.object({ ref: z.string().min(1), acronyms: z.array(z.string()), names: z.array(z.string()), basis: z.string().min(1) })),
});

const synonymsSchema = z.record(z.string(), z.object({ name: z.string(), synonyms: z.array(z.string()) }));

export type HeaderMap = z.infer<typeof headerMapSchema>;
export type OrganisationAliases = z.infer<typeof aliasesSchema>['organisations'];

/** One of OCHA's global clusters or areas of responsibility. */
export interface GlobalCluster {
  /** HRinfo id, e.g. "7" (Health). */
  id: string;
  name: string;
  acronym: string;
  /** Concord theme ids; empty: no human-rights theme. */
  themeIds: string[];
}

/** The 3W mapping data, validated: header map, clusters, organisation aliases, ISO alpha-3 codes. */
export interface ThreewVocabulary {
  headerMap: HeaderMap;
  clusters: ReadonlyMap<string, GlobalCluster>;
  /** Normalised cluster name, acronym or code → HRinfo id. */
  clusterByName: ReadonlyMap<string, string>;
  aliases: OrganisationAliases;
  /** ISO 3166 alpha-3 → alpha-2. */
  alpha2ByAlpha3: ReadonlyMap<string, string>;
  /** Every ISO alpha-2 country code. */
  alpha2: ReadonlySet<string>;
}

/** Lower case, '&' as 'and', punctuation as single spaces: how names are compared. */
export function normaliseName(value: string): string {
  return value
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));

function parsed<T>(schema: z.ZodType<T>, file: string): T {
  const result = schema.safeParse(readJson(file));
  if (!result.success) throw new Error(`data/${file} is invalid: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

/** Reads and checks the mapping data in data/3w (and the country codes in data/codelists). */
export function loadThreewVocabulary(): ThreewVocabulary {
  const headerMap = parsed(headerMapSchema, '3w/header-map.json');
  const clusterMap = parsed(clusterMapSchema, '3w/cluster-map.json');
  const synonyms = parsed(synonymsSchema, '3w/humanitarian-cluster-map.json');
  const aliases = parsed(aliasesSchema, '3w/organisation-aliases.json').organisations;
  const groups = parse(readFileSync(path.join(dataDir, '3w/global_coordination_groups_beta.csv'), 'utf8'), { bom: true, from_line: 3, relax_column_count: true }) as string[][];
  const alpha3 = (readJson('codelists/iso3166-alpha3.json') as { alpha3: Record<string, string> }).alpha3;

  const clusters = new Map<string, GlobalCluster>();
  const clusterByName = new Map<string, string>();
  const name = (key: string, id: string) => {
    const k = normaliseName(key);
    if (k && !clusterByName.has(k)) clusterByName.set(k, id);
  };
  for (const [id, preferred, , acronym] of groups) {
    if (!id || !preferred) continue;
    clusters.set(id, { id, name: preferred, acronym: acronym ?? '', themeIds: clusterMap.themes[id]?.themes ?? [] });
    name(preferred, id);
    name(acronym ?? '', id);
  }
  for (const [id, entry] of Object.entries(synonyms)) {
    name(entry.name, id);
    entry.synonyms.forEach((s) => name(s, id));
  }
  for (const [id, names] of Object.entries(clusterMap.localNames)) names.forEach((n) => name(n, id));
  for (const id of [...Object.keys(clusterMap.localNames), ...Object.keys(clusterMap.themes)]) {
    if (!clusters.has(id)) throw new Error(`data/3w/cluster-map.json names cluster ${id}, which is not in global_coordination_groups_beta.csv`);
  }
  return {
    headerMap,
    clusters,
    clusterByName,
    aliases,
    alpha2ByAlpha3: new Map(Object.entries(alpha3)),
    alpha2: new Set(Object.values(alpha3)),
  };
}

let cached: ThreewVocabulary | undefined;

/** The vocabulary, read once per process. */
export function threewVocabulary(): ThreewVocabulary {
  return (cached ??= loadThreewVocabulary());
}
