import { scanGroupedPages } from '../../../src/batching/grouped-scan';

interface Row {
  id: number;
  parents: string[];
}

/** An async source that counts how many rows were pulled from it. */
function source(rows: Row[]): AsyncIterable<Row> & { pulled: () => number; closed: () => boolean } {
  let pulled = 0;
  let closed = false;
  return {
    pulled: () => pulled,
    closed: () => closed,
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next: async () => (i < rows.length ? (pulled++, { value: rows[i++]!, done: false }) : { value: undefined, done: true }),
        return: async () => {
          closed = true;
          return { value: undefined, done: true };
        },
      };
    },
  };
}

const rows = (spec: string[][]): Row[] => spec.map((parents, id) => ({ id, parents }));
const ids = (list: Row[] | undefined) => (list ?? []).map((r) => r.id);
const parentsOf = (r: Row) => r.parents;

describe('scanGroupedPages', () => {
  it('gives each parent its first rows in scan order, a row going to every parent it belongs to', async () => {
    const scan = await scanGroupedPages(source(rows([['A'], ['A', 'B'], ['B'], ['A']])), { parents: ['A', 'B'], want: 2, maxScan: 100, parentsOf });
    expect({ A: ids(scan.rows.get('A')), B: ids(scan.rows.get('B')) }).toEqual({ A: [0, 1], B: [1, 2] });
  });

  it('stops reading and closes the source once every parent is full', async () => {
    const input = source(rows([['A'], ['B'], ['A'], ['B'], ['A'], ['B']]));
    await scanGroupedPages(input, { parents: ['A', 'B'], want: 1, maxScan: 100, parentsOf });
    expect({ pulled: input.pulled(), closed: input.closed() }).toEqual({ pulled: 2, closed: true });
  });

  it('ignores rows of parents nobody asked for', async () => {
    const scan = await scanGroupedPages(source(rows([['Z'], ['A', 'Z']])), { parents: ['A'], want: 5, maxScan: 100, parentsOf });
    expect([...scan.rows.keys()].map((p) => [p, ids(scan.rows.get(p))])).toEqual([['A', [1]]]);
  });

  it('counts a row once for a parent it names twice', async () => {
    const scan = await scanGroupedPages(source(rows([['A', 'A'], ['A']])), { parents: ['A'], want: 5, maxScan: 100, parentsOf });
    expect(ids(scan.rows.get('A'))).toEqual([0, 1]);
  });

  it('reports no unfinished parent when the source ends, even with short pages', async () => {
    const scan = await scanGroupedPages(source(rows([['A']])), { parents: ['A', 'B'], want: 3, maxScan: 100, parentsOf });
    expect({ unfinished: scan.unfinished, B: ids(scan.rows.get('B')) }).toEqual({ unfinished: [], B: [] });
  });

  it('reports the parents still short of rows when it stops at maxScan', async () => {
    const scan = await scanGroupedPages(source(rows([['A'], ['A'], ['A'], ['B'], ['A']])), { parents: ['A', 'B'], want: 2, maxScan: 3, parentsOf });
    expect(scan.unfinished).toEqual(['B']);
  });
});
