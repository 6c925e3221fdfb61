import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE_DIR } from '../../src/ingest/sample';

/** The bundled UNDP sample file: 100 activities. */
export const UNDP_SAMPLE = path.join(SAMPLE_DIR, 'undp_2021-06-15_dportal_111.xml');

/**
 * Writes one IATI file holding `copies` copies of the bundled UNDP sample's 100 activities, each
 * copy with identifiers of its own (suffix `-cNN`): an import long enough to stop in the middle,
 * the same on every run.
 */
export function writeIatiCopies(file: string, copies: number): string {
  const xml = readFileSync(UNDP_SAMPLE, 'utf8');
  const start = /<iati-activity[\s>]/.exec(xml)!.index;
  const end = xml.lastIndexOf('</iati-activities>');
  const body = xml.slice(start, end);
  const parts = Array.from({ length: copies }, (_, i) =>
    body.replace(/<iati-identifier>([^<]*)<\/iati-identifier>/g, (_m, id: string) => `<iati-identifier>${id}-c${String(i).padStart(2, '0')}</iati-identifier>`),
  );
  writeFileSync(file, xml.slice(0, start) + parts.join('') + xml.slice(end));
  return file;
}
