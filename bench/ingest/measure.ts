import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { isSkipped, readIatiFile } from '../../src/ingest/iati';

/**
 * One measurement, meant to run alone in a fresh process (see run.ts):
 *   node --import tsx bench/ingest/measure.ts <stream|dom> <file> [file…]   (dom: the first file only)
 * Prints one JSON line: activities, wall time, peak RSS (the kernel's high-water mark, so a
 * synchronous parse that blocks the event loop is measured too).
 */
export type MeasureMode = 'stream' | 'dom';

export interface Measurement {
  mode: MeasureMode;
  file: string;
  activities: number;
  wallMs: number;
  /** RSS once modules are loaded, before reading the file. */
  rssBeforeMiB: number;
  peakRssMiB: number;
  /** Set when the parse failed (e.g. the file is larger than V8's longest string). */
  error?: string;
}

/** Streams and normalises every activity of the files (what an import does before writing). */
async function streamActivities(files: string[]): Promise<number> {
  let count = 0;
  for (const file of files) for await (const item of readIatiFile(file)) if (!isSkipped(item)) count++;
  return count;
}

/** Baseline: the whole file read into memory and parsed into a document object. */
function domActivities(file: string): number {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'iati-activity' });
  const document = parser.parse(readFileSync(file, 'utf8')) as { 'iati-activities': { 'iati-activity': unknown[] } };
  return document['iati-activities']['iati-activity'].length;
}

async function main(): Promise<void> {
  const [mode, ...files] = process.argv.slice(2) as [MeasureMode, ...string[]];
  const file = files.length === 1 ? files[0]! : `${files.length} files`;
  const mib = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
  const rssBeforeMiB = mib(process.memoryUsage().rss);
  const started = performance.now();
  let activities = 0;
  let error: string | undefined;
  try {
    activities = mode === 'dom' ? domActivities(files[0]!) : await streamActivities(files);
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const wallMs = Math.round(performance.now() - started);
  const peakRssMiB = mib(process.resourceUsage().maxRSS * 1024);
  const result: Measurement = { mode, file, activities, wallMs, rssBeforeMiB, peakRssMiB, ...(error === undefined ? {} : { error }) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

void main();
