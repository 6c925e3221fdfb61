import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SAMPLE_DIR } from '../../../src/ingest/sample';

/**
 * The bad-file corpus, generated at test time (the 200 MB files are never committed). Each entry
 * names the command that is given the file and what the one error line must say.
 */
export interface BadFile {
  name: string;
  command: 'iati' | 'ohchr' | 'recommendations';
  /** Writes the file into `dir` and returns its path. */
  write(dir: string): string;
  /** What the single error line says (besides the file's name). */
  error: RegExp;
}

export const IATI_SAMPLE = path.join(SAMPLE_DIR, 'undp_2021-06-15_dportal_111.xml');
export const OHCHR_SAMPLE = path.join(SAMPLE_DIR, 'ohchr', 'ohchr-activities.csv');
export const UHRI_SAMPLE = path.join(SAMPLE_DIR, 'recommendations', 'uhri-sample.json');

/** Size of the one-line files: larger than any real activity, recommendation or CSV row. */
export const ONE_LINE_BYTES = 200 * 1024 * 1024;

const text = (file: string) => readFileSync(file, 'utf8');
const put = (dir: string, name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

/** Writes head + `bytes` of filler + tail on one line, 1 MB at a time (never holds the whole file). */
function writeOneLine(file: string, head: string, filler: string, tail: string): string {
  const block = Buffer.from(filler.repeat(Math.ceil((1024 * 1024) / filler.length)).slice(0, 1024 * 1024));
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, head);
    for (let written = 0; written < ONE_LINE_BYTES; written += block.length) writeSync(fd, block);
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
  return file;
}

/** The IATI sample with a French title, so that re-encoding it changes bytes. */
const iatiWithAccents = () => text(IATI_SAMPLE).replace(/(<title>\s*<narrative[^>]*>)/, '$1Coopération: ');

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE iati-activities [
  <!ENTITY lol "lol">
  ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n  ')}
]>
<iati-activities version="2.03"><iati-activity><iati-identifier>XM-BOMB-1</iati-identifier><reporting-org ref="XM-BOMB"/><title><narrative>&lol9;</narrative></title></iati-activity></iati-activities>
`;

const XXE = `<?xml version="1.0"?>
<!DOCTYPE iati-activities [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<iati-activities version="2.03"><iati-activity><iati-identifier>XM-XXE-1</iati-identifier><reporting-org ref="XM-XXE"/><title><narrative>&secret;</narrative></title></iati-activity></iati-activities>
`;

export const BAD_FILES: BadFile[] = [
  // concord ingest iati
  { name: 'truncated.xml', command: 'iati', write: (d) => put(d, 'truncated.xml', readFileSync(IATI_SAMPLE).subarray(0, Math.floor(readFileSync(IATI_SAMPLE).length * 0.6))), error: /not well-formed XML/ },
  {
    name: 'latin1-declared.xml',
    command: 'iati',
    write: (d) => put(d, 'latin1-declared.xml', Buffer.from(iatiWithAccents().replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'latin1')),
    error: /encoding "ISO-8859-1" is not supported/,
  },
  { name: 'latin1-undeclared.xml', command: 'iati', write: (d) => put(d, 'latin1-undeclared.xml', Buffer.from(iatiWithAccents(), 'latin1')), error: /not (valid )?UTF-8/ },
  {
    name: 'utf16.xml',
    command: 'iati',
    write: (d) => put(d, 'utf16.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(IATI_SAMPLE).replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')])),
    error: /UTF-8|UTF-16|encoding/,
  },
  { name: 'entity-bomb.xml', command: 'iati', write: (d) => put(d, 'entity-bomb.xml', BILLION_LAUGHS), error: /DOCTYPE declarations are refused/ },
  { name: 'xxe.xml', command: 'iati', write: (d) => put(d, 'xxe.xml', XXE), error: /DOCTYPE declarations are refused/ },
  { name: 'binary.xml', command: 'iati', write: (d) => put(d, 'binary.xml', gzipSync(readFileSync(IATI_SAMPLE))), error: /not (valid )?UTF-8|not well-formed|not a file Concord imports/ },
  {
    name: 'one-line-200mb.xml',
    command: 'iati',
    write: (d) =>
      writeOneLine(
        path.join(d, 'one-line-200mb.xml'),
        '<?xml version="1.0" encoding="UTF-8"?><iati-activities version="2.03"><iati-activity><iati-identifier>XM-LONG-1</iati-identifier><reporting-org ref="XM-LONG"/><title><narrative>',
        'Human rights technical cooperation. ',
        '</narrative></title></iati-activity></iati-activities>',
      ),
    error: /longer than \d+ MB/,
  },
  { name: 'ohchr-as-iati.xml', command: 'iati', write: (d) => put(d, 'ohchr-as-iati.xml', readFileSync(OHCHR_SAMPLE)), error: /this is OHCHR's activity CSV, not an IATI activity file \(XML\); import it with `concord ingest ohchr`/ },

  // concord ingest ohchr
  { name: 'truncated.csv', command: 'ohchr', write: (d) => put(d, 'truncated.csv', text(OHCHR_SAMPLE).slice(0, Math.floor(text(OHCHR_SAMPLE).length * 0.6))), error: /not valid CSV|line \d+/ },
  { name: 'latin1.csv', command: 'ohchr', write: (d) => put(d, 'latin1.csv', Buffer.from(text(OHCHR_SAMPLE), 'latin1')), error: /not (valid )?UTF-8/ },
  { name: 'binary.csv', command: 'ohchr', write: (d) => put(d, 'binary.csv', gzipSync(readFileSync(OHCHR_SAMPLE))), error: /not (valid )?UTF-8|not a file Concord imports|not OHCHR's activity CSV/ },
  {
    name: 'one-line-200mb.csv',
    command: 'ohchr',
    write: (d) => writeOneLine(path.join(d, 'one-line-200mb.csv'), `${text(OHCHR_SAMPLE).split('\n')[0]}\nOHCHR-LONG-1,`, 'Technical cooperation ', ',,,2,2021-01-01,2021-12-31,,,KE,15160,16.3,,1,USD,false,false\n'),
    error: /the file is 200 MB, larger than the \d+ MB/,
  },
  { name: 'iati-as-ohchr.csv', command: 'ohchr', write: (d) => put(d, 'iati-as-ohchr.csv', readFileSync(IATI_SAMPLE)), error: /this is an IATI activity file \(XML\), not OHCHR's activity CSV; import it with `concord ingest iati`/ },

  // concord ingest recommendations
  { name: 'truncated.json', command: 'recommendations', write: (d) => put(d, 'truncated.json', text(UHRI_SAMPLE).slice(0, Math.floor(text(UHRI_SAMPLE).length * 0.6))), error: /not valid JSON/ },
  { name: 'latin1.json', command: 'recommendations', write: (d) => put(d, 'latin1.json', Buffer.from(text(UHRI_SAMPLE).replace('"Text": "', '"Text": "Coopération '), 'latin1')), error: /not (valid )?UTF-8/ },
  { name: 'binary.json', command: 'recommendations', write: (d) => put(d, 'binary.json', gzipSync(readFileSync(UHRI_SAMPLE))), error: /not (valid )?UTF-8|not a file Concord imports/ },
  {
    name: 'one-line-200mb.json',
    command: 'recommendations',
    write: (d) =>
      writeOneLine(
        path.join(d, 'one-line-200mb.json'),
        '[{"AnnotationId":"long-1","Symbol":"S","PublicationDate":"2020-01-01","Body":"CRC","BodyType":"Treaty body","Countries":["KE"],"Text":"',
        'Strengthen the national human rights institution. ',
        '"}]\n',
      ),
    error: /the file is 200 MB, larger than the \d+ MB/,
  },
  { name: 'ohchr-as-recommendations.json', command: 'recommendations', write: (d) => put(d, 'ohchr-as-recommendations.json', readFileSync(OHCHR_SAMPLE)), error: /this is OHCHR's activity CSV, not a UHRI recommendations export \(JSON\); import it with `concord ingest ohchr`/ },
];
