import { readFileSync, statSync } from 'node:fs';
import { InvalidInputFileError } from './input-problems';

const MB = 1024 * 1024;

/** Largest OHCHR activity CSV read: the CSV is read whole, and OHCHR's portfolio is a few thousand rows. */
export const MAX_OHCHR_CSV_BYTES = 32 * MB;
/** Largest UHRI export read: the JSON is parsed whole. */
export const MAX_UHRI_JSON_BYTES = 150 * MB;

/**
 * A file that is read whole, as text: refused, before a byte is read, when larger than
 * `maxBytes`, and refused when it is not UTF-8 (a Latin-1 export, a binary or compressed file),
 * naming the line of the first byte that is not.
 */
export function readWholeUtf8File(filePath: string, displayName: string, maxBytes: number): string {
  const size = statSync(filePath).size;
  if (size > maxBytes) {
    throw refused(displayName, null, `the file is ${(size / MB).toFixed(0)} MB, larger than the ${maxBytes / MB} MB Concord reads for this kind of file`);
  }
  const bytes = readFileSync(filePath);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw refused(displayName, line, 'not UTF-8 text (a binary or compressed file, or text saved in another encoding: save it as UTF-8)');
  }
}

function refused(file: string, line: number | null, message: string): InvalidInputFileError {
  return new InvalidInputFileError(file, [{ file, line, record: null, field: null, message }]);
}
