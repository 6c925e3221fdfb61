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
 * (`*`/`?` in the last segment), or an http(s) URL downloaded to a temporary file.
 */
export async function expandInputs(args: readonly string[], extension: string): Promise<ImportInput[]> {
  const out: ImportInput[] = [];
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      out.push(await download(arg));
    } else if (/[*?]/.test(path.basename(arg))) {
      const dir = path.dirname(arg);
      const pattern = globToRegExp(path.basename(arg));
      const matches = existsSync(dir) ? readdirSync(dir).filter((f) => pattern.test(f)).sort() : [];
      if (matches.length === 0) throw new InputError(`${arg}: no file matches`);
      for (const f of matches) out.push({ path: path.join(dir, f), displayName: f });
    } else if (!existsSync(arg)) {
      throw new InputError(`${arg}: no such file or folder`);
    } else if (statSync(arg).isDirectory()) {
      const files = readdirSync(arg).filter((f) => f.toLowerCase().endsWith(extension)).sort();
      if (files.length === 0) throw new InputError(`${arg}: no ${extension} file in this folder`);
      for (const f of files) out.push({ path: path.join(arg, f), displayName: f });
    } else {
      out.push({ path: arg, displayName: path.basename(arg) });
    }
  }
  return out;
}

async function download(url: string): Promise<ImportInput> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow' });
  } catch (err) {
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
  await pipeline(body, createWriteStream(file));
  return { path: file, displayName: url, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
