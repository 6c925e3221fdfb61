/**
 * Why a whole IATI file was refused. Any of these means the file changes nothing in the mirror.
 *
 * | code                   | meaning                                                              |
 * |------------------------|----------------------------------------------------------------------|
 * | NOT_WELL_FORMED        | not well-formed XML (truncated, mismatched tags, undefined entity…)  |
 * | DOCTYPE_REFUSED        | a DOCTYPE was met; refused before reading any further (no XXE/bombs) |
 * | NOT_IATI               | the root element is not `iati-activities`                            |
 * | UNSUPPORTED_ENCODING   | the XML declaration names an encoding other than UTF-8 / ASCII, or   |
 * |                        | the bytes are not UTF-8 (Latin-1 text, a binary or compressed file)  |
 * | VALUE_TOO_LONG         | one text, attribute value or comment is longer than any activity     |
 * |                        | needs (refused as it is read, never held whole in memory)            |
 */
export type IatiFileErrorCode = 'NOT_WELL_FORMED' | 'DOCTYPE_REFUSED' | 'NOT_IATI' | 'UNSUPPORTED_ENCODING' | 'VALUE_TOO_LONG';

export class IatiFileError extends Error {
  override readonly name = 'IatiFileError';

  /**
   * @param line   1-based line where the problem was detected.
   * @param column 1-based column (in UTF-16 code units) where the problem was detected.
   * @param reason the problem alone; the message adds file, line and column.
   */
  constructor(
    readonly code: IatiFileErrorCode,
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason} [${code}]`);
  }
}
