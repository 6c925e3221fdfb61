import type { CountryProfiles, Region } from './country-profile';
import type { ExpertRecord } from './register.model';

/**
 * The roster of experts as it is reported each year (para 13): who joined, who left, and how the
 * roster stands at the end of the year, counted by theme, region and nationality group. The
 * counts are what anyone may see; names need a role that may read experts' details. Pure.
 */

/** Experts of one nationality group: the region of their nationality, developing country or not. */
export interface NationalityGroup {
  region: Region | null;
  developingCountry: boolean;
}

export interface RosterCounts {
  total: number;
  /** Experts per theme, most first; an expert counts once under each of their themes. */
  byTheme: { themeId: string; count: number }[];
  /** Experts per region of experience (given, or of their countries of experience), most first. */
  byRegion: { region: Region; count: number }[];
  /** Experts per nationality group, most first. */
  byNationalityGroup: (NationalityGroup & { count: number })[];
}

export interface RosterYear {
  year: number;
  /** Joined the roster that year (roster year), by name. */
  additions: ExpertRecord[];
  /** Left the roster that year, by name. */
  removals: ExpertRecord[];
  /** On the roster on 31 December of that year. */
  counts: RosterCounts;
}

const byCount = <T extends { count: number }>(key: (x: T) => string) => (a: T, b: T) => b.count - a.count || key(a).localeCompare(key(b));

/** The regions an expert has experience of: those given and those of their countries of experience. */
export function experienceRegions(expert: Pick<ExpertRecord, 'regions' | 'countries'>, profiles: CountryProfiles): Region[] {
  return [...new Set([...expert.regions, ...expert.countries.map((c) => profiles.get(c)?.region).filter((r): r is Region => r !== undefined)])];
}

export function nationalityGroupOf(nationality: string, profiles: CountryProfiles): NationalityGroup {
  const profile = profiles.get(nationality);
  return { region: profile?.region ?? null, developingCountry: profile?.developing ?? false };
}

export function rosterCounts(experts: readonly ExpertRecord[], profiles: CountryProfiles): RosterCounts {
  const themes = new Map<string, number>();
  const regions = new Map<Region, number>();
  const groups = new Map<string, NationalityGroup & { count: number }>();
  for (const e of experts) {
    for (const t of e.themes) themes.set(t, (themes.get(t) ?? 0) + 1);
    for (const r of experienceRegions(e, profiles)) regions.set(r, (regions.get(r) ?? 0) + 1);
    const group = nationalityGroupOf(e.nationality, profiles);
    const key = `${group.region ?? ''}/${group.developingCountry}`;
    const entry = groups.get(key) ?? { ...group, count: 0 };
    entry.count++;
    groups.set(key, entry);
  }
  return {
    total: experts.length,
    byTheme: [...themes].map(([themeId, count]) => ({ themeId, count })).sort(byCount((x) => x.themeId)),
    byRegion: [...regions].map(([region, count]) => ({ region, count })).sort(byCount((x) => x.region)),
    byNationalityGroup: [...groups.values()].sort(byCount((x) => `${x.region ?? '~'}/${x.developingCountry ? 0 : 1}`)),
  };
}

/** Whether the expert is on the roster on `day` (YYYY-MM-DD): joined in or before its year, not removed by then. */
export function onRosterOn(expert: Pick<ExpertRecord, 'rosterYear' | 'removedOn'>, day: string): boolean {
  return expert.rosterYear <= Number(day.slice(0, 4)) && (expert.removedOn === null || expert.removedOn > day);
}

const byName = (a: ExpertRecord, b: ExpertRecord) => a.name.localeCompare(b.name, 'en') || a.identifier.localeCompare(b.identifier);

export function rosterOfYear(experts: readonly ExpertRecord[], year: number, profiles: CountryProfiles): RosterYear {
  const yearEnd = `${year}-12-31`;
  return {
    year,
    additions: experts.filter((e) => e.rosterYear === year).sort(byName),
    removals: experts.filter((e) => e.removedOn !== null && e.removedOn.startsWith(`${year}-`)).sort(byName),
    counts: rosterCounts(experts.filter((e) => onRosterOn(e, yearEnd)), profiles),
  };
}
