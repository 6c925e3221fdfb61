import { type MouseEvent, useSyncExternalStore } from 'react';

/** The dashboard's pages; every one is a real URL (the gateway serves the app for each), filters in the query string. */
export type Route =
  | { page: 'overview' }
  | { page: 'country'; code: string }
  | { page: 'meetings' }
  | { page: 'meeting'; id: string }
  | { page: 'follow-ups' }
  | { page: 'not-found' };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'overview' };
  const country = /^\/country\/([A-Za-z]{2})\/?$/.exec(pathname);
  if (country) return { page: 'country', code: country[1]!.toUpperCase() };
  if (/^\/meetings\/?$/.test(pathname)) return { page: 'meetings' };
  const meeting = /^\/meetings\/([A-Za-z0-9_-]+)\/?$/.exec(pathname);
  if (meeting) return { page: 'meeting', id: meeting[1]! };
  if (/^\/follow-ups\/?$/.test(pathname)) return { page: 'follow-ups' };
  return { page: 'not-found' };
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
window.addEventListener('popstate', notify);

/** The current location (path + query), re-rendering on navigation. */
export function useLocation(): { pathname: string; search: URLSearchParams } {
  const href = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => window.location.pathname + window.location.search,
  );
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.searchParams };
}

/** Goes to a dashboard URL without reloading; `replace` for filter changes that should not pile up in history. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
  if (!options.replace) window.scrollTo(0, 0);
}

/** `path?query` with empty values left out; the current `lang` is carried along unless given. */
export function href(path: string, params: Record<string, string | readonly string[] | null | undefined> = {}): string {
  const search = new URLSearchParams();
  const lang = new URLSearchParams(window.location.search).get('lang');
  if (!('lang' in params) && lang) params = { ...params, lang };
  for (const [name, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string' && v !== '') search.append(name, v);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** In-app navigation for plain links (new-tab and modified clicks keep the browser's behaviour). */
export function follow(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
}
