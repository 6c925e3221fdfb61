import type { MutationResolvers, Resolvers } from '../../__generated__/graphql';
import { canEditRegisters, canReadAuditTrail, canReadExpertDetails } from '../../auth/access';
import { badInput, forbidden, notFound } from '../../errors';
import type { Theme } from '../analysis';
import { currentTaxonomy } from '../theme/taxonomy';
import { countryProfiles } from './country-profile';
import { experienceRegions } from './register.roster';
import type { Checked } from './register.rules';
import type { Expert, Institution } from './register.entity';

const DETAILS_ROLES = 'an OHCHR_EDITOR or ADMIN key';
const FORMATS = { HTML: 'html', XLSX: 'xlsx', MD: 'md', CSV: 'csv' } as const;
/** Filters that could narrow the counts down to one person: for those who may read experts' details. */
const PERSONAL_FILTERS = ['nationality', 'country', 'language', 'availability', 'includeRemoved'] as const;

const themesOf = (ids: readonly string[]): Theme[] => ids.map((id) => currentTaxonomy().themeById.get(id)).filter((t): t is Theme => t !== undefined);
const country = (code: string) => ({ code });

function requireDetails(viewer: Parameters<typeof canReadExpertDetails>[0], what: string): void {
  if (!canReadExpertDetails(viewer)) throw forbidden(`${what} is personal data of the roster: it needs ${DETAILS_ROLES}; anyone may read the counts (experts.counts, expertRoster).`);
}

function requireEditor(viewer: Parameters<typeof canEditRegisters>[0], what: string): void {
  if (!canEditRegisters(viewer)) throw forbidden(`${what} needs ${DETAILS_ROLES}.`);
}

const failed = (message: string, outcome: Extract<Checked<unknown>, { ok: false }>) => ({ __typename: 'ValidationFailed' as const, message, fieldErrors: outcome.problems });

const expertResult = (outcome: Checked<Expert> | null, id: string, message: string) => {
  if (outcome === null) throw notFound('Expert', id);
  return outcome.ok ? { __typename: 'ExpertPayload' as const, expert: outcome.value } : failed(message, outcome);
};

const institutionResult = (outcome: Checked<Institution> | null, id: string, message: string) => {
  if (outcome === null) throw notFound('Institution', id);
  return outcome.ok ? { __typename: 'InstitutionPayload' as const, institution: outcome.value } : failed(message, outcome);
};

const Mutation: MutationResolvers = {
  createExpert: async (_, { input }, ctx) => {
    requireEditor(ctx.viewer, 'Adding an expert');
    return expertResult(await ctx.services.registers.createExpert(input), input.identifier, 'The expert was not added.');
  },
  updateExpert: async (_, { id, input }, ctx) => {
    requireEditor(ctx.viewer, 'Changing an expert');
    return expertResult(await ctx.services.registers.updateExpert(id, input), id, 'The expert was not changed.');
  },
  removeExpert: async (_, { id, on }, ctx) => {
    requireEditor(ctx.viewer, 'Removing an expert');
    return expertResult(await ctx.services.registers.removeExpert(id, on), id, 'The expert was not removed.');
  },
  createInstitution: async (_, { input }, ctx) => {
    requireEditor(ctx.viewer, 'Adding an institution');
    return institutionResult(await ctx.services.registers.createInstitution(input), input.identifier, 'The institution was not added.');
  },
  updateInstitution: async (_, { id, input }, ctx) => {
    requireEditor(ctx.viewer, 'Changing an institution');
    return institutionResult(await ctx.services.registers.updateInstitution(id, input), id, 'The institution was not changed.');
  },
  removeInstitution: async (_, { id, on }, ctx) => {
    requireEditor(ctx.viewer, 'Removing an institution');
    return institutionResult(await ctx.services.registers.removeInstitution(id, on), id, 'The institution was not removed.');
  },
};

export const registerResolvers: Resolvers = {
  Query: {
    experts: (_, { filter, first, after }, ctx) => {
      const personal = filter ? PERSONAL_FILTERS.filter((f) => filter[f] !== undefined && filter[f] !== null) : [];
      if (personal.length > 0 && !canReadExpertDetails(ctx.viewer)) {
        throw forbidden(`Filtering experts by ${personal.join(', ')} would single people out: it needs ${DETAILS_ROLES}. Anyone may count experts by theme, region and developingCountry.`);
      }
      return ctx.services.registers.experts(filter, first, after);
    },
    expert: (_, { id }, ctx) => {
      requireDetails(ctx.viewer, 'An expert');
      return ctx.services.registers.expert(id);
    },
    institutions: (_, { filter, first, after }, ctx) => ctx.services.registers.institutions(filter, first, after),
    institution: (_, { id }, ctx) => ctx.services.registers.institution(id),
    expertRoster: (_, { year, format }, ctx) => {
      if (!Number.isInteger(year) || year < 1999 || year > 9999) throw badInput('year', 'must be a year from 1999');
      return ctx.services.registers.rosterReport(year, FORMATS[format ?? 'HTML'], canReadExpertDetails(ctx.viewer));
    },
  },
  Mutation,
  ExpertConnection: {
    edges: (c, _, ctx) => {
      requireDetails(ctx.viewer, 'experts.edges (names and details)');
      return c.edges;
    },
    totalCount: (c) => (typeof c.totalCount === 'number' ? c.totalCount : c.totalCount()),
  },
  InstitutionConnection: {
    totalCount: (c) => (typeof c.totalCount === 'number' ? c.totalCount : c.totalCount()),
  },
  ThemeCount: {
    theme: (t) => currentTaxonomy().themeById.get(t.themeId)!,
  },
  Expert: {
    nationality: (e) => country(e.nationality),
    developingCountry: (e) => countryProfiles().get(e.nationality)?.developing ?? false,
    countries: (e) => e.countries.map(country),
    regions: (e) => experienceRegions(e, countryProfiles()),
    themes: (e) => themesOf(e.themes),
    auditTrail: (e, _, ctx) => ctx.services.registers.auditTrailByExpert.load(e.id),
  },
  Nomination: {
    state: (n) => country(n.state),
  },
  Institution: {
    country: (i) => country(i.country),
    region: (i) => countryProfiles().get(i.country)?.region ?? null,
    developingCountry: (i) => countryProfiles().get(i.country)?.developing ?? false,
    themes: (i) => themesOf(i.themes),
    languages: (i) => (i.languages.length > 0 ? i.languages : (countryProfiles().get(i.country)?.languages ?? [])),
    contact: (i, _, ctx) => {
      requireDetails(ctx.viewer, 'An institution’s contact');
      return i.contact;
    },
    auditTrail: (i, _, ctx) => {
      if (!canReadAuditTrail(ctx.viewer)) throw forbidden('auditTrail is restricted to OHCHR_EDITOR and ADMIN keys.');
      return ctx.services.registers.auditTrailByInstitution.load(i.id);
    },
  },
  Gap: {
    matches: (g, { first, language }, ctx) => ctx.services.registers.matchesForGap(g, first, language),
  },
  GapMatches: {
    experts: (m, _, ctx) => {
      requireDetails(ctx.viewer, 'Matched experts');
      return m.experts;
    },
  },
  ExpertMatch: {
    expert: (m) => m.candidate,
    themes: (m) => themesOf(m.themeIds),
  },
  InstitutionMatch: {
    institution: (m) => m.candidate,
    themes: (m) => themesOf(m.themeIds),
  },
};
