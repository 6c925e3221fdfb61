import type { ImportCounts } from '../modules/import/import-run.entity';

/** Where progress goes: stderr, or a stand-in in tests. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  stream?: ProgressStream;
  /** Milliseconds between two lines about the same file when the stream is not a terminal. */
  intervalMs?: number;
  now?: () => number;
}

/** How a file ended, for its closing line. */
export type FileOutcome = { counts: Readonly<ImportCounts>; status: string } | { refused: true };

const group = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

function describeCounts(c: Readonly<ImportCounts>): string {
  return `${group(c.read)} read, ${group(c.created)} new, ${group(c.updated)} updated, ${group(c.unchanged)} unchanged, ${group(c.skipped)} skipped`;
}

function describeRate(read: number, elapsedMs: number): string {
  const seconds = Math.max(elapsedMs, 1) / 1000;
  return `${seconds.toFixed(1)} s, ${group(read / seconds)} records/s`;
}

/**
 * Progress of an import on stderr. Every file gets one closing line with its counts and rate.
 * While a file is read, a terminal shows one line rewritten in place; anything else (CI, logs,
 * nohup) gets a plain line at most every `intervalMs` (10 s), with counts and rate.
 */
export function progressReporter(opts: ProgressOptions = {}) {
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? Date.now;
  const intervalMs = opts.intervalMs ?? 10_000;
  const tty = Boolean(stream.isTTY);
  let label = '';
  let startedAt = 0;
  let lastLine = 0;
  let lastRead = -1;
  let rewritten = false;

  const clear = () => {
    if (rewritten) stream.write('\r\x1b[2K');
    rewritten = false;
  };
  const line = (text: string) => {
    clear();
    stream.write(`${text}\n`);
  };

  return {
    fileStarted(file: string, index: number, total: number): void {
      label = total > 1 ? `[${index + 1}/${total}] ${file}` : file;
      startedAt = now();
      lastLine = startedAt;
      lastRead = -1;
    },
    update(counts: Readonly<ImportCounts>): void {
      const text = `${label}: ${describeCounts(counts)} (${describeRate(counts.read, now() - startedAt)} so far)`;
      if (tty) {
        stream.write(`\r\x1b[2K${text.slice(0, (stream.columns ?? 120) - 1)}`);
        rewritten = true;
      } else if (now() - lastLine >= intervalMs && counts.read !== lastRead) {
        lastLine = now();
        lastRead = counts.read;
        line(text);
      }
    },
    fileFinished(outcome: FileOutcome): void {
      if ('refused' in outcome) return line(`${label}: refused (see below)`);
      const status = outcome.status === 'SUCCEEDED' ? '' : `${outcome.status}: `;
      line(`${label}: ${status}${describeCounts(outcome.counts)}, ${group(outcome.counts.withdrawn)} withdrawn (${describeRate(outcome.counts.read, now() - startedAt)})`);
    },
    /** A line of its own, e.g. what a run redoes. */
    note(text: string): void {
      line(text);
    },
    done(): void {
      clear();
    },
  };
}

export type ProgressReporter = ReturnType<typeof progressReporter>;

/** A fixed-width table for summaries. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i]!) : String(c).padEnd(widths[i]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
