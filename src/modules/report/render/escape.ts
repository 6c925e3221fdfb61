/**
 * Escaping for each output format. Every text in the model comes from outside (IATI publishers,
 * UHRI, meeting notes): titles contain `&`, `<`, `|`, newlines, and may contain markup.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text or attribute value (double- or single-quoted). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]!);

/** Markup that is already escaped; only `html` makes it, so every other string is escaped on the way in. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const htmlOf = (value: HtmlValue): string => {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(htmlOf).join('');
  return escapeHtml(String(value));
};

/** Template tag: interpolated strings and numbers are escaped, SafeHtml and arrays of it are kept. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, literal, i) => out + literal + (i < values.length ? htmlOf(values[i]!) : ''), ''));
}

/** Text → a CSS string literal that is safe inside a `<style>` element (no `</style>` can form). */
export const cssString = (text: string): string =>
  `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]+/g, ' ').replace(/</g, '\\3C ')}"`;

/**
 * Text → inline Markdown that renders as the same text: CommonMark backslash escapes for
 * characters that start emphasis, code, links or raw HTML, and for `&` where it would form an entity.
 * Line breaks become spaces (a newline could start a heading or a list).
 */
export const escapeMarkdownText = (text: string): string =>
  text
    .replace(/[\\`*_[\]<>|#]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/\r\n|\r|\n/g, ' ');

/** Text → the content of a pipe-table cell: as inline text, with line breaks kept as `<br>`. */
export const escapeMarkdownCell = (text: string): string =>
  escapeMarkdownText(text.replace(/\r\n|\r|\n/g, '\u0000')).replace(/\u0000/g, '<br>');

/**
 * Text → one RFC 4180 field: quoted when it holds a comma, quote, CR or LF, quotes doubled.
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading apostrophe: titles come from third-party publishers and a CSV is opened in Excel.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
