import type { Db } from 'mongodb';
import type { ActivitySnapshot, CoverageReport } from '../analysis';
import type { CountryLabel, OrgLabel, PresenceLayerRow, ReportActivity, ThemeLabel } from '../report/overlap-report.model';
import { PRESENCES } from './presence.model';

/** Acronyms (else names) of the 3W organisations among `refs`, for report labels. */
export async function presenceOrganisationLabels(db: Db, refs: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(refs.filter((r) => r.includes('-3W-')))];
  if (wanted.length === 0) return new Map();
  const docs = await db
    .collection(PRESENCES)
    .find({ 'organisation.ref': { $in: wanted } }, { projection: { 'organisation.ref': 1, 'organisation.acronym': 1, 'organisation.name': 1 } })
    .toArray();
  const labels = new Map<string, string>();
  for (const d of docs) {
    const o = d.organisation as { ref: string; acronym: string | null; name: string | null };
    if (!labels.has(o.ref)) labels.set(o.ref, o.acronym ?? o.name ?? o.ref);
  }
  return labels;
}

/** A 3W side of an overlap as a report shows it: the organisation's presence, where, when. */
export function presenceSide(s: ActivitySnapshot, org: (ref: string) => OrgLabel): ReportActivity {
  const places = s.places ?? [];
  return {
    iatiIdentifier: 'OCHA 3W presence',
    title: `Operational presence in ${places.length} place(s): ${places.slice(0, 3).join(', ')}${places.length > 3 ? ', …' : ''}`,
    organisation: org(s.organisation),
    period: { start: s.period.start, end: s.period.end },
    status: null,
    source: '3W',
  };
}

/** The 3W layer per country × theme from coverage grouped by country, theme and organisation. Pure. */
export function presenceLayer(
  coverage: CoverageReport,
  countryLabel: (code: string) => CountryLabel,
  themeLabel: (id: string) => ThemeLabel,
  org: (ref: string) => OrgLabel,
): { records: number; rows: PresenceLayerRow[] } {
  const cells = new Map<string, { country: string; themeId: string; byOrg: Map<string, number> }>();
  for (const r of coverage.rows) {
    if (r.presenceCount === 0 || !r.country || !r.themeId || !r.organisation) continue;
    const key = `${r.country}|${r.themeId}`;
    const cell = cells.get(key) ?? { country: r.country, themeId: r.themeId, byOrg: new Map<string, number>() };
    cell.byOrg.set(r.organisation, (cell.byOrg.get(r.organisation) ?? 0) + r.presenceCount);
    cells.set(key, cell);
  }
  const rows = [...cells.values()]
    .map((c) => ({
      country: countryLabel(c.country),
      theme: themeLabel(c.themeId),
      organisations: c.byOrg.size,
      presences: [...c.byOrg.values()].reduce((a, b) => a + b, 0),
      mostPresent: [...c.byOrg]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 5)
        .map(([ref]) => org(ref)),
    }))
    .sort((a, b) => (a.country.code < b.country.code ? -1 : a.country.code > b.country.code ? 1 : b.presences - a.presences));
  return { records: coverage.totals.presenceCount, rows };
}
