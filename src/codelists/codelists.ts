import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../paths';

/** Names of the IATI codelists Concord ships (see data/codelists/SOURCES.md). */
export type CodelistName =
  | 'ActivityDateType'
  | 'ActivityStatus'
  | 'BudgetStatus'
  | 'BudgetType'
  | 'CRSChannelCode'
  | 'Country'
  | 'Currency'
  | 'DescriptionType'
  | 'GeographicVocabulary'
  | 'HumanitarianScopeType'
  | 'Language'
  | 'OrganisationRole'
  | 'OrganisationType'
  | 'PolicyMarker'
  | 'PolicyMarkerVocabulary'
  | 'PolicySignificance'
  | 'Region'
  | 'RegionVocabulary'
  | 'Sector'
  | 'SectorCategory'
  | 'SectorVocabulary'
  | 'TagVocabulary'
  | 'TransactionType'
  | 'UNSDG-Goals'
  | 'UNSDG-Targets';

export interface CodelistEntry {
  en: string;
  fr?: string;
  withdrawn?: boolean;
}

type CodelistFile = { codelists: Record<CodelistName, Record<string, CodelistEntry>> };

let loaded: CodelistFile['codelists'] | undefined;

function lists(): CodelistFile['codelists'] {
  if (!loaded) {
    const file = path.join(dataDir, 'codelists', 'iati-codelists.json');
    loaded = (JSON.parse(readFileSync(file, 'utf8')) as CodelistFile).codelists;
  }
  return loaded;
}

/** The entry for `code` in `list`, or undefined when the code is not in the codelist. */
export function lookupCode(list: CodelistName, code: string): CodelistEntry | undefined {
  return lists()[list][code];
}

export function isKnownCode(list: CodelistName, code: string): boolean {
  return lookupCode(list, code) !== undefined;
}

/** The name of a code in `lang` ("en" or "fr"), falling back to English; null when unknown. */
export function codeName(list: CodelistName, code: string, lang = 'en'): string | null {
  const entry = lookupCode(list, code);
  if (!entry) return null;
  return (lang === 'fr' ? entry.fr : undefined) ?? entry.en;
}

/** Every code of a list, in file order. */
export function codesOf(list: CodelistName): string[] {
  return Object.keys(lists()[list]);
}
