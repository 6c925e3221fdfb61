import type { CountryProfiles, Region } from '../country-profile';
import type { ExpertRecord } from '../register.model';
import { rosterOfYear } from '../register.roster';

/** The yearly roster report (para 13), ready for any format: labels resolved, names only when allowed. */
export interface RosterReportModel {
  title: string;
  year: number;
  generatedAt: string;
  /** False: the viewer may not read experts' details, so additions and removals are numbers only. */
  withNames: boolean;
  added: number;
  removed: number;
  onRoster: number;
  /** Empty unless withNames. */
  additions: RosterReportExpert[];
  removals: RosterReportExpert[];
  byTheme: { label: string; count: number }[];
  byRegion: { label: string; count: number }[];
  byNationalityGroup: { label: string; count: number }[];
}

export interface RosterReportExpert {
  identifier: string;
  name: string;
  nationality: string;
  themes: string;
  nominatedBy: string;
  date: string;
}

export const REGION_WORDS: Record<Region, string> = { AFRICA: 'Africa', AMERICAS: 'Americas', ASIA: 'Asia', EUROPE: 'Europe', OCEANIA: 'Oceania' };

export interface RosterLabels {
  themeLabel: (id: string) => string;
  countryName: (code: string) => string;
}

export function buildRosterReport(
  experts: readonly ExpertRecord[],
  year: number,
  opts: { profiles: CountryProfiles; labels: RosterLabels; withNames: boolean; now: Date },
): RosterReportModel {
  const roster = rosterOfYear(experts, year, opts.profiles);
  const { themeLabel, countryName } = opts.labels;
  const row = (e: ExpertRecord, date: string): RosterReportExpert => ({
    identifier: e.identifier,
    name: e.name,
    nationality: countryName(e.nationality),
    themes: e.themes.map(themeLabel).join(', '),
    nominatedBy: e.nominatedBy ? `${countryName(e.nominatedBy.state)} (${e.nominatedBy.date})` : '',
    date,
  });
  return {
    title: `Roster of experts ${year}`,
    year,
    generatedAt: opts.now.toISOString(),
    withNames: opts.withNames,
    added: roster.additions.length,
    removed: roster.removals.length,
    onRoster: roster.counts.total,
    additions: opts.withNames ? roster.additions.map((e) => row(e, String(e.rosterYear))) : [],
    removals: opts.withNames ? roster.removals.map((e) => row(e, e.removedOn ?? '')) : [],
    byTheme: roster.counts.byTheme.map((t) => ({ label: themeLabel(t.themeId), count: t.count })),
    byRegion: roster.counts.byRegion.map((r) => ({ label: REGION_WORDS[r.region], count: r.count })),
    byNationalityGroup: roster.counts.byNationalityGroup.map((g) => ({
      label: `${g.region ? REGION_WORDS[g.region] : 'Other'}, ${g.developingCountry ? 'developing countries' : 'developed countries'}`,
      count: g.count,
    })),
  };
}
