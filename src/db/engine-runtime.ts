import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../paths';

const run = promisify(execFile);

/** The engine's launcher and its pinned jar manifest, shipped in the repository. */
const ENGINE_TOOLS = path.join(projectRoot, 'tools', 'engine');
const LAUNCHER_SOURCE = path.join(ENGINE_TOOLS, 'Launcher.java');
const JAR_MANIFEST = path.join(ENGINE_TOOLS, 'jars.json');
const FETCH_SCRIPT = path.join(ENGINE_TOOLS, 'fetch-jars.js');

export const MIN_JAVA_MAJOR = 17;

export class EngineUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineUnavailableError';
  }
}

const INSTALL_HINT = 'install a Java runtime 17 or newer (e.g. `apt-get install openjdk-17-jre-headless`), or set MONGODB_URI to a MongoDB server';

/** Where the engine's jars and compiled launcher are cached (shared by every checkout of a user). */
export function engineCacheDir(cacheDir?: string): string {
  return cacheDir ?? path.join(os.homedir(), '.cache', 'concord');
}

/** How to run the engine: the java binary and the arguments before the launcher's own. */
export interface EngineCommand {
  readonly java: string;
  readonly classpath: string;
  /** `Launcher` (compiled class on the classpath) or the source file (Java's source-file mode). */
  readonly main: string;
}

/** The Java major version from `java -version` output ("17.0.15", "1.8.0_392" → 8). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

async function javaMajor(java: string): Promise<number | undefined> {
  try {
    const { stderr, stdout } = await run(java, ['-version']);
    return parseJavaMajor(`${stderr}\n${stdout}`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new EngineUnavailableError(`\`${java} -version\` failed: ${(err as Error).message.split('\n')[0]}; ${INSTALL_HINT}.`);
  }
}

function javaBinary(javaHome: string | undefined): string {
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

/** The jar folder with every pinned jar verified, fetching what is missing (Maven or a mirror). */
async function ensureJars(cacheDir: string, onPrepare?: (what: string) => void): Promise<string> {
  const manifest = JSON.parse(readFileSync(JAR_MANIFEST, 'utf8')) as { jars: { coordinates: string }[] };
  const dir = path.join(cacheDir, 'engine-jars');
  const complete = manifest.jars.every((jar) => {
    const [, artifact, version] = jar.coordinates.split(':');
    return existsSync(path.join(dir, `${artifact}-${version}.jar`));
  });
  if (complete) return dir;
  onPrepare?.('fetching the engine jars (first run only)');
  try {
    await run(process.execPath, [FETCH_SCRIPT, '--quiet'], {
      env: { ...process.env, CONCORD_ENGINE_CACHE: cacheDir },
      timeout: 600_000,
    });
  } catch (err) {
    const detail = ((err as { stderr?: string }).stderr ?? (err as Error).message).trim().split('\n').pop();
    throw new EngineUnavailableError(`The embedded engine's jars are missing and could not be fetched: ${detail}`);
  }
  return dir;
}

/**
 * Compiles the launcher once per source version into the cache (about a second). Without javac
 * (a bare JRE) Java's source-file mode cannot run either, so that is reported as missing Java.
 */
async function ensureLauncher(java: string, jars: string, cacheDir: string, onPrepare?: (what: string) => void): Promise<string> {
  const source = readFileSync(LAUNCHER_SOURCE);
  const key = createHash('sha256').update(source).update(readFileSync(JAR_MANIFEST)).digest('hex').slice(0, 16);
  const classes = path.join(cacheDir, `engine-launcher-${key}`);
  if (existsSync(path.join(classes, 'Launcher.class'))) return classes;
  onPrepare?.('compiling the engine launcher (first run only)');
  const javac = path.join(path.dirname(resolveBinary(java)), 'javac');
  const partial = `${classes}.${process.pid}.partial`;
  mkdirSync(partial, { recursive: true });
  try {
    await run(existsSync(javac) ? javac : 'javac', ['-nowarn', '-cp', path.join(jars, '*'), '-d', partial, LAUNCHER_SOURCE]);
    rmSync(classes, { recursive: true, force: true });
    renameSync(partial, classes);
  } catch (err) {
    rmSync(partial, { recursive: true, force: true });
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new EngineUnavailableError(`The embedded engine's launcher needs a Java Development Kit (javac) ${MIN_JAVA_MAJOR}+: install one (e.g. \`apt-get install openjdk-17-jdk-headless\`), or set MONGODB_URI to a MongoDB server.`);
    }
    throw new EngineUnavailableError(`Compiling the embedded engine's launcher failed: ${((err as { stderr?: string }).stderr ?? '').trim().split('\n')[0]}`);
  }
  return classes;
}

/** The real path of a binary named on PATH (java is often a chain of links to the JDK's bin/). */
function resolveBinary(binary: string): string {
  if (binary.includes(path.sep)) return binary;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, binary);
    if (existsSync(candidate)) return realpathSync(candidate);
  }
  return binary;
}

/**
 * Everything the embedded engine needs before it can start: a Java 17+ runtime, the pinned jars
 * (fetched and verified on first use when the install step could not) and the compiled launcher.
 * Throws EngineUnavailableError with one line saying what to do.
 */
export async function prepareEngine(opts: { javaHome?: string; cacheDir?: string; onPrepare?: (what: string) => void }): Promise<EngineCommand> {
  const java = javaBinary(opts.javaHome);
  const major = await javaMajor(java);
  if (major === undefined) throw new EngineUnavailableError(`The embedded database engine needs Java, and \`${java}\` was not found: ${INSTALL_HINT}.`);
  if (major < MIN_JAVA_MAJOR) throw new EngineUnavailableError(`The embedded database engine needs Java ${MIN_JAVA_MAJOR} or newer, found Java ${major}: ${INSTALL_HINT}.`);
  const cacheDir = engineCacheDir(opts.cacheDir);
  mkdirSync(cacheDir, { recursive: true });
  const jars = await ensureJars(cacheDir, opts.onPrepare);
  const launcher = await ensureLauncher(java, jars, cacheDir, opts.onPrepare);
  return { java, classpath: `${path.join(jars, '*')}${path.delimiter}${launcher}`, main: 'Launcher' };
}
