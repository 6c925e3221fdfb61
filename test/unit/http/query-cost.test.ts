import { buildSchema, getOperationAST, parse } from 'graphql';
import { operationCost } from '../../../src/http/query-cost';

const schema = buildSchema(`
  type Query { items(first: Int = 20): ItemPage!  item(id: ID!): Item  search: [Hit!]! }
  type ItemPage { nodes: [Item!]!  total: Int! }
  type Item { id: ID!  name: String  children(first: Int = 5): ItemPage! }
  union Hit = Item | Other
  type Other { id: ID! }
`);

function cost(query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, variables);
}

describe('operationCost', () => {
  it('counts one per field', () => {
    expect(cost('{ item(id: "1") { id name } }')).toBe(3);
  });

  it('multiplies a page by its first argument', () => {
    expect(cost('{ items(first: 100) { nodes { id name } } }')).toBe(1 + 100 * 3);
  });

  it('uses the argument default when first is not given', () => {
    expect(cost('{ items { total } }')).toBe(1 + 20 * 1);
  });

  it('reads first from variables, with the variable default', () => {
    expect([cost('query($n: Int) { items(first: $n) { total } }', { n: 7 }), cost('query($n: Int = 3) { items(first: $n) { total } }')]).toEqual([1 + 7, 1 + 3]);
  });

  it('multiplies nested pages', () => {
    expect(cost('{ items(first: 10) { nodes { children(first: 10) { total } } } }')).toBe(1 + 10 * (1 + (1 + 10 * 1)));
  });

  it('counts fragments where they are spread, and every branch of a union', () => {
    expect(cost('{ item(id: "1") { ...F } search { ... on Item { id } ... on Other { id } } } fragment F on Item { id name }')).toBe(3 + 3);
  });

  it('leaves introspection free', () => {
    expect(cost('{ __typename __schema { types { name } } }')).toBe(0);
  });
});

describe('operationCost with backward pages', () => {
  const paged = buildSchema(`
    type Query { list(first: Int, after: String, last: Int, before: String): Page! }
    type Page { nodes: [Item!]! }
    type Item { id: ID! }
  `);
  const pagedCost = (query: string) => {
    const document = parse(query);
    return operationCost(paged, document, getOperationAST(document)!, {});
  };

  it('multiplies by `last` as by `first`', () => {
    expect(pagedCost('{ list(last: 100) { nodes { id } } }')).toBe(1 + 100 * 2);
  });

  it('multiplies by the service default page size when neither is given', () => {
    expect(pagedCost('{ list { nodes { id } } }')).toBe(1 + 20 * 2);
  });
});
