import { html, type HtmlValue, SafeHtml } from './escape';

/** What a report page may load: its inline styles, nothing else (no scripts, images or requests). */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * The shell every HTML report shares: one self-contained page with its own CSP, inline styles and
 * the page frame; `content` is the header, main part and footer of the report, ending in a newline.
 */
export function reportPage(title: string, styles: string, content: HtmlValue): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Concord">
<title>${title}</title>
<style>${new SafeHtml(styles)}</style>
</head>
<body>
<div class="page">
${content}</div>
</body>
</html>
`.value;
}
