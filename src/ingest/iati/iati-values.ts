/** Readers for the scalar values IATI writes as text: numbers, dates, languages. Pure. */

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A decimal number written in XML Schema style ("1234.5", "-3"); null when not one. */
export function parseDecimal(text: string | null): number | null {
  if (text === null) return null;
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

const ISO_DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]|Z|[+-]\d{2}:?\d{2}$)/;

/**
 * The calendar date YYYY-MM-DD at the start of an ISO 8601 date or date-time; null when the
 * text does not start with a valid calendar date (e.g. "31/12/2020", "2020-13-01").
 */
export function parseIsoDate(text: string | null): string | null {
  if (text === null) return null;
  const match = ISO_DATE_PREFIX.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const valid = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
  return valid ? `${y}-${m}-${d}` : null;
}

/** ISO 639-2 (bibliographic and terminologic) codes whose ISO 639-1 equivalent is unambiguous. */
const ISO_639_1_BY_639_2: Readonly<Record<string, string>> = {
  eng: 'en', fra: 'fr', fre: 'fr', spa: 'es', por: 'pt', deu: 'de', ger: 'de', ara: 'ar',
  rus: 'ru', zho: 'zh', chi: 'zh', ita: 'it', nld: 'nl', dut: 'nl', swe: 'sv', nor: 'no',
  dan: 'da', fin: 'fi', pol: 'pl', tur: 'tr', jpn: 'ja', kor: 'ko', vie: 'vi', ind: 'id',
  swa: 'sw', amh: 'am', hin: 'hi', ben: 'bn', urd: 'ur', fas: 'fa', per: 'fa', pus: 'ps',
  heb: 'he', ell: 'el', gre: 'el', ukr: 'uk', ron: 'ro', rum: 'ro', hun: 'hu', ces: 'cs',
  cze: 'cs', slk: 'sk', slo: 'sk', khm: 'km', lao: 'lo', mya: 'my', bur: 'my', tha: 'th',
  nep: 'ne', sin: 'si', tam: 'ta', som: 'so', hau: 'ha', yor: 'yo', ibo: 'ig', mlg: 'mg',
  kin: 'rw', tgl: 'tl', msa: 'ms', may: 'ms', uzb: 'uz', kaz: 'kk', aze: 'az', kat: 'ka',
  geo: 'ka', hye: 'hy', arm: 'hy', srp: 'sr', hrv: 'hr', bos: 'bs', sqi: 'sq', alb: 'sq',
  mkd: 'mk', mac: 'mk', bul: 'bg', tir: 'ti', orm: 'om', wol: 'wo', ful: 'ff', lin: 'ln',
};

export interface Language {
  /** Lower-case; ISO 639-1 when the source gave one or an unambiguous 3-letter equivalent. */
  code: string;
  /** False when the code could not be brought to two letters (kept lower-cased as given). */
  twoLetter: boolean;
}

/**
 * An `xml:lang` value as Concord stores it: "EN" → "en", "ENG" → "en", "en-GB" → "en".
 * Null when blank.
 */
export function normaliseLanguage(raw: string | null): Language | null {
  if (raw === null) return null;
  const primary = raw.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === '') return null;
  if (/^[a-z]{2}$/.test(primary)) return { code: primary, twoLetter: true };
  const mapped = ISO_639_1_BY_639_2[primary];
  return mapped ? { code: mapped, twoLetter: true } : { code: primary, twoLetter: false };
}

/** True for the XML Schema boolean "true" / "1" (IATI's humanitarian flags). */
export function isXsdTrue(value: string | null): boolean {
  return value === '1' || value?.toLowerCase() === 'true';
}

/**
 * Sorts SDG codes the way a reader expects: "2" < "10", "16.2" < "16.10", "3.9" < "3.A".
 * Numeric parts compare as numbers and come before lettered parts.
 */
export function compareSdgCodes(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const xNumeric = /^\d+$/.test(x);
    const yNumeric = /^\d+$/.test(y);
    if (xNumeric && yNumeric && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (xNumeric !== yNumeric) return xNumeric ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
