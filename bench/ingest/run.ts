import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Measurement, MeasureMode } from './measure';
import { markdownReport, type SizeResult } from './report';
import { writeSyntheticIatiFile } from './synthetic-iati';

/**
 * Ingest benchmark: streaming reader vs whole-document parse, each measurement in a fresh
 * process, on reproducible synthetic files.
 *   npx tsx bench/ingest/run.ts [--sizes=10000,100000] [--seed=20210615] [--fresh]
 * Synthetic files are kept in bench/results/data/ (git-ignored) and reused unless --fresh.
 * Prints a markdown table; writes the JSON to bench/results/ingest-<timestamp>.json.
 */
const projectRoot = path.resolve(__dirname, '../..');
const resultsDir = path.join(projectRoot, 'bench', 'results');
const dataDir = path.join(resultsDir, 'data');
const measureScript = path.join(__dirname, 'measure.ts');

interface Options {
  sizes: number[];
  seed: number;
  fresh: boolean;
}

function options(argv: string[]): Options {
  const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  return {
    sizes: (value('sizes') ?? '10000,100000').split(',').map(Number),
    seed: Number(value('seed') ?? '20210615'),
    fresh: argv.includes('--fresh'),
  };
}

async function syntheticFile(activities: number, seed: number, fresh: boolean): Promise<string> {
  const file = path.join(dataDir, `iati-synthetic-n${activities}-seed${seed}.xml`);
  if (fresh || !existsSync(file) || statSync(file).size === 0) {
    process.stderr.write(`generating ${path.relative(projectRoot, file)}…\n`);
    await writeSyntheticIatiFile({ activities, seed, out: file });
  }
  return file;
}

/** Runs measure.ts in a fresh Node process; a crashed child becomes a failed measurement. */
function measure(mode: MeasureMode, file: string): Promise<Measurement> {
  process.stderr.write(`measuring ${mode} on ${path.basename(file)}…\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', measureScript, mode, file], { cwd: projectRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const line = stdout.trim().split('\n').pop();
      if (line?.startsWith('{')) return resolve(JSON.parse(line) as Measurement);
      const reason = stderr.trim().split('\n').filter(Boolean).pop() ?? '';
      resolve({ mode, file, activities: 0, wallMs: 0, rssBeforeMiB: 0, peakRssMiB: 0, error: `process ended (${signal ?? code}): ${reason}` });
    });
  });
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  mkdirSync(dataDir, { recursive: true });
  const sizes: SizeResult[] = [];
  for (const activities of opts.sizes) {
    const file = await syntheticFile(activities, opts.seed, opts.fresh);
    const fileMiB = statSync(file).size / 1024 / 1024;
    sizes.push({ activities, fileMiB, stream: await measure('stream', file), dom: await measure('dom', file) });
  }
  const machine = { node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryMiB: Math.round(os.totalmem() / 2 ** 20) };
  const startedAt = new Date().toISOString();
  const out = path.join(resultsDir, `ingest-${startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, `${JSON.stringify({ startedAt, seed: opts.seed, machine, sizes }, null, 2)}\n`);
  process.stdout.write(`${markdownReport(sizes)}\n\nmachine: ${machine.cores} × ${machine.cpu}, ${machine.memoryMiB} MiB, Node ${machine.node}\nJSON: ${path.relative(projectRoot, out)}\n`);
}

void main();
