import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../src/pagination/cursor';

const id = '0123456789abcdef01234567';

describe('cursors', () => {
  it('round-trips a position', () => {
    const cursor = encodeCursor({ key: 'START_DATE', value: '2021-01-01', id });
    expect(decodeCursor(cursor, 'START_DATE')).toEqual({ key: 'START_DATE', value: '2021-01-01', id });
  });

  it('is opaque base64url', () => {
    expect(encodeCursor({ key: 'BUDGET', value: 12.5, id })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuses a cursor made for another ordering', () => {
    const cursor = encodeCursor({ key: 'BUDGET', value: 1, id });
    expect(() => decodeCursor(cursor, 'TITLE')).toThrow(/was made for ordering BUDGET/);
  });

  it.each(['', 'not-a-cursor', Buffer.from('[1,2]').toString('base64url'), Buffer.from('["K","v","zz"]').toString('base64url')])(
    'refuses garbage %j with BAD_USER_INPUT',
    (garbage) => {
      try {
        decodeCursor(garbage, 'K');
        throw new Error('accepted');
      } catch (err) {
        expect(err).toBeInstanceOf(GraphQLError);
        expect((err as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      }
    },
  );
});

describe('pageSize', () => {
  it('uses the fallback when first is absent', () => expect(pageSize(undefined, 20, 500)).toBe(20));
  it('accepts the maximum', () => expect(pageSize(500, 20, 500)).toBe(500));
  it('refuses more than the maximum', () => expect(() => pageSize(501, 20, 500)).toThrow(/at most 500/));
  it('refuses negative sizes', () => expect(() => pageSize(-1, 20, 500)).toThrow(/≥ 0/));
});

describe('toConnection', () => {
  it('uses the extra row only to tell that more follow', () => {
    const c = toConnection([1, 2, 3], 2, (n) => `c${n}`, false, 3);
    expect(c.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(c.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' });
  });

  it('reports an empty page with null cursors', () => {
    expect(toConnection([], 5, String, true, 0).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });
});
