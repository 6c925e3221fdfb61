import { startTestGateway, type TestGateway } from '../support/server';

let gateway: TestGateway;

const counts = (read: number) => ({ read, created: read - 1, updated: 0, unchanged: 0, withdrawn: 1, skipped: 1, warnings: 2 });

beforeAll(async () => {
  gateway = await startTestGateway();
  await gateway.database.db.collection('import_runs').insertMany([
    {
      kind: 'IATI',
      source: null,
      file: 'undp.xml',
      status: 'SUCCEEDED',
      startedAt: new Date('2024-01-01T10:00:00Z'),
      finishedAt: new Date('2024-01-01T10:00:02.500Z'),
      durationMs: 2500,
      counts: counts(10),
      skippedRecords: [{ line: 42, identifier: null, reason: 'no iati-identifier' }],
      warningSamples: [{ identifier: 'XM-DAC-41114-1', element: 'sector/@code', line: 7, message: 'unknown code kept' }],
      error: null,
    },
    {
      kind: 'RECOMMENDATIONS',
      source: 'UHRI',
      file: 'uhri.json',
      status: 'FAILED',
      startedAt: new Date('2024-03-01T10:00:00Z'),
      finishedAt: new Date('2024-03-01T10:00:01Z'),
      durationMs: 1000,
      counts: counts(0),
      skippedRecords: [],
      warningSamples: [],
      error: 'not valid JSON',
    },
    {
      kind: 'OHCHR_CSV',
      source: 'OHCHR',
      file: 'ohchr.csv',
      status: 'RUNNING',
      startedAt: new Date('2024-02-01T10:00:00Z'),
      finishedAt: null,
      durationMs: null,
      counts: counts(3),
      skippedRecords: [],
      warningSamples: [],
      error: null,
    },
  ]);
});

afterAll(() => gateway.close());

describe('Query.importRuns', () => {
  it('lists runs newest first with their total', async () => {
    const { body } = await gateway.post('{ importRuns { totalCount edges { node { file status } } } }');
    expect(body.data?.importRuns.edges.map((e: any) => e.node)).toEqual([
      { file: 'uhri.json', status: 'FAILED' },
      { file: 'ohchr.csv', status: 'RUNNING' },
      { file: 'undp.xml', status: 'SUCCEEDED' },
    ]);
    expect(body.data?.importRuns.totalCount).toBe(3);
  });

  it('pages with after/endCursor', async () => {
    const first = await gateway.post('{ importRuns(first: 2) { pageInfo { endCursor } } }');
    const { body } = await gateway.post('query($a: String) { importRuns(first: 2, after: $a) { pageInfo { hasNextPage } edges { node { file } } } }', {
      a: first.body.data?.importRuns.pageInfo.endCursor,
    });
    expect(body.data?.importRuns).toEqual({ pageInfo: { hasNextPage: false }, edges: [{ node: { file: 'undp.xml' } }] });
  });

  it('gives a finished run’s timing, counts, skipped records and warning samples', async () => {
    const all = await gateway.post(
      '{ importRuns { edges { node { file startedAt finishedAt durationMs counts { read created withdrawn skipped warnings } skippedRecords { line identifier reason } warningSamples { identifier element line message } } } } }',
    );
    const undp = all.body.data?.importRuns.edges.map((e: any) => e.node).find((n: any) => n.file === 'undp.xml');
    expect(undp).toEqual({
      file: 'undp.xml',
      startedAt: '2024-01-01T10:00:00.000Z',
      finishedAt: '2024-01-01T10:00:02.500Z',
      durationMs: 2500,
      counts: { read: 10, created: 9, withdrawn: 1, skipped: 1, warnings: 2 },
      skippedRecords: [{ line: 42, identifier: null, reason: 'no iati-identifier' }],
      warningSamples: [{ identifier: 'XM-DAC-41114-1', element: 'sector/@code', line: 7, message: 'unknown code kept' }],
    });
  });

  it('gives a running run no finish time', async () => {
    const { body } = await gateway.post('{ importRuns { edges { node { file finishedAt durationMs } } } }');
    expect(body.data?.importRuns.edges.find((e: any) => e.node.file === 'ohchr.csv').node).toEqual({ file: 'ohchr.csv', finishedAt: null, durationMs: null });
  });
});
