import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

/**
 * The offline GraphQL IDE: GraphiQL 3 on React 18, every file served by Concord itself from
 * node_modules (no CDN, no external request). Only the files named here are served.
 */
const packageDir = (name: string) => path.dirname(require.resolve(name));

interface Asset {
  type: string;
  /** A file on disk, or a text held here. */
  file?: string;
  text?: string;
}

const BOOTSTRAP = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultEditorToolsVisibility: true,
    defaultQuery: '# Concord: who does what, where, on which human-rights theme.\\n' +
      '# Add an API key in Headers as {"Authorization": "Bearer ck_…"} for restricted data.\\n' +
      '{\\n  activities(first: 5) {\\n    totalCount\\n    edges { node { iatiIdentifier title reportingOrg { ref name } } }\\n  }\\n}\\n'
  }));
})();
`;

const ASSETS: ReadonlyMap<string, Asset> = new Map<string, Asset>([
  ['graphiql.min.js', { type: 'text/javascript; charset=utf-8', file: path.join(packageDir('graphiql/package.json'), 'graphiql.min.js') }],
  ['graphiql.min.css', { type: 'text/css; charset=utf-8', file: path.join(packageDir('graphiql/package.json'), 'graphiql.min.css') }],
  ['react.production.min.js', { type: 'text/javascript; charset=utf-8', file: path.join(packageDir('react'), 'umd', 'react.production.min.js') }],
  ['react-dom.production.min.js', { type: 'text/javascript; charset=utf-8', file: path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js') }],
  ['concord-ide.js', { type: 'text/javascript; charset=utf-8', text: BOOTSTRAP }],
]);

/** Only our own origin; inline styles are needed by GraphiQL's components, inline scripts are not. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Concord GraphQL IDE</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="ide/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the GraphQL IDE…</div>
<script src="ide/react.production.min.js"></script>
<script src="ide/react-dom.production.min.js"></script>
<script src="ide/graphiql.min.js"></script>
<script src="ide/concord-ide.js"></script>
</body>
</html>
`;

const securityHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** A browser asking for a page (no GraphQL parameters, HTML accepted) rather than a GraphQL result. */
export function wantsIdePage(req: IncomingMessage, url: URL): boolean {
  if (req.method !== 'GET' || url.searchParams.has('query') || url.searchParams.has('extensions')) return false;
  return (req.headers.accept ?? '').split(',').some((part) => part.trim().toLowerCase().startsWith('text/html'));
}

export function sendIdePage(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(PAGE), 'cache-control': 'no-cache', ...securityHeaders });
  res.end(PAGE);
}

/** Serves `/ide/<name>` when `name` is on the allow-list; false (nothing sent) otherwise. */
export function sendIdeAsset(name: string, res: ServerResponse): boolean {
  const asset = ASSETS.get(name);
  if (!asset) return false;
  const headers = { 'content-type': asset.type, 'cache-control': 'public, max-age=3600', ...securityHeaders };
  if (asset.text !== undefined) {
    res.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(asset.text) });
    res.end(asset.text);
    return true;
  }
  const file = asset.file!;
  res.writeHead(200, { ...headers, 'content-length': statSync(file).size });
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
  return true;
}
