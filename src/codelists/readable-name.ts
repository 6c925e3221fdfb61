import { codeName } from './codelists';

/**
 * Codelist names in the order people read them. The ISO 3166 names the IATI Country codelist
 * carries are sorted for an index ("Congo (the Democratic Republic of the)", "Tanzania, the
 * United Republic of", "Sudan (the)"); reports and pages show "Democratic Republic of the Congo",
 * "United Republic of Tanzania", "Sudan". Other parentheses ("Virgin Islands (British)", "Saint
 * Martin (French part)") carry meaning and stay.
 */
export function readableName(name: string): string {
  const inverted = /^(.+?) \((?:the )?((?:[A-Z][\w']*\s)*[\w' ]*\bof(?: the)?)\)$/.exec(name);
  if (inverted) return `${inverted[2]} ${inverted[1]}`;
  const comma = /^(.+?), (?:the )?((?:[A-Z][\w']*\s?)+ of(?: the)?)$/.exec(name);
  if (comma) return `${comma[2]} ${comma[1]}`;
  return name.replace(/ \(the\)( \[[^\]]+\])?$/, '$1');
}

/** A country's name as pages and reports show it; null for a code the codelist lacks. */
export function countryDisplayName(code: string, lang: string | null | undefined): string | null {
  const name = codeName('Country', code, lang ?? 'en');
  return name === null ? null : readableName(name);
}
