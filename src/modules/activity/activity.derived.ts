import { OPEN_END, participationKey, UNKNOWN_START } from './activity.keys';
import type { ActivityRecord } from './activity.model';
import { qualityFlagsOf } from '../analysis';
import { activityQualityIssues } from './activity.quality';

/** Fields the mirror stores beside a record so that filters and orderings use plain indexes. */
export interface DerivedActivityFields {
  themeIds: string[];
  periodStart: string;
  periodEnd: string;
  searchText: string;
  budgetTotal: number;
  sortTitle: string;
  sortLastUpdated: string;
  /** "ref:role" of every participating organisation with both, for role-specific filters. */
  participationKeys: string[];
  /** Data-quality flags (see QUALITY_FLAGS), for the `quality` filter and import counts. */
  qualityFlags: string[];
  /** Version of these derivations; a record stored under an older one is rewritten on re-import. */
  derivedVersion: number;
}

/** Bump when a derived field is added or computed differently. */
export const DERIVED_FIELDS_VERSION = 3;

export { participationKey };

/** Text of `narratives` in `lang`, else the default language, else English, else the first. */
export function pickNarrative(
  narratives: readonly { lang: string; text: string }[],
  lang: string | null | undefined,
  defaultLang: string | null,
): string | null {
  const wanted = [lang?.toLowerCase(), defaultLang, 'en'].filter((l): l is string => !!l);
  for (const l of wanted) {
    const hit = narratives.find((n) => n.lang === l);
    if (hit) return hit.text;
  }
  return narratives[0]?.text ?? null;
}

export function deriveActivityFields(record: ActivityRecord, themeIds: readonly string[]): DerivedActivityFields {
  const texts = [...record.titles.map((t) => t.text), ...record.descriptions.map((d) => d.text)];
  const budgetTotal = record.budgets.reduce((sum, b) => sum + (Number.isFinite(b.value) ? b.value : 0), 0);
  return {
    themeIds: [...new Set(themeIds)].sort(),
    periodStart: record.actualStart ?? record.plannedStart ?? UNKNOWN_START,
    periodEnd: record.actualEnd ?? record.plannedEnd ?? OPEN_END,
    searchText: texts.join('\n').toLowerCase(),
    budgetTotal,
    sortTitle: (pickNarrative(record.titles, null, record.defaultLang) ?? '').toLowerCase().slice(0, 200),
    sortLastUpdated: record.lastUpdated ?? '',
    participationKeys: [
      ...new Set(record.participatingOrgs.filter((p) => p.ref && p.role !== null).map((p) => participationKey(p.ref!, p.role!))),
    ].sort(),
    qualityFlags: qualityFlagsOf(activityQualityIssues(record)),
    derivedVersion: DERIVED_FIELDS_VERSION,
  };
}
