import { GraphQLError } from 'graphql';
import { MongoNetworkError } from 'mongodb';
import { loadConfig } from '../../../src/config';
import { isDatabaseUnreachable } from '../../../src/db/unavailable';
import { formatError } from '../../../src/http/format-error';

const format = formatError(loadConfig({ NODE_ENV: 'production' }));

function resolverError(original: Error): { formatted: GraphQLError['extensions'] & object; error: GraphQLError } {
  const error = new GraphQLError(original.message, { originalError: original, path: ['activities'] });
  return { formatted: error.toJSON() as never, error };
}

describe('errors from the database driver', () => {
  it('recognises a network error wrapped by the ORM and by GraphQL', () => {
    const network = new MongoNetworkError('connection 3 to 127.0.0.1:40000 closed');
    const wrapped = Object.assign(new Error('query failed'), { name: 'ConnectionException', cause: network });
    expect(isDatabaseUnreachable(new GraphQLError('x', { originalError: wrapped }))).toBe(true);
    expect(isDatabaseUnreachable(new Error('Cannot read properties of undefined'))).toBe(false);
  });

  it('reach the client as DATABASE_UNAVAILABLE with the documented message and no detail', () => {
    const { formatted, error } = resolverError(new MongoNetworkError('connect ECONNREFUSED 127.0.0.1:40000'));
    const out = format(formatted as never, error);
    expect(out.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
    expect(out.message).toBe('The database cannot be reached.');
    expect(JSON.stringify(out)).not.toContain('127.0.0.1');
  });

  it('leave other unexpected errors INTERNAL_SERVER_ERROR', () => {
    const { formatted, error } = resolverError(new TypeError('boom'));
    expect(format(formatted as never, error).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
