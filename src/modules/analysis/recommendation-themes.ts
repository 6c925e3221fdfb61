import type { RecommendationRecord } from '../recommendation/recommendation.model';
import { themesForUhriName, type Taxonomy } from './taxonomy';
import { deriveThemes } from './theme-derivation';

export interface RecommendationThemes {
  /** Concord theme ids, sorted. */
  themeIds: string[];
  /** 'UHRI' when mapped from UHRI theme names, 'SDG' when only the SDGs gave themes, null when none did. */
  source: 'UHRI' | 'SDG' | null;
  /** UHRI theme names the taxonomy does not know. */
  unmappedUhriThemes: string[];
}

/**
 * A recommendation's Concord themes: its UHRI theme names through data/themes.json `uhriThemes`;
 * when none of them maps, its SDGs through the same SDG rules as activities (a code with a dot
 * is a target, otherwise a goal).
 */
export function recommendationThemes(rec: Pick<RecommendationRecord, 'themes' | 'sdgs'>, taxonomy: Taxonomy): RecommendationThemes {
  const ids = new Set<string>();
  const unmapped: string[] = [];
  for (const name of rec.themes) {
    const mapped = themesForUhriName(taxonomy, name);
    if (mapped.length === 0) unmapped.push(name);
    for (const id of mapped) ids.add(id);
  }
  if (ids.size > 0) return { themeIds: [...ids].sort(), source: 'UHRI', unmappedUhriThemes: unmapped };
  const fromSdgs = deriveThemes(
    {
      sectors: [],
      sdgTargets: rec.sdgs.filter((s) => s.includes('.')),
      sdgGoals: rec.sdgs.filter((s) => !s.includes('.')),
      policyMarkers: [],
    },
    taxonomy,
  );
  for (const d of fromSdgs) ids.add(d.themeId);
  return { themeIds: [...ids].sort(), source: ids.size > 0 ? 'SDG' : null, unmappedUhriThemes: unmapped };
}
