import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../ingest/synthetic-iati';

/**
 * A reproducible portfolio of real-looking IATI activity files for the benchmarks: the bundled
 * publisher files (data/sample/*.xml, about 100 activities each) copied until `activities` are
 * reached. Each copy keeps a file's root element and every activity's XML as published, with
 * new iati-identifiers (suffix `-C<copy>`) and its recipient country codes permuted (one seeded
 * permutation of the sample's countries per copy), so that load spreads over countries the way
 * a real portfolio's does. Same size and seed → same bytes. A manifest is written last: a
 * folder without one is regenerated.
 */
export interface PortfolioSpec {
  activities: number;
  seed: number;
}

export interface Portfolio extends PortfolioSpec {
  dir: string;
  files: string[];
  bytes: number;
}

const SAMPLE_DIR = path.resolve(__dirname, '../../data/sample');
const MANIFEST = 'portfolio.json';
const ACTIVITY = /<iati-activity[\s>][\s\S]*?<\/iati-activity>/g;
const COUNTRY_CODE = /(<recipient-country\b[^>]*?\bcode=")([A-Z]{2})(")/g;

interface SampleFile {
  name: string;
  head: string;
  activities: string[];
}

function sampleFiles(): SampleFile[] {
  return readdirSync(SAMPLE_DIR)
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(SAMPLE_DIR, name), 'utf8');
      const root = /<iati-activities\b[^>]*>/.exec(text);
      if (!root) throw new Error(`${name}: no <iati-activities> root`);
      return { name, head: text.slice(0, root.index + root[0].length), activities: text.match(ACTIVITY) ?? [] };
    });
}

/** Fisher–Yates over the sample's recipient country codes: code → code for one copy. */
function permutation(codes: readonly string[], random: () => number): Map<string, string> {
  const shuffled = [...codes];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return new Map(codes.map((code, i) => [code, shuffled[i]!]));
}

function copyActivity(xml: string, copy: number, countries: Map<string, string>): string {
  return xml
    .replace(/<iati-identifier>\s*([\s\S]*?)\s*<\/iati-identifier>/, (_m, id: string) => `<iati-identifier>${id}-C${copy}</iati-identifier>`)
    .replace(COUNTRY_CODE, (_m, open: string, code: string, close: string) => `${open}${countries.get(code) ?? code}${close}`);
}

/** The portfolio in `root/n<activities>-s<seed>/`, generated unless its manifest is there. */
export function ensurePortfolio(root: string, spec: PortfolioSpec): Portfolio {
  const dir = path.join(root, `iati-n${spec.activities}-s${spec.seed}`);
  const manifest = path.join(dir, MANIFEST);
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')) as Portfolio;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const samples = sampleFiles();
  const codes = [...new Set(samples.flatMap((s) => s.activities.flatMap((a) => [...a.matchAll(COUNTRY_CODE)].map((m) => m[2]!))))].sort();
  const random = seededRandom(spec.seed);
  const files: string[] = [];
  let written = 0;
  let bytes = 0;
  for (let copy = 0; written < spec.activities; copy++) {
    const countries = permutation(codes, random);
    for (const sample of samples) {
      if (written >= spec.activities) break;
      const take = sample.activities.slice(0, spec.activities - written).map((a) => copyActivity(a, copy, countries));
      const name = `c${String(copy).padStart(5, '0')}-${sample.name}`;
      const text = `${sample.head}\n ${take.join('\n ')}\n</iati-activities>\n`;
      writeFileSync(path.join(dir, name), text);
      files.push(name);
      written += take.length;
      bytes += Buffer.byteLength(text);
    }
  }
  const portfolio: Portfolio = { ...spec, dir, files, bytes };
  writeFileSync(manifest, JSON.stringify(portfolio));
  return portfolio;
}
