import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { projectRoot } from '../paths';

/**
 * The coordination dashboard: the single-page app that `npm run build` bundles into dist/web
 * (sources in web/), served by the gateway itself. It talks only to /graphql.
 */
const DASHBOARD_DIR = path.join(projectRoot, 'dist', 'web');
const ASSETS_DIR = path.join(DASHBOARD_DIR, 'assets');

/** Paths of the app's pages; each gets index.html and the app routes on the client. */
const PAGE_PATH = /^\/(?:country\/[A-Za-z]{2}\/?|meetings\/?|meetings\/[0-9a-f]{24}\/?|follow-ups\/?)?$/;
/** Bundled assets: content-hashed names, no folders. */
const ASSET_NAME = /^[A-Za-z0-9_.-]+\.(js|css|map)$/;

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
};

/** Only our own origin; no inline script or style; the only requests are to /graphql. */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = {
  'content-security-policy': DASHBOARD_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const NOT_BUILT = 'The dashboard is not built. Run `npm run build` (npm install does it), then reload.\n';

function sendFile(res: ServerResponse, file: string, type: string, cacheControl: string, head: boolean): void {
  res.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size, 'cache-control': cacheControl, ...securityHeaders });
  if (head) return void res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Serves a dashboard page or asset for GET/HEAD; false (nothing sent) when the path is not the dashboard's. */
export function sendDashboard(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const head = req.method === 'HEAD';
  if (PAGE_PATH.test(url.pathname)) {
    const index = path.join(DASHBOARD_DIR, 'index.html');
    if (!existsSync(index)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...securityHeaders });
      res.end(head ? undefined : NOT_BUILT);
      return true;
    }
    // The page names the current hashed assets: always revalidate it.
    sendFile(res, index, 'text/html; charset=utf-8', 'no-cache', head);
    return true;
  }
  if (url.pathname.startsWith('/assets/')) {
    const name = url.pathname.slice('/assets/'.length);
    const match = ASSET_NAME.exec(name);
    const file = path.join(ASSETS_DIR, name);
    if (!match || !existsSync(file)) return false;
    // Names carry a content hash: a changed file is a new name, so the old one never changes.
    sendFile(res, file, CONTENT_TYPES[match[1]!]!, 'public, max-age=31536000, immutable', head);
    return true;
  }
  return false;
}
