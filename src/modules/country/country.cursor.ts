import { badInput } from '../../errors';

/** Countries page by code (unique), so the cursor is the code alone: base64url JSON, opaque to clients. */
const KEY = 'COUNTRY_CODE';

export function encodeCountryCursor(code: string): string {
  return Buffer.from(JSON.stringify([KEY, code]), 'utf8').toString('base64url');
}

export function decodeCountryCursor(cursor: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('after', 'is not a cursor returned by this API');
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || parsed[0] !== KEY || typeof parsed[1] !== 'string') {
    throw badInput('after', 'is not a country cursor returned by this API');
  }
  return parsed[1];
}
