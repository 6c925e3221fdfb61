import { useEffect, useRef } from 'react';
import { createClient } from 'graphql-sse';
import { gql } from '../gql';
import type { TypedDocumentString } from '../gql/graphql';
import { useApiKey } from '../state/api-key';

/** Live updates the dashboard listens to (GraphQL over Server-Sent Events at /graphql/stream). */

export const IMPORT_RUN_FINISHED = gql(`
  subscription DashboardImportRunFinished {
    importRunFinished { id status counts { created updated withdrawn } }
  }
`);

export const DECISION_CHANGED = gql(`
  subscription DashboardDecisionChanged($filter: DecisionChangeFilter) {
    decisionChanged(filter: $filter) { action subject subjectId decision { id } meeting { id } }
  }
`);

/** Whether an import run changed the mirror: activities, overlaps, gaps and coverage may then differ. */
export function changedMirror(run: { status: string; counts: { created: number; updated: number; withdrawn: number } }): boolean {
  return run.status !== 'DRY_RUN' && run.counts.created + run.counts.updated + run.counts.withdrawn > 0;
}

/**
 * Calls `onEvent` for each event of a subscription while the page is shown, with this tab's API
 * key (graphql-sse's client, which sends it as a header, unlike EventSource). A stream that fails
 * is left alone: the page still works, it is only not refreshed by itself.
 */
export function useSubscription<T, V>(document: TypedDocumentString<T, V>, variables: V, onEvent: (data: T) => void): void {
  const apiKey = useApiKey();
  const key = JSON.stringify(variables);
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    const client = createClient({ url: '/graphql/stream', headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {}, retryAttempts: 3 });
    const dispose = client.subscribe<T>(
      { query: document.toString(), variables: JSON.parse(key) as Record<string, unknown> },
      { next: (result) => result.data && handler.current(result.data), error: () => undefined, complete: () => undefined },
    );
    return () => {
      dispose();
      client.dispose();
    };
  }, [document, key, apiKey]);
}
