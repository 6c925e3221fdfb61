import { useSyncExternalStore } from 'react';

/** The API key lives in this tab's session storage only: gone when the tab closes, never sent elsewhere than /graphql. */
const STORAGE_KEY = 'concord.apiKey';
const listeners = new Set<() => void>();

export function readApiKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function writeApiKey(key: string | null): void {
  if (key) sessionStorage.setItem(STORAGE_KEY, key.trim());
  else sessionStorage.removeItem(STORAGE_KEY);
  listeners.forEach((l) => l());
}

export function useApiKey(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    readApiKey,
  );
}
