import type { Measurement } from './measure';

interface Rate {
  activities: number;
  ms: number;
  perSecond: number;
}

/** One size of the ingest benchmark: the CLI run over the whole portfolio, and parse-only. */
export interface IngestSizeResult {
  activities: number;
  files: number;
  fileMiB: number;
  /** The whole `concord ingest iati` process, start-up and engine connection included. */
  cliWallMs: number;
  cliPeakRssMiB: number;
  /** RSS samples (MiB, 1 s apart) near the start and at the end of the run. */
  rssFirstMiB: number[];
  rssLastMiB: number[];
  engineRssMiB: number | null;
  /** Activities read over the summed import-run durations. */
  overall: Rate;
  first: Rate;
  last: Rate;
  slowestFileMs: number;
  failedFiles: number;
  parse: Measurement;
}

const n = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }).replace(/,/g, ' ');
const goal = (perSecond: number) => (perSecond >= 1000 ? 'met' : 'not met');

export function markdownReport(sizes: IngestSizeResult[], meta: { command: string; machine: string; engine: string; edgeFiles: number }): string {
  return [
    `Command: \`${meta.command}\`. Machine: ${meta.machine}. Database: ${meta.engine}.`,
    `Files: the bundled publisher files copied with new identifiers and permuted recipient countries (bench/portfolio), about 100 activities per file, ingested one after the other by one \`concord ingest iati <folder> --json\` process into an empty database. Activities/s = activities read / summed import-run durations (parse, validation pass, hashing, lookup of existing records, batched writes, withdraw step); "first"/"last" = the first/last ${meta.edgeFiles} files; "over CLI wall" = activities / the whole command's wall time (start-up, connection and every file), what a user waits for.`,
    '',
    '| activities | files | MiB | overall activities/s | first files | last files | slowest file s | CLI wall s | activities/s over CLI wall | CLI peak RSS MiB | CLI RSS start → end MiB | engine RSS MiB | failed files | goal ≥ 1 000/s at this size |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|',
    ...sizes.map(
      (s) =>
        `| ${n(s.activities)} | ${s.files} | ${n(s.fileMiB)} | ${n(s.overall.perSecond)} | ${n(s.first.perSecond)} | ${n(s.last.perSecond)} | ${n(s.slowestFileMs / 1000, 2)} | ${n(s.cliWallMs / 1000, 1)} | ${n((s.activities / s.cliWallMs) * 1000)} | ${s.cliPeakRssMiB} | ${s.rssFirstMiB.join('/')} → ${s.rssLastMiB.join('/')} | ${s.engineRssMiB ?? '–'} | ${s.failedFiles} | ${goal(Math.min(s.overall.perSecond, s.last.perSecond))} |`,
    ),
    '',
    'Parse only (same files, streaming reader and normaliser, no database), for comparison:',
    '',
    '| activities | parse-only activities/s | parse-only wall s | peak RSS MiB |',
    '|---:|---:|---:|---:|',
    ...sizes.map((s) =>
      s.parse.error
        ? `| ${n(s.activities)} | failed: ${s.parse.error} | – | – |`
        : `| ${n(s.activities)} | ${n((s.parse.activities / s.parse.wallMs) * 1000)} | ${n(s.parse.wallMs / 1000, 1)} | ${n(s.parse.peakRssMiB)} |`,
    ),
  ].join('\n');
}
