import type { Db, Document } from 'mongodb';
import { codeName } from '../../src/codelists/codelists';
import { pickNarrative } from '../../src/modules/activity/activity.derived';
import { toGlobalId } from '../../src/modules/node/global-id';
import { activityThemeDerivations, currentTaxonomy } from '../../src/modules/theme/taxonomy';
import { encodeCursor } from '../../src/pagination/cursor';

/**
 * The baseline of the API benchmark's country page: the JSON `data` of COUNTRY_PAGE (query.ts)
 * for an anonymous caller, written by hand against the driver — one find, one count, one
 * organisation lookup and one count aggregation, no GraphQL, no ORM. Uses Concord's pure
 * functions for what the schema derives (title choice, themes, country names, cursors, global ids), so that
 * both answers hash the same.
 */
const PROJECTION = {
  iatiIdentifier: 1, titles: 1, defaultLang: 1, status: 1, reportingOrg: 1, participatingOrgs: 1, recipientCountries: 1,
  sectors: 1, sdgGoals: 1, sdgTargets: 1, policyMarkers: 1,
};

interface OrgRef {
  ref: string | null;
  name: string | null;
}

export async function rawCountryPage(db: Db, country: string, first: number): Promise<unknown> {
  const activities = db.collection('activities');
  const match = { mirrorState: 'ACTIVE', 'recipientCountries.code': country, restricted: false };
  const [docs, totalCount] = await Promise.all([
    activities.find(match, { projection: PROJECTION }).sort({ _id: 1 }).limit(first + 1).toArray(),
    activities.countDocuments(match),
  ]);
  const page = docs.slice(0, first);
  const refs = [...new Set(page.flatMap((d) => [d.reportingOrg as OrgRef, ...(d.participatingOrgs as OrgRef[])].map((o) => o.ref).filter((r): r is string => !!r)))];
  const codes = [...new Set(page.flatMap((d) => (d.recipientCountries as { code: string }[]).map((c) => c.code)))];
  const [orgs, counts] = await Promise.all([
    refs.length > 0 ? db.collection('organisations').find({ ref: { $in: refs } }).toArray() : [],
    codes.length > 0
      ? activities
          .aggregate<{ _id: string; n: number }>([
            { $match: { mirrorState: 'ACTIVE', restricted: false, 'recipientCountries.code': { $in: codes } } },
            { $unwind: '$recipientCountries' },
            { $match: { 'recipientCountries.code': { $in: codes } } },
            { $group: { _id: { code: '$recipientCountries.code', activity: '$_id' } } },
            { $group: { _id: '$_id.code', n: { $sum: 1 } } },
          ])
          .toArray()
      : [],
  ]);
  const orgByRef = new Map(orgs.map((o) => [o.ref as string, o]));
  const countOf = new Map(counts.map((c) => [c._id, c.n]));
  const themeById = currentTaxonomy().themeById;
  const cursorOf = (d: Document) => encodeCursor({ key: 'DEFAULT', value: String(d._id), id: String(d._id) });
  const edges = page.map((d) => {
    const reporting = d.reportingOrg as OrgRef;
    const reportingOrganisation = reporting.ref ? orgByRef.get(reporting.ref) : undefined;
    return {
      cursor: cursorOf(d),
      node: {
        id: toGlobalId('Activity', String(d._id)),
        iatiIdentifier: d.iatiIdentifier,
        title: pickNarrative(d.titles, null, d.defaultLang ?? null),
        status: d.status ?? null,
        reportingOrg: {
          ref: reporting.ref,
          name: reporting.name ?? reportingOrganisation?.name ?? null,
          organisation: reportingOrganisation ? { acronym: reportingOrganisation.acronym ?? null, name: reportingOrganisation.name ?? null } : null,
        },
        participatingOrgs: (d.participatingOrgs as (OrgRef & { role: number | null })[]).map((p) => {
          const organisation = p.ref ? orgByRef.get(p.ref) : undefined;
          return { role: p.role ?? null, ref: p.ref ?? null, name: p.name ?? null, organisation: organisation ? { acronym: organisation.acronym ?? null } : null };
        }),
        recipientCountries: (d.recipientCountries as { code: string; percentage: number | null }[]).map((c) => {
          const name = codeName('Country', c.code, 'en');
          return { code: c.code, percentage: c.percentage ?? null, country: name === null ? null : { code: c.code, name, activityCount: countOf.get(c.code) ?? 0 } };
        }),
        themes: activityThemeDerivations(d as never)
          .filter((t) => themeById.has(t.themeId))
          .map((t) => ({ theme: { id: t.themeId, label: themeById.get(t.themeId)!.labels.en }, via: t.via, weight: t.weight })),
      },
    };
  });
  return {
    activities: {
      totalCount,
      pageInfo: { hasNextPage: docs.length > first, endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null },
      edges,
    },
  };
}
