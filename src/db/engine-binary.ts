import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../paths';

const run = promisify(execFile);

/** Sources of the launcher; the cached binary is keyed by their hash, so an edit rebuilds it. */
const LAUNCHER_DIR = path.join(projectRoot, 'tools', 'ferretdb');
const LAUNCHER_SOURCES = ['main.go', 'go.mod', 'go.sum'];

export class EngineUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineUnavailableError';
  }
}

export function engineCacheDir(): string {
  return process.env.CONCORD_ENGINE_CACHE ?? path.join(os.homedir(), '.cache', 'concord');
}

function launcherHash(): string {
  const hash = createHash('sha256');
  for (const file of LAUNCHER_SOURCES) hash.update(readFileSync(path.join(LAUNCHER_DIR, file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The path of the embedded-engine launcher, building it with Go on first use (about a minute).
 * Throws EngineUnavailableError with what to do when Go is missing or the build fails.
 */
export async function ensureEngineBinary(onBuild?: () => void): Promise<string> {
  const binary = path.join(engineCacheDir(), `concord-ferretdb-${launcherHash()}`);
  if (existsSync(binary)) return binary;
  onBuild?.();
  mkdirSync(engineCacheDir(), { recursive: true });
  const partial = `${binary}.${process.pid}.partial`;
  try {
    await run('go', ['build', '-trimpath', '-o', partial, '.'], {
      cwd: LAUNCHER_DIR,
      env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-buildvcs=false' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') {
      throw new EngineUnavailableError(
        'The embedded database needs the Go toolchain to build its engine, and `go` was not found. ' +
          'Install Go, or set MONGODB_URI to a MongoDB server (e.g. `docker compose up mongo`).',
      );
    }
    const detail = (e.stderr ?? e.message).trim().split('\n').slice(-3).join(' | ');
    throw new EngineUnavailableError(`Building the embedded database engine failed: ${detail}. Set MONGODB_URI to use a MongoDB server instead.`);
  }
  renameSync(partial, binary);
  return binary;
}
