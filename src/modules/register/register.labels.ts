import { codeName } from '../../codelists/codelists';
import { countryDisplayName } from '../../codelists/readable-name';
import { currentTaxonomy } from '../theme/taxonomy';
import { countryProfiles } from './country-profile';
import type { MatchContext } from './register.matching';

/** Theme id → English label (the id when unknown). */
export const themeLabel = (id: string): string => currentTaxonomy().themeById.get(id)?.labels.en ?? id;

/** Country code → English name in reading order (the code when unknown). */
export const countryName = (code: string): string => countryDisplayName(code, 'en') ?? code;

/** ISO 639-1 code → English name (the code when unknown). */
export const languageName = (code: string): string => codeName('Language', code.toUpperCase()) ?? code;

export const isThemeId = (id: string): boolean => currentTaxonomy().themeById.has(id);

/** What the pure matching and roster code need from the shipped data. */
export const registerContext = (): MatchContext => ({ profiles: countryProfiles(), themeLabel, countryName, languageName });
