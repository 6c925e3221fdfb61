import { createHash } from 'node:crypto';
import { normaliseName, type OrganisationAliases } from './threew-vocabulary';

/** Who a 3W row's organisation is: an IATI organisation identifier, or a 3W identity of its own. */
export interface OrganisationIdentity {
  ref: string;
  /** True when the reviewed alias list gave an IATI identifier. */
  matched: boolean;
  /** How it matched: by acronym or by name; null when unmatched. */
  matchedBy: 'ACRONYM' | 'NAME' | null;
}

export interface OrganisationMatcher {
  identify(country: string, acronym: string | null, name: string | null): OrganisationIdentity;
}

const compact = (v: string) => normaliseName(v).replace(/ /g, '');

/**
 * Matches by acronym (case, spaces and punctuation ignored: "UN Women" = "UNWOMEN"), then by full
 * name. An unmatched organisation gets `<country>-3W-<ACRONYM or name>`: acronyms are only
 * unique within one country's 3W. Pure once built.
 */
export function organisationMatcher(aliases: OrganisationAliases): OrganisationMatcher {
  const byAcronym = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const a of aliases) {
    a.acronyms.forEach((x) => byAcronym.set(compact(x), a.ref));
    a.names.forEach((x) => byName.set(normaliseName(x), a.ref));
  }
  return {
    identify(country, acronym, name) {
      const fromAcronym = acronym ? byAcronym.get(compact(acronym)) : undefined;
      if (fromAcronym) return { ref: fromAcronym, matched: true, matchedBy: 'ACRONYM' };
      const fromName = name ? (byName.get(normaliseName(name)) ?? byAcronym.get(compact(name))) : undefined;
      if (fromName) return { ref: fromName, matched: true, matchedBy: 'NAME' };
      return { ref: `${country}-3W-${ownKey(acronym || name || '')}`, matched: false, matchedBy: null };
    },
  };
}

/**
 * The key of an organisation's own identity: its acronym (else name) in ASCII capitals and digits,
 * accents dropped, as identifier filters accept; a short hash when nothing of it is ASCII.
 */
export function ownKey(value: string): string {
  const ascii = value.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toUpperCase().slice(0, 60);
  return ascii !== '' ? ascii : `H${createHash('sha256').update(value.trim()).digest('hex').slice(0, 10).toUpperCase()}`;
}
