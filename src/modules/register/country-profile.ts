import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../../paths';

/** The five regions the registers group countries by (UN M49 macro-regions). */
export const REGIONS = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'] as const;
export type Region = (typeof REGIONS)[number];

/** What the registers need to know of a country: its region, whether it is a developing country, its languages. */
export interface CountryProfile {
  region: Region;
  /** Developing country in the UN M49 convention (every country but Europe, Northern America, Japan, Australia and New Zealand). */
  developing: boolean;
  /** ISO 639-1 codes, lower case, most used first. */
  languages: string[];
}

export type CountryProfiles = ReadonlyMap<string, CountryProfile>;

let profiles: CountryProfiles | undefined;

/** data/registers/country-profiles.json, read once; keys are ISO 3166-1 alpha-2 codes, upper case. */
export function countryProfiles(): CountryProfiles {
  if (!profiles) {
    const file = JSON.parse(readFileSync(path.join(dataDir, 'registers', 'country-profiles.json'), 'utf8')) as { countries: Record<string, CountryProfile> };
    profiles = new Map(Object.entries(file.countries).filter(([, p]) => (REGIONS as readonly string[]).includes(p.region)));
  }
  return profiles;
}

export const isRegion = (value: string): value is Region => (REGIONS as readonly string[]).includes(value);
