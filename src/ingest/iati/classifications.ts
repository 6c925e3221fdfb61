import type { PolicyMarkerEntry, SectorShare } from '../../modules/activity/activity.model';
import type { ActivityScope } from './activity-scope';
import { isKnownCode, type CodelistName } from '../../codelists/codelists';
import { attr, childrenNamed, firstChild, ownText, type IatiElement } from './iati-element';
import { compareSdgCodes } from './iati-values';
import { modernCode, POLICY_MARKER_VOCABULARY_BY_NAME, SECTOR_VOCABULARY_BY_NAME } from './legacy-codes';
import { percentageOf } from './percentages';
import { distinctFromTransactions } from './transaction-fallback';

/** Sector vocabularies whose codes Concord checks against a codelist. */
const SECTOR_CODELIST: Readonly<Record<string, CodelistName>> = {
  '1': 'Sector',
  '2': 'SectorCategory',
  '7': 'UNSDG-Goals',
  '8': 'UNSDG-Targets',
};

/**
 * Sectors in document order, vocabulary "1" (DAC 5-digit) when absent and 1.0x names mapped
 * ("DAC" → "1", "DAC-3" → "2"). When the activity has no sector, the distinct sectors of its
 * transactions are used, with no percentage.
 */
export function sectorsOf(activity: IatiElement, scope: ActivityScope): SectorShare[] {
  const own = childrenNamed(activity, 'sector');
  if (own.length > 0) return own.flatMap((element) => sectorOf(element, 'sector', scope, true));
  return distinctFromTransactions(
    activity,
    'sector',
    (element) => sectorOf(element, 'transaction/sector', scope, false),
    (share) => `${share.vocabulary} ${share.code}`,
  );
}

function sectorOf(element: IatiElement, path: string, scope: ActivityScope, withPercentage: boolean): SectorShare[] {
  const published = attr(element, 'vocabulary');
  const vocabulary = modernCode(SECTOR_VOCABULARY_BY_NAME, published ?? '1');
  if (published !== null && vocabulary !== published) {
    scope.warnings.add(`${path}/@vocabulary`, element.line, `IATI 1.0x sector vocabulary "${published}" mapped to ${vocabulary}`);
  }
  const code = attr(element, 'code') ?? recoveredCode(element, vocabulary, path, scope);
  if (code === null) {
    scope.warnings.add(`${path}/@code`, element.line, 'sector without a code; left out');
    return [];
  }
  const list = SECTOR_CODELIST[vocabulary];
  if (list && !isKnownCode(list, vocabulary === '8' ? code.toUpperCase() : code)) {
    scope.warnings.add(`${path}/@code`, element.line, `unknown sector code "${code}" in vocabulary ${vocabulary} (kept)`);
  }
  return [{ vocabulary, code, percentage: withPercentage ? percentageOf(element, path, scope) : null }];
}

/**
 * Leniency for publishers (WHO) who write the DAC 5-digit code as the sector's narrative text
 * and leave `@code` out: the code is recovered, with a warning naming the activity's line.
 */
function recoveredCode(element: IatiElement, vocabulary: string, path: string, scope: ActivityScope): string | null {
  const text = ownText(firstChild(element, 'narrative')) ?? ownText(element);
  if (vocabulary !== '1' || text === null || !/^\d{5}$/.test(text)) return null;
  scope.warnings.add(
    `${path}/@code`,
    element.line,
    `sector has no @code; DAC code ${text} read from its narrative (activity ${scope.identifier} at line ${scope.line})`,
  );
  return text;
}

export interface SdgCodes {
  goals: string[];
  targets: string[];
}

/**
 * SDG goals (tag vocabulary 2, sector vocabulary 7) and targets (tag vocabulary 3, sector
 * vocabulary 8), distinct and sorted; target letters upper-cased ("3.d" → "3.D"). Codes not in
 * the UN SDG codelists are kept with a warning (sectors were checked by `sectorsOf`).
 */
export function sdgCodesOf(activity: IatiElement, sectors: readonly SectorShare[], scope: ActivityScope): SdgCodes {
  const goals = new Set<string>();
  const targets = new Set<string>();
  for (const tag of childrenNamed(activity, 'tag')) {
    const code = attr(tag, 'code');
    const vocabulary = attr(tag, 'vocabulary');
    if (code === null || (vocabulary !== '2' && vocabulary !== '3')) continue;
    const [list, set, kind] = vocabulary === '2' ? (['UNSDG-Goals', goals, 'goal'] as const) : (['UNSDG-Targets', targets, 'target'] as const);
    const normalised = code.toUpperCase();
    if (!isKnownCode(list, normalised)) scope.warnings.add('tag/@code', tag.line, `unknown SDG ${kind} "${code}" (kept)`);
    set.add(normalised);
  }
  for (const sector of sectors) {
    if (sector.vocabulary === '7') goals.add(sector.code);
    if (sector.vocabulary === '8') targets.add(sector.code.toUpperCase());
  }
  return { goals: [...goals].sort(compareSdgCodes), targets: [...targets].sort(compareSdgCodes) };
}

/** Policy markers in document order; vocabulary "1" (OECD DAC CRS) when absent. */
export function policyMarkersOf(activity: IatiElement, scope: ActivityScope): PolicyMarkerEntry[] {
  return childrenNamed(activity, 'policy-marker').flatMap((element) => {
    const code = attr(element, 'code');
    if (code === null) {
      scope.warnings.add('policy-marker/@code', element.line, 'policy marker without a code; left out');
      return [];
    }
    const vocabulary = modernCode(POLICY_MARKER_VOCABULARY_BY_NAME, attr(element, 'vocabulary') ?? '1');
    return [{ vocabulary, code, significance: attr(element, 'significance') }];
  });
}
