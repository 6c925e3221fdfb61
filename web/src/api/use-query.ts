import { useCallback, useEffect, useRef, useState } from 'react';
import { useApiKey } from '../state/api-key';
import type { TypedDocumentString } from '../gql/graphql';
import { graphql } from './client';

export interface QueryState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs a query whenever its variables or the tab's API key change (variables compared as JSON), cancelling the previous one;
 * keeps the last data while the next one loads so the page does not flash.
 */
export function useQuery<T, V>(query: TypedDocumentString<T, V>, variables: V, options: { skip?: boolean; refreshKey?: string } = {}): QueryState<T> {
  const skip = options.skip ?? false;
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean }>({ data: null, error: null, loading: !skip });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables);
  const apiKey = useApiKey();
  const refreshKey = `${options.refreshKey ?? ''}|${apiKey ?? ''}`;
  const latest = useRef(0);
  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    const id = ++latest.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    graphql(query, JSON.parse(key) as V, controller.signal).then(
      (data) => id === latest.current && setState({ data, error: null, loading: false }),
      (error: unknown) => id === latest.current && !controller.signal.aborted && setState((s) => ({ ...s, error, loading: false })),
    );
    return () => controller.abort();
  }, [query, key, attempt, skip, refreshKey]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
