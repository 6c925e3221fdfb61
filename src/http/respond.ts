import type { ServerResponse } from 'node:http';
import { ERROR_CODES, type ErrorCode } from '../errors';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload), ...headers });
  res.end(payload);
}

/** A GraphQL-shaped error response for requests refused before GraphQL runs. */
export function sendError(res: ServerResponse, code: ErrorCode, message: string = ERROR_CODES[code].message, headers: Record<string, string> = {}): void {
  sendJson(res, ERROR_CODES[code].status, { errors: [{ message, extensions: { code } }] }, headers);
}
