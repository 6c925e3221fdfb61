import { startTestGateway, type TestGateway } from '../support/server';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
  const base = { kind: 'IATI', source: null, file: 'big.xml', counts: { read: 716, created: 716, updated: 0, unchanged: 0, withdrawn: 0, skipped: 0, warnings: 0 } };
  const { insertedId } = await gateway.database.db.collection('import_runs').insertOne({
    ...base,
    status: 'INTERRUPTED',
    startedAt: new Date('2024-05-01T10:00:00Z'),
    finishedAt: new Date('2024-05-01T10:00:08Z'),
    durationMs: 8000,
    error: 'interrupted by SIGINT after 716 records',
    owner: { pid: 4242, host: 'importer-1', startToken: '123456' },
  });
  await gateway.database.db.collection('import_runs').insertOne({
    ...base,
    status: 'ABANDONED',
    startedAt: new Date('2024-05-01T11:00:00Z'),
    owner: { pid: 4343, host: 'importer-1', startToken: null },
    redoesRunId: String(insertedId),
  });
});

afterAll(() => gateway.close());

it('exposes INTERRUPTED and ABANDONED runs with their owner and the run they redo', async () => {
  const { body } = await gateway.post('{ importRuns { edges { node { id status owner { pid host } redoesRunId counts { read } } } } }');
  const [abandoned, interrupted] = body.data?.importRuns.edges.map((e: { node: unknown }) => e.node);
  expect(interrupted).toMatchObject({ status: 'INTERRUPTED', owner: { pid: 4242, host: 'importer-1' }, redoesRunId: null, counts: { read: 716 } });
  expect(abandoned).toMatchObject({ status: 'ABANDONED', owner: { pid: 4343, host: 'importer-1' }, redoesRunId: interrupted.id });
});
