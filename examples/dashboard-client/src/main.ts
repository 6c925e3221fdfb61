/**
 * Example: what a dashboard does with Concord, as a Node script with urql.
 *   CONCORD_URL=http://127.0.0.1:4000 npx tsx examples/dashboard-client/src/main.ts KE
 * Pages through a country's activities along the cursors, refetches the first one by its global
 * id, then prints import runs as they finish (run `npm run concord -- ingest …` elsewhere) until Ctrl-C.
 */
import { createDashboardClient } from './client';
import { activityPages, refetch, watchImportRuns } from './dashboard';

async function main(): Promise<void> {
  const country = process.argv[2] ?? 'KE';
  const { client, close } = createDashboardClient({ url: process.env.CONCORD_URL ?? 'http://127.0.0.1:4000', apiKey: process.env.CONCORD_API_KEY });
  let firstId: string | null = null;
  let seen = 0;
  for await (const page of activityPages(client, country, 20, 5)) {
    if (seen === 0) console.log(`${page.totalCount} activities in ${country}`);
    for (const { node } of page.edges) {
      firstId ??= node.id;
      seen += 1;
      console.log(`${String(seen).padStart(4)}  ${node.iatiIdentifier}  ${node.title ?? '(no title)'}`);
    }
  }
  if (firstId) {
    const record = await refetch(client, firstId);
    console.log('refetched by id:', record?.__typename === 'Activity' ? record.iatiIdentifier : record);
  }
  console.log('waiting for import runs to finish (Ctrl-C to stop)…');
  const stop = watchImportRuns(
    client,
    (run) => console.log(`${run.finishedAt} ${run.kind} ${run.file}: ${run.status}, ${run.counts.created} created, ${run.counts.updated} updated`),
    (error) => console.error(error.message),
  );
  process.once('SIGINT', () => {
    stop();
    close();
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
