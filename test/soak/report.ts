import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const RELIABILITY_DOC = path.resolve(__dirname, '..', '..', 'docs', 'reliability.md');

type Memory = { gateway: number | null; engine: number | null };

export interface SoakResult {
  passed: boolean;
  /** The summary printed at the end. */
  text: string;
  minutes: number;
  clients: number;
  elapsedMs: number;
  requests: number;
  byStatus: [number, number][];
  serverErrors: number;
  unclear: number;
  p50: number;
  p99: number;
  operations: { operation: string; requests: number; p50: number; p99: number }[];
  memory: { atStart: Memory; afterWarmUp: Memory; atEnd: Memory };
  gatewayGrowth: number | null;
  engineGrowth: number | null;
  samples: { minute: number; gateway: number | null; engine: number | null }[];
  gatewayExit: number | null;
  engineRestarted: boolean;
}

const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
const pct = (g: number | null) => (g === null ? 'n/a' : `${g >= 0 ? '+' : ''}${(g * 100).toFixed(1)} %`);

/** Replaces the "## Soak" section of docs/reliability.md with the figures of this run. */
export function writeSoakSection(r: SoakResult, file = RELIABILITY_DOC): void {
  const command = r.minutes === 10 ? 'npm run soak' : `npm run soak -- --minutes ${r.minutes}`;
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}, ${os.platform()}`;
  const every = Math.max(1, Math.ceil(r.samples.length / 10));
  const body = [
    `\`${command}\`, ${new Date().toISOString().slice(0, 10)}, on ${machine}. Written by the command.`,
    '',
    `${r.clients} clients on 127.0.0.1 for ${(r.elapsedMs / 60_000).toFixed(1)} minutes against the gateway on the embedded engine with the bundled sample: **${r.requests} requests** (${(r.requests / (r.elapsedMs / 1000)).toFixed(1)}/s), **${r.serverErrors} 5xx**, ${r.unclear} answers other than a good 200; p50 **${r.p50.toFixed(1)} ms**, p99 **${r.p99.toFixed(1)} ms**. Result: **${r.passed ? 'PASS' : 'FAIL'}**.`,
    '',
    `Answers by status: ${r.byStatus.map(([s, n]) => `${s === 0 ? 'no answer' : s} × ${n}`).join(', ')}.`,
    '',
    '| operation | requests | p50 ms | p99 ms |',
    '|---|---:|---:|---:|',
    ...r.operations.map((o) => `| ${o.operation} | ${o.requests} | ${o.p50.toFixed(1)} | ${o.p99.toFixed(1)} |`),
    '',
    `Resident memory: at start is read once the gateway is ready; after warm-up and at end are means of the samples (every 10 s, or every fortieth of a short run) over the window after the first ${r.minutes >= 10 ? 'minute' : 'tenth of the run'} and over the last ${r.minutes >= 10 ? 'minute' : 'tenth'}.`,
    '',
    '| resident memory | at start | after warm-up | at end | growth after warm-up |',
    '|---|---:|---:|---:|---:|',
    `| gateway (Node) | ${mb(r.memory.atStart.gateway)} | ${mb(r.memory.afterWarmUp.gateway)} | ${mb(r.memory.atEnd.gateway)} | ${pct(r.gatewayGrowth)} |`,
    `| engine (Java) | ${mb(r.memory.atStart.engine)} | ${mb(r.memory.afterWarmUp.engine)} | ${mb(r.memory.atEnd.engine)} | ${pct(r.engineGrowth)} |`,
    '',
    `Resident memory along the run (minute: gateway / engine): ${r.samples
      .filter((_, i) => i % every === every - 1)
      .map((s) => `${s.minute.toFixed(1)}: ${mb(s.gateway)} / ${mb(s.engine)}`)
      .join('; ')}.`,
    '',
    `The gateway exited with code ${r.gatewayExit} on SIGTERM at the end; the engine was ${r.engineRestarted ? '' : 'not '}restarted during the run.`,
  ].join('\n');
  writeSection('Soak', body, file);
}

/** Replaces the `## heading` section of the document (up to the next `## `), or appends it. */
export function writeSection(heading: string, body: string, file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Reliability\n';
  const section = `## ${heading}\n\n${body.trim()}\n`;
  const start = current.indexOf(`\n## ${heading}\n`);
  if (start < 0) return writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
  const next = current.indexOf('\n## ', start + 1);
  writeFileSync(file, `${current.slice(0, start + 1)}${section}${next < 0 ? '' : current.slice(next)}`);
}
