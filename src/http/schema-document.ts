import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/**
 * The API's contract as clients' tooling reads it: the whole schema in SDL, types and fields in
 * name order so that a change shows as a small diff. docs/schema.graphql is this text, committed.
 */
export function schemaDocument(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** `GET /schema.graphql`: the SDL, cacheable for five minutes and revalidated by its digest. */
export function sendSchemaDocument(res: ServerResponse, document: string, ifNoneMatch: string | undefined): void {
  const etag = `"${createHash('sha256').update(document).digest('base64url').slice(0, 27)}"`;
  res.setHeader('etag', etag);
  res.setHeader('cache-control', 'public, max-age=300');
  if (ifNoneMatch?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(document);
}
