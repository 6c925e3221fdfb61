import type { Narrative } from '../../modules/activity/activity.model';
import type { ActivityScope } from './activity-scope';
import { attr, childrenNamed, ownText, type IatiElement } from './iati-element';
import { normaliseLanguage } from './iati-values';

/** Language assumed when neither a narrative, its element, the activity nor the file gives one. */
export const FALLBACK_LANG = 'en';

/**
 * The texts of a multilingual element: its `narrative` children (2.0x), or its own text content
 * (1.0x, no narrative). Blank texts are left out; texts are trimmed. Each language is
 * `narrative@xml:lang`, else the element's `xml:lang`, else the activity default, else "en"
 * (noted once per activity as a warning).
 */
export function narrativesOf(element: IatiElement, path: string, scope: ActivityScope): Narrative[] {
  const narratives = childrenNamed(element, 'narrative');
  const sources = narratives.length > 0 ? narratives : [element];
  const result: Narrative[] = [];
  for (const source of sources) {
    const text = ownText(source);
    if (text === null) continue;
    const lang = languageOf([attr(source, 'xml:lang'), attr(element, 'xml:lang')], `${path}/@xml:lang`, source.line, scope);
    result.push({ lang, text });
  }
  return result;
}

/** The text in the activity's default language, else the first one; null when there is none. */
export function preferredText(narratives: readonly Narrative[], scope: ActivityScope): string | null {
  const preferred = scope.lang ?? FALLBACK_LANG;
  return (narratives.find((n) => n.lang === preferred) ?? narratives[0])?.text ?? null;
}

function languageOf(candidates: (string | null)[], element: string, line: number, scope: ActivityScope): string {
  for (const raw of candidates) {
    const language = normaliseLanguage(raw);
    if (language === null) continue;
    if (!language.twoLetter) {
      scope.warnings.add(element, line, `language "${raw}" has no obvious ISO 639-1 equivalent; kept as "${language.code}"`);
    }
    return language.code;
  }
  if (scope.lang !== null) return scope.lang;
  scope.warnings.add(
    'iati-activity/@xml:lang',
    scope.line,
    `no xml:lang on the narrative, the activity or the file; assumed "${FALLBACK_LANG}"`,
  );
  return FALLBACK_LANG;
}
