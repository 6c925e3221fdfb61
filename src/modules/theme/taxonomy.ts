import { codeName } from '../../codelists/codelists';
import { deriveThemes, loadTaxonomy, type Taxonomy, type ThemeDerivation } from '../analysis';
import type { ActivityRecord } from '../activity/activity.model';

let taxonomy: Taxonomy | undefined;

/** The taxonomy and mandates of data/themes.json and data/mandates.json, validated on first use. */
export function currentTaxonomy(): Taxonomy {
  taxonomy ??= loadTaxonomy();
  return taxonomy;
}

/** Every theme rule that applies to an activity, named with codelist names (explainable `via`). */
export function activityThemeDerivations(record: Pick<ActivityRecord, 'sectors' | 'sdgGoals' | 'sdgTargets' | 'policyMarkers'>): ThemeDerivation[] {
  return deriveThemes(record as ActivityRecord, currentTaxonomy(), { nameOf: (list, code) => codeName(list, code) });
}
