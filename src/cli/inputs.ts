import { createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A file to import: where to read it, and the name recorded as its provenance. */
export interface ImportInput {
  path: string;
  displayName: string;
  cleanup?: () => void;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const MAX_DOWNLOAD_BYTES = 512 * 1024 * 1024;

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${escaped}$`);
}

/**
 * Expands CLI arguments into files: a file as is, a folder to its `*.<extension>` files, a glob
 * (`*`/`?` in the last segment), or an http(s) URL downloaded to a temporary file. An abort of
 * `signal` stops a download; on any failure the files already downloaded are removed.
 */
export async function expandInputs(args: readonly string[], extension: string, signal?: AbortSignal): Promise<ImportInput[]> {
  const out: ImportInput[] = [];
  try {
    for (const arg of args) out.push(...(await expandInput(arg, extension, signal)));
  } catch (err) {
    for (const input of out) input.cleanup?.();
    throw err;
  }
  return out;
}

async function expandInput(arg: string, extension: string, signal: AbortSignal | undefined): Promise<ImportInput[]> {
  if (/^https?:\/\//i.test(arg)) return [await download(arg, signal)];
  if (/[*?]/.test(path.basename(arg))) {
    const dir = path.dirname(arg);
    const pattern = globToRegExp(path.basename(arg));
    const matches = existsSync(dir) ? readdirSync(dir).filter((f) => pattern.test(f)).sort() : [];
    if (matches.length === 0) throw new InputError(`${arg}: no file matches`);
    return matches.map((f) => ({ path: path.join(dir, f), displayName: f }));
  }
  if (!existsSync(arg)) throw new InputError(`${arg}: no such file or folder`);
  if (statSync(arg).isDirectory()) {
    const files = readdirSync(arg).filter((f) => f.toLowerCase().endsWith(extension)).sort();
    if (files.length === 0) throw new InputError(`${arg}: no ${extension} file in this folder`);
    return files.map((f) => ({ path: path.join(arg, f), displayName: f }));
  }
  return [{ path: arg, displayName: path.basename(arg) }];
}

async function download(url: string, signal: AbortSignal | undefined): Promise<ImportInput> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow', signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new InputError(`${url}: cannot download (${(err as Error).message})`);
  }
  if (!res.ok || !res.body) throw new InputError(`${url}: HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length'));
  if (declared > MAX_DOWNLOAD_BYTES) throw new InputError(`${url}: larger than ${MAX_DOWNLOAD_BYTES} bytes`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-download-'));
  const file = path.join(dir, 'download');
  let size = 0;
  const body = Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_DOWNLOAD_BYTES) body.destroy(new InputError(`${url}: larger than ${MAX_DOWNLOAD_BYTES} bytes`));
  });
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    await pipeline(body, createWriteStream(file), { signal });
  } catch (err) {
    cleanup();
    throw err;
  }
  return { path: file, displayName: url, cleanup };
}
