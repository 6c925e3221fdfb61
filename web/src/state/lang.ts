import { useLocation } from './route';

/** Codelist labels (countries, themes, statuses, regions) in English or French; `?lang=fr` in the URL. */
export type Lang = 'en' | 'fr';

export function useLang(): Lang {
  return useLocation().search.get('lang') === 'fr' ? 'fr' : 'en';
}
