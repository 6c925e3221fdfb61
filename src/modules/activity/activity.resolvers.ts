import type { ActivityResolvers, QueryResolvers, Resolvers } from '../../__generated__/graphql';
import { codeName } from '../../codelists/codelists';
import { countryDisplayName } from '../../codelists/readable-name';
import { badInput } from '../../errors';
import { decimalAmount, roundToMinorUnit } from '../analysis';
import { checkedFilter } from '../validation/filter-guard';
import { pickNarrative } from './activity.derived';

const activity: NonNullable<QueryResolvers['activity']> = async (_, { id, iatiIdentifier }, ctx) => {
  if (id) return ctx.loaders.activityById.load(id);
  if (iatiIdentifier) return ctx.services.activities.byIatiIdentifier(iatiIdentifier);
  throw badInput('activity', 'give `id` or `iatiIdentifier`');
};

const activities: NonNullable<QueryResolvers['activities']> = (_, args, ctx) =>
  ctx.services.activities.page({ ...args, filter: checkedFilter('ActivityFilter', args.filter) });

const Activity: ActivityResolvers = {
  title: (a, { lang }) => pickNarrative(a.titles, lang, a.defaultLang),
  description: (a, { lang }) =>
    pickNarrative(
      a.descriptions.filter((d) => d.type === null || d.type === '1'),
      lang,
      a.defaultLang,
    ),
  statusName: (a, { lang }) => (a.status ? codeName('ActivityStatus', a.status, lang ?? 'en') : null),
  lastUpdated: (a) => a.lastUpdated,
  locations: (a) => a.locations.map((l) => ({ name: l.name, lat: l.point?.lat ?? null, lng: l.point?.lng ?? null })),
  source: (a) => ({
    name: a.provenance.source,
    file: a.provenance.file,
    importedAt: new Date(a.provenance.importedAt).toISOString(),
    lastUpdated: a.provenance.lastUpdated,
    hash: a.provenance.contentHash,
    importRunId: a.provenance.importRunId,
  }),
};

export const activityResolvers: Resolvers = {
  Query: { activity, activities },
  Activity,
  OrgReference: {
    name: async (org, _, ctx) => org.name ?? (org.ref ? ((await ctx.loaders.organisationByRef.load(org.ref))?.name ?? null) : null),
    organisation: (org, _, ctx) => (org.ref ? ctx.loaders.organisationByRef.load(org.ref) : null),
  },
  Money: {
    value: (m) => roundToMinorUnit(m.value, m.currency),
    amount: decimalAmount,
  },
  ParticipatingOrg: {
    roleName: (p, { lang }) => (p.role !== null && p.role !== undefined ? codeName('OrganisationRole', String(p.role), lang ?? 'en') : null),
  },
  CountryShare: { name: (c, { lang }) => countryDisplayName(c.code, lang) },
  RegionShare: { name: (r, { lang }) => (r.vocabulary === '1' ? codeName('Region', r.code, lang ?? 'en') : null) },
  SectorShare: {
    name: (s, { lang }) => {
      const l = lang ?? 'en';
      switch (s.vocabulary) {
        case '1':
          return codeName('Sector', s.code, l);
        case '2':
          return codeName('SectorCategory', s.code, l);
        case '7':
          return codeName('UNSDG-Goals', s.code, l);
        case '8':
          return codeName('UNSDG-Targets', s.code, l);
        default:
          return null;
      }
    },
  },
  PolicyMarker: { name: (p, { lang }) => (p.vocabulary === '1' ? codeName('PolicyMarker', p.code, lang ?? 'en') : null) },
};
