import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

/**
 * A second, deliberately separate reading of IATI files for the tests: the whole document is
 * parsed DOM-style by fast-xml-parser and the few fields compared are derived straight from the
 * IATI rules, sharing no code with src/ingest/iati.
 */
export interface IndependentActivity {
  iatiIdentifier: string;
  recipientCountries: { code: string; percentage: number | null }[];
  sectors: { vocabulary: string; code: string; percentage: number | null }[];
  dates: { plannedStart: string | null; actualStart: string | null; plannedEnd: string | null; actualEnd: string | null };
  titles: { lang: string; text: string }[];
}

type XmlNode = { [key: string]: XmlNode[] | string | undefined };

const DATE_FIELDS: Record<string, keyof IndependentActivity['dates']> = {
  '1': 'plannedStart', 'start-planned': 'plannedStart',
  '2': 'actualStart', 'start-actual': 'actualStart',
  '3': 'plannedEnd', 'end-planned': 'plannedEnd',
  '4': 'actualEnd', 'end-actual': 'actualEnd',
};
const THREE_LETTER: Record<string, string> = { eng: 'en', fra: 'fr', spa: 'es', por: 'pt', deu: 'de' };
const SECTOR_VOCABULARY: Record<string, string> = { DAC: '1', 'DAC-3': '2' };

const kids = (node: XmlNode, name: string): XmlNode[] => (node[name] as XmlNode[] | undefined) ?? [];
const at = (node: XmlNode | undefined, name: string): string | undefined => {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};
const textOf = (node: XmlNode | undefined): string => (typeof node?.['#text'] === 'string' ? node['#text'].trim() : '');
const percent = (raw: string | undefined): number | null =>
  raw !== undefined && Number.isFinite(Number(raw)) ? Number(raw) : null;
const lang = (raw: string): string => {
  const primary = raw.toLowerCase().split('-')[0] as string;
  return THREE_LETTER[primary] ?? primary;
};

export function readIndependently(file: string): IndependentActivity[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    alwaysCreateTextNode: true,
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true, // decodes numeric character references (&#xF3;) too
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  const document = parser.parse(readFileSync(file, 'utf8')) as XmlNode;
  const root = kids(document, 'iati-activities')[0] as XmlNode;
  return kids(root, 'iati-activity').map((activity) => ({
    iatiIdentifier: textOf(kids(activity, 'iati-identifier')[0]),
    recipientCountries: countries(activity),
    sectors: sectors(activity),
    dates: dates(activity),
    titles: titles(activity, at(activity, 'xml:lang') ?? at(root, 'xml:lang') ?? 'en'),
  }));
}

function countries(activity: XmlNode): IndependentActivity['recipientCountries'] {
  const own = kids(activity, 'recipient-country');
  if (own.length > 0 || kids(activity, 'recipient-region').length > 0) {
    return own.map((c) => ({ code: (at(c, 'code') ?? '').toUpperCase(), percentage: percent(at(c, 'percentage')) }));
  }
  const codes = kids(activity, 'transaction').flatMap((t) => kids(t, 'recipient-country').map((c) => (at(c, 'code') ?? '').toUpperCase()));
  return [...new Set(codes)].map((code) => ({ code, percentage: null }));
}

function sectorCode(sector: XmlNode, vocabulary: string): string | undefined {
  const written = textOf(kids(sector, 'narrative')[0]);
  return at(sector, 'code') ?? (vocabulary === '1' && /^\d{5}$/.test(written) ? written : undefined);
}

function sectors(activity: XmlNode): IndependentActivity['sectors'] {
  const read = (sector: XmlNode, withPercentage: boolean): IndependentActivity['sectors'] => {
    const raw = at(sector, 'vocabulary') ?? '1';
    const vocabulary = SECTOR_VOCABULARY[raw] ?? raw;
    const code = sectorCode(sector, vocabulary);
    if (code === undefined) return [];
    return [{ vocabulary, code, percentage: withPercentage ? percent(at(sector, 'percentage')) : null }];
  };
  const own = kids(activity, 'sector');
  if (own.length > 0) return own.flatMap((sector) => read(sector, true));
  const all = kids(activity, 'transaction').flatMap((t) => kids(t, 'sector').flatMap((sector) => read(sector, false)));
  return all.filter((s, i) => all.findIndex((o) => o.vocabulary === s.vocabulary && o.code === s.code) === i);
}

function dates(activity: XmlNode): IndependentActivity['dates'] {
  const result: IndependentActivity['dates'] = { plannedStart: null, actualStart: null, plannedEnd: null, actualEnd: null };
  for (const date of kids(activity, 'activity-date')) {
    const field = DATE_FIELDS[at(date, 'type') ?? ''];
    const iso = /^\d{4}-\d{2}-\d{2}/.exec(at(date, 'iso-date') ?? textOf(date))?.[0];
    if (field !== undefined && iso !== undefined && result[field] === null) result[field] = iso;
  }
  return result;
}

function titles(activity: XmlNode, activityLang: string): IndependentActivity['titles'] {
  return kids(activity, 'title').flatMap((title) => {
    const narratives = kids(title, 'narrative');
    return (narratives.length > 0 ? narratives : [title])
      .filter((narrative) => textOf(narrative) !== '')
      .map((narrative) => ({
        lang: lang(at(narrative, 'xml:lang') ?? at(title, 'xml:lang') ?? activityLang),
        text: textOf(narrative),
      }));
  });
}
