import { closeSync, openSync, readSync } from 'node:fs';

/**
 * What a file looks like from its first bytes, so that a file given to the wrong command is
 * named for what it is (and the right command suggested) instead of failing with a parser error.
 */
export type InputKind = 'IATI_XML' | 'XML' | 'OHCHR_CSV' | 'OCHA_3W' | 'CSV' | 'UHRI_JSON' | 'JSON' | 'EMPTY' | 'UNKNOWN';

/** The command that imports each kind Concord knows. */
export const COMMAND_FOR_KIND: Partial<Record<InputKind, string>> = {
  IATI_XML: 'concord ingest iati',
  OHCHR_CSV: 'concord ingest ohchr',
  UHRI_JSON: 'concord ingest recommendations',
  OCHA_3W: 'concord ingest 3w',
};

const DESCRIPTION: Record<InputKind, string> = {
  IATI_XML: 'an IATI activity file (XML)',
  XML: 'an XML file',
  OHCHR_CSV: "OHCHR's activity CSV",
  OCHA_3W: 'an OCHA 3W file (CSV with HXL hashtags)',
  CSV: 'a CSV file',
  UHRI_JSON: 'a UHRI recommendations export (JSON)',
  JSON: 'a JSON file',
  EMPTY: 'empty',
  UNKNOWN: 'not a file Concord imports',
};

/** The kind of a file from the text it starts with (a few kilobytes are enough). Pure. */
export function sniffInputKind(head: string): InputKind {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text === '') return 'EMPTY';
  if (text.startsWith('<')) return /<iati-activities[\s>]/.test(text) ? 'IATI_XML' : 'XML';
  if (text.startsWith('[') || text.startsWith('{')) return /"(AnnotationId|Recommendations)"/.test(text) ? 'UHRI_JSON' : 'JSON';
  if (/^[^\n]*#org\b[^\n]*#(sector|adm1|adm2)\b/im.test(text)) return 'OCHA_3W';
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  if (firstLine.includes(',') || firstLine.includes(';')) {
    return /(^|,)\s*"?identifier"?\s*(,|$)/.test(firstLine) && firstLine.includes('title_en') ? 'OHCHR_CSV' : 'CSV';
  }
  return 'UNKNOWN';
}

/** The first bytes of a local file as text; '' when it cannot be read. */
export function fileHead(filePath: string, bytes = 4096): string {
  let fd: number | undefined;
  try {
    fd = openSync(filePath, 'r');
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Why a file of `kind` is refused by a command expecting `expected`, naming the right command
 * when Concord knows one; null when the kind is acceptable.
 */
export function wrongKindProblem(kind: InputKind, expected: InputKind, acceptable: readonly InputKind[] = [expected]): string | null {
  if (acceptable.includes(kind)) return null;
  if (kind === 'EMPTY') return 'the file is empty';
  const command = COMMAND_FOR_KIND[kind];
  return `this is ${DESCRIPTION[kind]}, not ${DESCRIPTION[expected]}${command ? `; import it with \`${command}\`` : ''}`;
}
