/**
 * The country of an OCHA P-code from its prefix: ISO 3166 alpha-2 ("AF0101" → AF, "NG008" → NG)
 * or alpha-3 ("SSD01" → SS). Null when the prefix is no country code. Pure.
 */
export function countryOfPcode(code: string, alpha2: ReadonlySet<string>, alpha2ByAlpha3: ReadonlyMap<string, string>): string | null {
  const letters = /^([A-Za-z]{2,3})/.exec(code.trim())?.[1]?.toUpperCase();
  if (!letters) return null;
  if (letters.length === 3 && alpha2ByAlpha3.has(letters)) return alpha2ByAlpha3.get(letters)!;
  const two = letters.slice(0, 2);
  return alpha2.has(two) ? two : null;
}

/** A country code as given (alpha-2 or alpha-3, any case) as alpha-2; null when unknown. Pure. */
export function alpha2Of(value: string, alpha2: ReadonlySet<string>, alpha2ByAlpha3: ReadonlyMap<string, string>): string | null {
  const v = value.trim().toUpperCase();
  if (v.length === 2 && alpha2.has(v)) return v;
  if (v.length === 3) return alpha2ByAlpha3.get(v) ?? null;
  return null;
}
