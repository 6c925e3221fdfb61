import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import type { GraphQLContext } from '../context';
import { BodyTooLargeError, readBody } from './body';
import { answerFromValidators } from './cache-response';
import { sendError } from './respond';

/**
 * Node HTTP integration for Apollo Server: reads the body within the size limit, hands the
 * request to Apollo, and writes its answer (complete or incremental) back.
 */
export async function handleGraphQL(
  server: ApolloServer<GraphQLContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  maxBodyBytes: number,
  context: () => Promise<GraphQLContext>,
  /** The mirror version, for the ETag of a cacheable GET; without it no ETag is given. */
  mirrorVersion?: () => Promise<number>,
): Promise<void> {
  let raw = '';
  if (req.method === 'POST') {
    try {
      raw = await readBody(req, maxBodyBytes);
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        res.setHeader('connection', 'close');
        return sendError(res, 'PAYLOAD_TOO_LARGE', `The request body exceeds the limit of ${maxBodyBytes} bytes.`);
      }
      throw err;
    }
  }

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = raw;
  const contentType = headers.get('content-type') ?? '';
  if (req.method === 'POST' && contentType.includes('json') && raw !== '') {
    try {
      body = JSON.parse(raw);
    } catch {
      return sendError(res, 'BAD_USER_INPUT', 'The request body is not valid JSON.');
    }
  }

  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context,
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    if (mirrorVersion && (await answerFromValidators(req, res, response.body.string, mirrorVersion))) return;
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
