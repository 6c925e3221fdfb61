import { once } from 'node:events';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Reproducible synthetic IATI activity files for the ingest benchmark: activities of the
 * d-portal sample files, drawn with a seeded PRNG and perturbed (unique identifiers, amounts
 * scaled, dates shifted). Same seed and size → same bytes.
 */

export const DEFAULT_SAMPLE_DIR = path.resolve(__dirname, '../../data/sample');

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The raw `<iati-activity>…</iati-activity>` texts of every sample file, in file-name order. */
export function loadActivityTemplates(sampleDir = DEFAULT_SAMPLE_DIR): string[] {
  return readdirSync(sampleDir)
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .flatMap((name) => readFileSync(path.join(sampleDir, name), 'utf8').match(/<iati-activity[\s>][\s\S]*?<\/iati-activity>/g) ?? []);
}

const DAY_MS = 86_400_000;

function shiftDate(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** One synthetic activity: identifier made unique, amounts ×[0.5, 1.5), dates shifted ±1 year. */
export function perturbActivity(template: string, index: number, random: () => number): string {
  const factor = 0.5 + random();
  const days = Math.floor(random() * 731) - 365;
  return template
    .replace(/<iati-identifier>([\s\S]*?)<\/iati-identifier>/, (_m, id: string) => `<iati-identifier>${id.trim()}-SYN${index}</iati-identifier>`)
    .replace(/(<value\b[^>]*>)\s*([0-9]+(?:\.[0-9]+)?)\s*(<\/value>)/g, (_m, open: string, amount: string, close: string) =>
      `${open}${(Number(amount) * factor).toFixed(2)}${close}`)
    .replace(/iso-date="(\d{4}-\d{2}-\d{2})"/g, (_m, iso: string) => `iso-date="${shiftDate(iso, days)}"`);
}

export interface SyntheticFileSpec {
  activities: number;
  seed: number;
  out: string;
}

/** Writes the synthetic file (streamed, with back-pressure); resolves to its size in bytes. */
export async function writeSyntheticIatiFile(spec: SyntheticFileSpec, templates = loadActivityTemplates()): Promise<number> {
  const random = seededRandom(spec.seed);
  const out = createWriteStream(spec.out);
  let bytes = 0;
  const write = async (text: string): Promise<void> => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="2021-06-15T00:00:00Z">\n');
  for (let i = 0; i < spec.activities; i++) {
    const template = templates[Math.floor(random() * templates.length)] as string;
    await write(` ${perturbActivity(template, i, random)}\n`);
  }
  await write('</iati-activities>\n');
  out.end();
  await once(out, 'close');
  return bytes;
}
