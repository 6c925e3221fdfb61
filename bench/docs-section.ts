import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const BENCHMARKS_DOC = path.resolve(__dirname, '..', 'docs', 'benchmarks.md');

/** Replaces the `## heading` section of docs/benchmarks.md (up to the next `## `), or appends it. */
export function writeDocSection(heading: string, body: string, file = BENCHMARKS_DOC): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nFigures written by the benchmark commands; each section names its command, sizes and machine.\n';
  const section = `## ${heading}\n\n${body.trim()}\n`;
  const start = current.indexOf(`\n## ${heading}\n`);
  if (start < 0) return writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
  const next = current.indexOf('\n## ', start + 1);
  writeFileSync(file, `${current.slice(0, start + 1)}${section}${next < 0 ? '' : current.slice(next)}`);
}
