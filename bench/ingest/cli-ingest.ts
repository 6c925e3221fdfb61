import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MongoClient } from 'mongodb';

/**
 * Runs the real command line (`concord ingest …`, src/cli) in a child process against a running
 * engine or MongoDB, samples its memory, and reads back the import runs it recorded.
 */
const projectRoot = path.resolve(__dirname, '../..');
const CLI = path.join(projectRoot, 'src', 'cli', 'main.ts');

export interface CliRun {
  wallMs: number;
  exitCode: number | null;
  /** The kernel's high-water mark of the CLI process (VmHWM), MiB. */
  peakRssMiB: number;
  /** RSS samples, MiB, one per second: to see whether memory stays flat as the mirror grows. */
  rssSamplesMiB: number[];
  stderrTail: string;
}

/** RSS and high-water mark of a process from /proc, MiB; null once it is gone. */
export function processMemory(pid: number): { rssMiB: number; hwmMiB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rssMiB: kib('VmRSS') / 1024, hwmMiB: kib('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** `concord <args>` with the database settings in `env` (MONGODB_URI / MONGODB_DB / CONCORD_DATA_DIR). */
export function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: projectRoot,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const samples: number[] = [];
    let peak = 0;
    const sample = () => {
      const memory = child.pid === undefined ? null : processMemory(child.pid);
      if (!memory) return;
      if (memory.rssMiB > 0) samples.push(Math.round(memory.rssMiB));
      peak = Math.max(peak, memory.hwmMiB);
    };
    const timer = setInterval(sample, 1000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ wallMs: performance.now() - started, exitCode: code, peakRssMiB: Math.round(peak), rssSamplesMiB: samples, stderrTail: stderr.trim().split('\n').slice(-5).join('\n') });
    });
    // The high-water mark is read while the process is still there (it is gone at 'exit').
    child.stderr.on('end', sample);
  });
}

export interface FileRun {
  file: string;
  startedAt: Date;
  durationMs: number;
  read: number;
  created: number;
  status: string;
}

/** The import runs of `kind` in the order they started. */
export async function importRuns(uri: string, dbName: string, kind: string): Promise<FileRun[]> {
  const client = await new MongoClient(uri).connect();
  try {
    const runs = await client.db(dbName).collection('import_runs').find({ kind }).toArray();
    return runs
      .map((r) => ({
        file: r.file as string,
        startedAt: r.startedAt as Date,
        durationMs: (r.durationMs as number | null) ?? 0,
        read: (r.counts as { read: number }).read,
        created: (r.counts as { created: number }).created,
        status: r.status as string,
      }))
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  } finally {
    await client.close();
  }
}
