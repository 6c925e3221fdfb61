import type { QueryResolvers, Resolvers } from '../../__generated__/graphql';
import { concordError } from '../../errors';
import { UNCLASSIFIED_THEME_ID } from '../analysis';
import { currentTaxonomy } from '../theme/taxonomy';
import { filterProblems } from '../validation/filter-values';
import type { PresenceRecord } from './presence.service';

const knownTheme = (id: string) => id === UNCLASSIFIED_THEME_ID || currentTaxonomy().themeById.has(id);

const presences: NonNullable<QueryResolvers['presences']> = (_, { filter, first, after }, ctx) => {
  const problems = filterProblems(filter, { countries: ['country'], themes: ['theme'], organisations: ['organisation'] }, knownTheme);
  if (problems.length > 0) throw concordError('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { field: problems[0]!.field, problems });
  return ctx.services.presences.page(filter, first, after);
};

const present = <T>(values: readonly (T | null | Error)[]): T[] => values.filter((v): v is T => v !== null && !(v instanceof Error));

export const presenceResolvers: Resolvers = {
  Query: { presences },
  Presence: {
    organisation: (p: PresenceRecord) => ({ ref: p.organisation.ref, name: p.organisation.name ?? p.organisation.acronym, type: null }),
    organisationAcronym: (p) => p.organisation.acronym,
    organisationType: (p) => p.organisation.type,
    organisationIdentified: (p) => p.organisation.matched,
    themes: (p) => p.themeIds.map((id) => currentTaxonomy().themeById.get(id)).filter((t) => t !== undefined),
    provenance: (p) => ({ ...p.provenance, fileModified: p.provenance.fileModified ?? null, importedAt: new Date(p.provenance.importedAt).toISOString() }),
  },
  OrgReference: {
    acronym: async (org, _, ctx) => {
      if (!org.ref) return null;
      if (org.ref.includes('-3W-')) {
        const seen = await ctx.services.presences.organisationByRef.load(org.ref);
        return seen?.acronym ?? seen?.name ?? null;
      }
      return (await ctx.loaders.organisationByRef.load(org.ref))?.acronym ?? null;
    },
  },
  ImportRun: {
    unmatchedOrganisations: (run) => run.unmatchedOrganisations ?? [],
  },
  OverlapSide: {
    origin: (side) => side.origin,
    presences: async (side, _, ctx) => present(await ctx.services.presences.byId.loadMany(side.presenceIds)),
  },
  GapPresence: {
    origin: (p) => p.origin,
  },
  CoverageRow: {
    presenceCount: (row) => row.presenceCount,
  },
  Coverage: {
    totalPresences: (c) => c.totals.presenceCount,
  },
};
