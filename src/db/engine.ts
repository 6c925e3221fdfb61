import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { MongoClient } from 'mongodb';
import { EngineUnavailableError, ensureEngineBinary } from './engine-binary';

export { EngineUnavailableError };

/** A running Mongo-wire engine; `owned` when this process started it and must stop it. */
export interface EngineHandle {
  readonly uri: string;
  readonly owned: boolean;
  stop(): Promise<void>;
}

interface EngineInfo {
  pid: number;
  uri: string;
}

/** Exit code of the launcher when another engine already holds the data folder's lock. */
const EXIT_LOCKED = 3;
const START_TIMEOUT_MS = 60_000;

export interface EmbeddedEngineOptions {
  dataDir: string;
  /** Told when the engine binary has to be built first (slow, once per machine). */
  onBuild?: () => void;
}

/**
 * Joins the engine already serving `dataDir`, or starts one. One engine per data folder: the
 * launcher holds a lock on it and publishes its URI in `<dataDir>/engine.json`. A started engine
 * exits by itself when this process dies, so none is left behind.
 */
export async function startEmbeddedEngine(opts: EmbeddedEngineOptions): Promise<EngineHandle> {
  mkdirSync(opts.dataDir, { recursive: true });
  const running = await findRunningEngine(opts.dataDir);
  if (running) return shared(running.uri);

  const binary = await ensureEngineBinary(opts.onBuild);
  const child = spawn(binary, ['--dir', opts.dataDir, '--parent-pid', String(process.pid)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const started = await waitForInfo(child);
  if (started === 'locked') {
    const other = await waitFor(() => findRunningEngine(opts.dataDir), START_TIMEOUT_MS);
    if (!other) throw new EngineUnavailableError(`Another engine holds ${opts.dataDir} but does not answer.`);
    return shared(other.uri);
  }
  return owned(started.uri, child);
}

function shared(uri: string): EngineHandle {
  return { uri, owned: false, stop: async () => undefined };
}

function owned(uri: string, child: ChildProcess): EngineHandle {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    uri,
    owned: true,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resolves with the engine's URI once it listens, or 'locked' when another engine has the folder. */
function waitForInfo(child: ChildProcess): Promise<EngineInfo | 'locked'> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EngineUnavailableError(`The embedded engine did not start within ${START_TIMEOUT_MS / 1000}s.`));
    }, START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      lines.close();
      // The launcher prints nothing more on stdout; keep draining both pipes so it never blocks.
      child.stdout?.resume();
      try {
        resolve(JSON.parse(line) as EngineInfo);
      } catch {
        reject(new EngineUnavailableError(`Unexpected output from the embedded engine: ${line.slice(0, 200)}`));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === EXIT_LOCKED) resolve('locked');
      else reject(new EngineUnavailableError(`The embedded engine exited with code ${code}: ${stderr.trim().split('\n').pop() ?? ''}`));
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new EngineUnavailableError(`The embedded engine could not be started: ${err.message}`));
    });
  });
}

/** The engine published in the data folder, if its process is alive and it answers a ping. */
export async function findRunningEngine(dataDir: string): Promise<EngineInfo | undefined> {
  let info: EngineInfo;
  try {
    info = JSON.parse(readFileSync(path.join(dataDir, 'engine.json'), 'utf8')) as EngineInfo;
  } catch {
    return undefined;
  }
  if (!isAlive(info.pid)) return undefined;
  return (await pings(info.uri)) ? info : undefined;
}

/** True while a process with this pid exists (signal 0 probes without touching it). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function pings(uri: string, timeoutMs = 2000): Promise<boolean> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: timeoutMs, connectTimeoutMS: timeoutMs });
  try {
    await client.connect();
    await client.db('admin').command({ ping: 1 });
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  return undefined;
}
