import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { OPTIONS } from '../api/queries';
import type { Options } from '../api/types';
import { useQuery } from '../api/use-query';
import { useLang } from './lang';

/** Codelists, themes, organisations and the viewer, loaded once per language and API key, and the names they give. */
export interface Vocabulary {
  options: Options | null;
  loading: boolean;
  error: unknown;
  reload: () => void;
  countryName: (code: string) => string;
  orgName: (ref: string) => string;
  themeLabel: (id: string) => string;
  /** May create meetings and record decisions. */
  canRunMeetings: boolean;
}

const VocabularyContext = createContext<Vocabulary | null>(null);

export function VocabularyProvider({ children }: { children: ReactNode }) {
  const lang = useLang();
  const { data, loading, error, reload } = useQuery(OPTIONS, { lang });
  const value = useMemo<Vocabulary>(() => {
    const countries = new Map(data?.countries.edges.map((e) => [e.node.code, e.node.name ?? e.node.code]) ?? []);
    const orgs = new Map(data?.organisations.edges.map((e) => [e.node.ref, e.node.acronym ?? e.node.name ?? e.node.ref]) ?? []);
    const themes = new Map(data?.themes.map((t) => [t.id, t.label]) ?? []);
    const role = data?.viewer.role ?? null;
    return {
      options: data,
      loading,
      error,
      reload,
      countryName: (code) => countries.get(code) ?? code,
      orgName: (ref) => orgs.get(ref) ?? ref,
      themeLabel: (id) => themes.get(id) ?? id,
      canRunMeetings: role === 'OHCHR_EDITOR' || role === 'ADMIN',
    };
  }, [data, loading, error, reload]);
  return <VocabularyContext.Provider value={value}>{children}</VocabularyContext.Provider>;
}

export function useVocabulary(): Vocabulary {
  const v = useContext(VocabularyContext);
  if (!v) throw new Error('useVocabulary outside VocabularyProvider');
  return v;
}
