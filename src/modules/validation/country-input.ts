import { readFileSync } from 'node:fs';
import path from 'node:path';
import { codeName, codesOf, isKnownCode } from '../../codelists/codelists';
import { readableName } from '../../codelists/readable-name';
import { dataDir } from '../../paths';

/** What is known of a country given as input: its code, or why not and which code was meant. */
export type CountryInput = { ok: true; code: string } | { ok: false; message: string; suggestion: string | null };

let byName: Map<string, string> | undefined;
let byAlpha3: Map<string, string> | undefined;

function names(): Map<string, string> {
  byName ??= new Map(
    codesOf('Country').flatMap((c) => {
      const en = codeName('Country', c, 'en');
      return [en, en && readableName(en), codeName('Country', c, 'fr')].filter((n): n is string => !!n).map((n) => [fold(n), c] as const);
    }),
  );
  return byName;
}

function alpha3(): Map<string, string> {
  if (!byAlpha3) {
    const file = JSON.parse(readFileSync(path.join(dataDir, 'codelists', 'iso3166-alpha3.json'), 'utf8')) as { alpha3: Record<string, string> };
    byAlpha3 = new Map(Object.entries(file.alpha3));
  }
  return byAlpha3;
}

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

/** The alpha-2 code someone giving `value` (a name, an alpha-3 code, a lower-case code) most likely meant. */
export function suggestCountryCode(value: string): string | null {
  const trimmed = value.trim();
  const upper = trimmed.toUpperCase();
  if (upper.length === 3 && alpha3().has(upper)) return alpha3().get(upper)!;
  const exact = names().get(fold(trimmed));
  if (exact) return exact;
  if (trimmed.length >= 4) {
    const prefix = [...names().entries()].filter(([name]) => name.startsWith(fold(trimmed)));
    if (prefix.length > 0 && new Set(prefix.map(([, c]) => c)).size === 1) return prefix[0]![1];
  }
  return null;
}

/**
 * A country filter or input value: an ISO 3166-1 alpha-2 code of the IATI Country codelist
 * (any case). Anything else is refused with the code meant, when one can be guessed.
 */
export function checkCountryCode(value: string): CountryInput {
  const upper = value.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && isKnownCode('Country', upper)) return { ok: true, code: upper };
  const suggestion = suggestCountryCode(value);
  const hint = suggestion ? `; did you mean ${suggestion}?` : '; use an ISO 3166-1 alpha-2 code such as KE';
  return { ok: false, message: `"${value}" is not an ISO 3166-1 alpha-2 country code${hint}`, suggestion };
}
