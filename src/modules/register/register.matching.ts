import type { CountryProfiles, Region } from './country-profile';
import type { ExpertRecord, InstitutionRecord } from './register.model';

/**
 * Who could act on a gap: experts of the roster and institutions of the compendium ranked for a
 * gap's countries, themes and languages. Pure: the registers and country profiles come in.
 *
 * Only candidates sharing at least one theme with the gap are listed; experts removed from the
 * roster or UNAVAILABLE, and institutions removed from the compendium, are left out. The order is
 * lexicographic, in the order the resolution's programme gives the criteria:
 *   1. theme match: more of the gap's themes covered first;
 *   2. language: speaks (works in) one of the gap's languages first;
 *   3. place: experience in (or located in) one of the gap's countries, then in one of its regions;
 *   4. developing-country expertise first (para 11): experts from, and institutions in, developing countries;
 *   5. experts AVAILABLE before LIMITED; then name and identifier, so the order is stable.
 */

export interface GapNeed {
  countries: readonly string[];
  themeIds: readonly string[];
  /** ISO 639-1; empty: the languages of the gap's countries. */
  languages: readonly string[];
}

export type MatchReasonKind = 'THEME' | 'LANGUAGE' | 'COUNTRY' | 'REGION' | 'DEVELOPING_COUNTRY';

export interface MatchReason {
  kind: MatchReasonKind;
  /** What matched: theme ids, language codes, country codes or regions. */
  values: string[];
  /** One sentence for a meeting. */
  text: string;
}

export type Place = 'COUNTRY' | 'REGION' | null;

export interface RegisterMatch<T> {
  candidate: T;
  /** 1 for the best. */
  rank: number;
  themeIds: string[];
  languages: string[];
  place: Place;
  developingCountry: boolean;
  reasons: MatchReason[];
}

export interface MatchContext {
  profiles: CountryProfiles;
  /** Theme id → label, for the reasons' text. */
  themeLabel: (id: string) => string;
  /** Country code → name, for the reasons' text. */
  countryName: (code: string) => string;
  /** ISO 639-1 code → language name, for the reasons' text. */
  languageName: (code: string) => string;
}

const REGION_WORDS: Record<Region, string> = { AFRICA: 'Africa', AMERICAS: 'the Americas', ASIA: 'Asia', EUROPE: 'Europe', OCEANIA: 'Oceania' };

interface Facts {
  themeIds: string[];
  languages: string[];
  countries: string[];
  regions: string[];
  place: Place;
  developingCountry: boolean;
  availabilityRank: number;
  name: string;
  identifier: string;
}

/** The languages a gap asks for: those given, else those of its countries. */
export function gapLanguages(need: GapNeed, profiles: CountryProfiles): string[] {
  if (need.languages.length > 0) return [...new Set(need.languages.map((l) => l.toLowerCase()))];
  return [...new Set(need.countries.flatMap((c) => profiles.get(c)?.languages ?? []))];
}

const regionsOf = (countries: readonly string[], profiles: CountryProfiles): Region[] =>
  [...new Set(countries.map((c) => profiles.get(c)?.region).filter((r): r is Region => r !== undefined))];

const intersect = (a: readonly string[], b: ReadonlySet<string>): string[] => a.filter((x) => b.has(x));

const collator = new Intl.Collator('en');

function compareFacts(a: Facts, b: Facts): number {
  const placeRank = (p: Place) => (p === 'COUNTRY' ? 2 : p === 'REGION' ? 1 : 0);
  return (
    b.themeIds.length - a.themeIds.length ||
    Number(b.languages.length > 0) - Number(a.languages.length > 0) ||
    placeRank(b.place) - placeRank(a.place) ||
    Number(b.developingCountry) - Number(a.developingCountry) ||
    a.availabilityRank - b.availabilityRank ||
    collator.compare(a.name, b.name) ||
    (a.identifier < b.identifier ? -1 : a.identifier > b.identifier ? 1 : 0)
  );
}

function reasonsOf(f: Facts, who: 'expert' | 'institution', ctx: MatchContext): MatchReason[] {
  const list = (items: string[], word: (x: string) => string) => items.map(word).join(', ');
  const reasons: MatchReason[] = [
    { kind: 'THEME', values: f.themeIds, text: `Works on ${list(f.themeIds, ctx.themeLabel)}.` },
  ];
  if (f.languages.length > 0) {
    reasons.push({ kind: 'LANGUAGE', values: f.languages, text: `${who === 'expert' ? 'Speaks' : 'Works in'} ${list(f.languages, ctx.languageName)}.` });
  }
  if (f.place === 'COUNTRY') {
    reasons.push({ kind: 'COUNTRY', values: f.countries, text: `${who === 'expert' ? 'Experience in' : 'Located in'} ${list(f.countries, ctx.countryName)}.` });
  } else if (f.place === 'REGION') {
    reasons.push({ kind: 'REGION', values: f.regions, text: `${who === 'expert' ? 'Experience in' : 'Located in'} ${list(f.regions, (r) => REGION_WORDS[r as Region])}.` });
  }
  if (f.developingCountry) {
    reasons.push({ kind: 'DEVELOPING_COUNTRY', values: [], text: who === 'expert' ? 'Expertise from a developing country.' : 'Institution in a developing country (South-South cooperation).' });
  }
  return reasons;
}

/** A gap's candidates, best first: `total` of them match, `matches` are the first `limit` with their reasons. */
export interface RankedMatches<T> {
  total: number;
  matches: RegisterMatch<T>[];
}

function rank<T>(candidates: { candidate: T; facts: Facts }[], who: 'expert' | 'institution', ctx: MatchContext, limit: number): RankedMatches<T> {
  const sorted = candidates.sort((a, b) => compareFacts(a.facts, b.facts));
  return {
    total: sorted.length,
    matches: sorted.slice(0, limit).map(({ candidate, facts }, i) => ({
      candidate,
      rank: i + 1,
      themeIds: facts.themeIds,
      languages: facts.languages,
      place: facts.place,
      developingCountry: facts.developingCountry,
      reasons: reasonsOf(facts, who, ctx),
    })),
  };
}

const AVAILABILITY_RANK = { AVAILABLE: 0, LIMITED: 1, UNAVAILABLE: 2 } as const;

/** What a candidate brings whatever the gap: worked out once per record, not once per gap. */
interface Profile {
  countries: string[];
  regions: string[];
  languages: string[];
  developingCountry: boolean;
}

const expertProfiles = new WeakMap<ExpertRecord, Profile>();
const institutionProfiles = new WeakMap<InstitutionRecord, Profile>();

function expertProfile(e: ExpertRecord, profiles: CountryProfiles): Profile {
  let profile = expertProfiles.get(e);
  if (!profile) {
    const known = [...new Set([e.nationality, ...e.countries])];
    profile = { countries: known, regions: [...new Set([...e.regions, ...regionsOf(known, profiles)])], languages: e.languages, developingCountry: profiles.get(e.nationality)?.developing ?? false };
    expertProfiles.set(e, profile);
  }
  return profile;
}

function institutionProfile(i: InstitutionRecord, profiles: CountryProfiles): Profile {
  let profile = institutionProfiles.get(i);
  if (!profile) {
    const country = profiles.get(i.country);
    profile = { countries: [i.country], regions: country ? [country.region] : [], languages: i.languages.length > 0 ? i.languages : (country?.languages ?? []), developingCountry: country?.developing ?? false };
    institutionProfiles.set(i, profile);
  }
  return profile;
}

/** The facts of a candidate sharing a theme with the gap; null when it shares none. */
function factsFor(
  need: { themes: ReadonlySet<string>; languages: ReadonlySet<string>; countries: ReadonlySet<string>; regions: ReadonlySet<string> },
  candidate: { themes: readonly string[]; name: string; identifier: string },
  profile: Profile,
  availabilityRank: number,
): Facts | null {
  const themeIds = intersect(candidate.themes, need.themes);
  if (themeIds.length === 0) return null;
  const countries = intersect(profile.countries, need.countries);
  const regions = intersect(profile.regions, need.regions);
  return {
    themeIds,
    languages: intersect(profile.languages, need.languages),
    countries,
    regions,
    place: countries.length > 0 ? 'COUNTRY' : regions.length > 0 ? 'REGION' : null,
    developingCountry: profile.developingCountry,
    availabilityRank,
    name: candidate.name,
    identifier: candidate.identifier,
  };
}

function needOf(need: GapNeed, profiles: CountryProfiles) {
  return {
    themes: new Set(need.themeIds),
    languages: new Set(gapLanguages(need, profiles)),
    countries: new Set(need.countries),
    regions: new Set<string>(regionsOf(need.countries, profiles)),
  };
}

/** Experts of the roster for a gap, best first (see the module comment for the order); reasons for the first `limit`. */
export function rankExperts<T extends ExpertRecord>(need: GapNeed, experts: readonly T[], ctx: MatchContext, limit = Number.POSITIVE_INFINITY): RankedMatches<T> {
  const wanted = needOf(need, ctx.profiles);
  const candidates: { candidate: T; facts: Facts }[] = [];
  for (const e of experts) {
    if (e.removedOn !== null || e.availability === 'UNAVAILABLE') continue;
    const facts = factsFor(wanted, e, expertProfile(e, ctx.profiles), AVAILABILITY_RANK[e.availability]);
    if (facts) candidates.push({ candidate: e, facts });
  }
  return rank(candidates, 'expert', ctx, limit);
}

/** Institutions of the compendium for a gap, best first; reasons for the first `limit`. */
export function rankInstitutions<T extends InstitutionRecord>(need: GapNeed, institutions: readonly T[], ctx: MatchContext, limit = Number.POSITIVE_INFINITY): RankedMatches<T> {
  const wanted = needOf(need, ctx.profiles);
  const candidates: { candidate: T; facts: Facts }[] = [];
  for (const i of institutions) {
    if (i.removedOn !== null) continue;
    const facts = factsFor(wanted, i, institutionProfile(i, ctx.profiles), 0);
    if (facts) candidates.push({ candidate: i, facts });
  }
  return rank(candidates, 'institution', ctx, limit);
}
