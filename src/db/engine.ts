import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { MongoClient } from 'mongodb';
import { EngineUnavailableError, prepareEngine } from './engine-runtime';

export { EngineUnavailableError };

/** A Mongo-wire engine this process uses; `owned` when this process started it. */
export interface EngineHandle {
  readonly uri: string;
  readonly owned: boolean;
  /** The engine's process id (to watch or, in fault tests, to kill it). */
  readonly pid: number;
  /** The loopback port it listens on. */
  readonly port: number;
  /** Leaves the engine; it stops (store closed, nothing lost) once no other Concord process uses it. */
  stop(): Promise<void>;
}

export interface EngineInfo {
  pid: number;
  uri: string;
}

/** Exit code of the launcher when another engine already holds the data folder's lock. */
const EXIT_LOCKED = 3;
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

export interface EmbeddedEngineOptions {
  dataDir: string;
  /** Java heap (-Xmx) in MB; the store's cache lives inside it. */
  heapMb?: number;
  /** H2 MVStore page cache in MB: the larger, the faster queries over a large mirror. */
  cacheMb?: number;
  /** A JDK/JRE folder to take `bin/java` from; default: `java` on PATH. */
  javaHome?: string;
  /** Loopback port to listen on; default: a free one. A restarted engine asks for its old port so clients reconnect by themselves. */
  port?: number;
  /** Where jars and the compiled launcher are cached. */
  cacheDir?: string;
  /** Told about slow first-run preparation (fetching jars, compiling the launcher). */
  onPrepare?: (what: string) => void;
  /** The engine's own log lines while it starts (opening a large store reports its progress). */
  onLog?: (line: string) => void;
}

/**
 * 6 GB, or half the machine's memory if that is less: at 100k activities a 3 GB heap spends most
 * of its time collecting garbage once the page cache is full (docs/benchmarks.md). The JVM takes
 * only what it uses, so a small mirror costs far less.
 */
export const DEFAULT_ENGINE_HEAP_MB = Math.min(6144, Math.floor(os.totalmem() / 1024 / 1024 / 2));
export const DEFAULT_ENGINE_CACHE_MB = 1536;

const USERS_DIR = 'engine-users';

/**
 * Joins the engine already serving `dataDir`, or starts one. One engine per data folder: the
 * launcher holds a lock on it and publishes its URI in `<dataDir>/engine.json`. Each Concord
 * process using it registers its pid in `<dataDir>/engine-users/`; the engine stops by itself
 * when none of them is alive, so a crashed user leaves no orphan and a user that leaves never
 * pulls the engine from under another.
 */
export async function startEmbeddedEngine(opts: EmbeddedEngineOptions): Promise<EngineHandle> {
  mkdirSync(path.join(opts.dataDir, USERS_DIR), { recursive: true });
  const leave = registerUser(opts.dataDir);
  try {
    const running = await findRunningEngine(opts.dataDir);
    if (running) return handle(opts.dataDir, running, leave);

    const command = await prepareEngine(opts);
    const heapMb = opts.heapMb ?? DEFAULT_ENGINE_HEAP_MB;
    const cacheMb = Math.min(opts.cacheMb ?? DEFAULT_ENGINE_CACHE_MB, Math.max(16, heapMb - 256));
    const child = spawn(
      command.java,
      [`-Xmx${heapMb}m`, '-XX:+UseParallelGC', '-Xss1m', '-cp', command.classpath, command.main, '--dir', opts.dataDir, '--cache-mb', String(cacheMb), '--port', String(opts.port ?? 0)],
      // Its own process group: a Ctrl-C in the terminal reaches the Concord processes, which
      // leave in order, never the engine another process may still be using.
      { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    const started = await waitForInfo(child, opts.onLog);
    if (started === 'locked') {
      const other = await waitFor(() => findRunningEngine(opts.dataDir), START_TIMEOUT_MS);
      if (!other) throw new EngineUnavailableError(`Another engine holds ${opts.dataDir} but does not answer.`);
      return handle(opts.dataDir, other, leave);
    }
    return handle(opts.dataDir, started, leave, child);
  } catch (err) {
    leave();
    throw err;
  }
}

/** Marks this process as a user of the engine in `dataDir`; the returned function unmarks it. */
function registerUser(dataDir: string): () => void {
  const file = path.join(dataDir, USERS_DIR, String(process.pid));
  writeFileSync(file, '');
  return () => rmSync(file, { force: true });
}

function otherUsersAlive(dataDir: string): boolean {
  let names: string[] = [];
  try {
    names = readdirSync(path.join(dataDir, USERS_DIR));
  } catch {
    return false;
  }
  return names.some((name) => Number(name) !== process.pid && Number.isInteger(Number(name)) && isAlive(Number(name)));
}

function handle(dataDir: string, info: EngineInfo, leave: () => void, child?: ChildProcess): EngineHandle {
  const exited = child
    ? new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve());
      })
    : undefined;
  let stopped = false;
  return {
    uri: info.uri,
    owned: child !== undefined,
    pid: info.pid,
    port: Number(new URL(info.uri.replace(/^mongodb:/, 'http:')).port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      leave();
      if (otherUsersAlive(dataDir) || !isAlive(info.pid)) return;
      // The last user out closes the store now rather than after the engine's idle grace.
      try {
        process.kill(info.pid, 'SIGTERM');
      } catch {
        return;
      }
      const deadline = Date.now() + STOP_TIMEOUT_MS;
      if (exited) {
        const timer = setTimeout(() => child?.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
        return;
      }
      while (isAlive(info.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    },
  };
}

/** Resolves with the engine's URI once it listens, or 'locked' when another engine has the folder. */
function waitForInfo(child: ChildProcess, onLog?: (line: string) => void): Promise<EngineInfo | 'locked'> {
  return new Promise((resolve, reject) => {
    let lastLines: string[] = [];
    const logLines = createInterface({ input: child.stderr! });
    logLines.on('line', (line) => {
      lastLines = [...lastLines.slice(-5), line];
      onLog?.(line.replace(/^concord-engine: /, ''));
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EngineUnavailableError(`The embedded engine did not start within ${START_TIMEOUT_MS / 1000}s.`));
    }, START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout! });
    const done = () => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
    };
    lines.once('line', (line) => {
      done();
      lines.close();
      // From here on the engine lives by its users, not by this process: stop listening so that
      // this process can exit while the engine serves others, and keep draining nothing.
      logLines.close();
      for (const stream of [child.stdout, child.stderr] as (Readable & { unref?: () => void })[]) {
        stream.resume();
        stream.unref?.();
      }
      child.unref();
      try {
        resolve(JSON.parse(line) as EngineInfo);
      } catch {
        reject(new EngineUnavailableError(`Unexpected output from the embedded engine: ${line.slice(0, 200)}`));
      }
    });
    child.once('exit', (code) => {
      done();
      if (code === EXIT_LOCKED) resolve('locked');
      else reject(new EngineUnavailableError(`The embedded engine exited with code ${code}: ${lastLines.join(' | ').slice(-600)}`));
    });
    child.once('error', (err) => {
      done();
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
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
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
