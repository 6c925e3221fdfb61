import type { Gap, Overlap } from '../analysis';
import { gapCountries, gapThemeIds } from '../coordination/gap-fields';

/** Names for the words of a subject label: organisation acronyms, theme labels. */
export interface SubjectNames {
  organisation: (ref: string) => string;
  theme: (id: string) => string;
}

const GAP_KIND_WORDS: Record<Gap['kind'], string> = {
  UNADDRESSED_RECOMMENDATIONS: 'Unaddressed recommendations',
  MANDATED_ABSENT: 'Mandated organisation absent',
  RECOMMENDATION_WITHOUT_FOLLOW_UP: 'Recommendation without follow-up',
};

/** "UN Women × UNDP in HT on democratic participation". */
export function overlapLabel(o: Overlap, names: SubjectNames): string {
  return `${o.organisations.map(names.organisation).join(' × ')} in ${o.sharedCountries.join(', ')} on ${o.sharedThemes.map((t) => names.theme(t).toLowerCase()).join(', ')}`;
}

/** "Mandated organisation absent: administration of justice in KE". */
export function gapLabel(g: Gap, names: SubjectNames): string {
  return `${GAP_KIND_WORDS[g.kind]}: ${gapThemeIds(g).map((t) => names.theme(t).toLowerCase()).join(', ') || 'no theme'} in ${gapCountries(g).join(', ')}`;
}
