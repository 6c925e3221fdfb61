import type { Client } from '@urql/core';
import { ActivitiesPage, ImportRunFinished, RecordById } from './documents';
import type { ActivitiesPageQuery, ImportRunFinishedSubscription, RecordByIdQuery } from './gql/graphql';

export type ActivityEdge = ActivitiesPageQuery['activities']['edges'][number];
export type FinishedRun = ImportRunFinishedSubscription['importRunFinished'];

/** A country's activities, page by page along the cursors, until the last page or `maxPages`. */
export async function* activityPages(client: Client, country: string, pageSize: number, maxPages = Infinity): AsyncGenerator<ActivitiesPageQuery['activities']> {
  let after: string | null = null;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await client.query(ActivitiesPage, { country: [country], first: pageSize, after }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) throw result.error;
    const activities: ActivitiesPageQuery['activities'] = result.data!.activities;
    yield activities;
    if (!activities.pageInfo.hasNextPage || !activities.pageInfo.endCursor) return;
    after = activities.pageInfo.endCursor;
  }
}

/** The record with this global id as it stands now (null when gone or not visible). */
export async function refetch(client: Client, id: string): Promise<RecordByIdQuery['node']> {
  const result = await client.query(RecordById, { id }, { requestPolicy: 'network-only' }).toPromise();
  if (result.error) throw result.error;
  return result.data!.node;
}

/** Calls `onRun` for every import run that finishes from now on; returns how to stop. */
export function watchImportRuns(client: Client, onRun: (run: FinishedRun) => void, onError: (error: Error) => void = () => undefined): () => void {
  const { unsubscribe } = client.subscription(ImportRunFinished, {}).subscribe((result) => {
    if (result.error) onError(result.error);
    else if (result.data) onRun(result.data.importRunFinished);
  });
  return unsubscribe;
}
