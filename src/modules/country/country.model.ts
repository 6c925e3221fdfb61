import { lookupCode } from '../../codelists/codelists';

/**
 * A country as the schema shows it: a code of the IATI Country codelist (ISO 3166-1 alpha-2,
 * upper case). Names are read from the codelist; activities and recommendations are joined on
 * the code. No country collection exists: the codelist is the reference.
 */
export interface CountryRef {
  code: string;
}

/** The country of `code` (any case), or null when the code is not in the Country codelist. */
export function countryOf(code: string): CountryRef | null {
  const upper = code.trim().toUpperCase();
  return lookupCode('Country', upper) ? { code: upper } : null;
}

/** The country's names in the languages the codelist has (English always; French when given). */
export function countryNames(code: string): { lang: string; text: string }[] {
  const entry = lookupCode('Country', code);
  if (!entry) return [];
  return [{ lang: 'en', text: entry.en }, ...(entry.fr ? [{ lang: 'fr', text: entry.fr }] : [])];
}
