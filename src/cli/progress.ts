import type { ImportCounts } from '../modules/import/import-run.entity';

/** Progress on stderr: a rewritten line on a terminal, plain lines otherwise (logs, CI). */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr) {
  const tty = Boolean(stream.isTTY);
  let lastPlain = 0;
  return {
    update(file: string, counts: Readonly<ImportCounts>): void {
      const text = `${file}: ${counts.read} read, ${counts.created} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped`;
      if (tty) {
        stream.write(`\r\x1b[2K${text.slice(0, (stream.columns ?? 120) - 1)}`);
      } else if (Date.now() - lastPlain > 2000) {
        lastPlain = Date.now();
        stream.write(`${text}\n`);
      }
    },
    done(): void {
      if (tty) stream.write('\r\x1b[2K');
    },
  };
}

/** A fixed-width table for summaries. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i]!) : String(c).padEnd(widths[i]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
