import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'dist/web');

function newestFile(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newestFile(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs)));
}

/** Moves every file of `from` into `to`, each by an atomic rename, folders first and index.html last. */
function moveInto(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  const entries = readdirSync(from, { withFileTypes: true }).sort((a, b) => Number(a.name === 'index.html') - Number(b.name === 'index.html'));
  for (const e of entries) {
    if (e.isDirectory()) moveInto(path.join(from, e.name), path.join(to, e.name));
    else renameSync(path.join(from, e.name), path.join(to, e.name));
  }
}

/**
 * Builds the dashboard (web/ → dist/web) when it is missing or older than its sources; `npm
 * install` builds it too. Test files run in parallel and may serve dist/web while another one
 * builds: the build goes to a folder of its own and its files replace the served ones one rename
 * at a time (hashed asset names, so an identical build writes identical files).
 */
export function ensureDashboardBuilt(): void {
  const index = path.join(OUT, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestFile(path.join(ROOT, 'web'))) return;
  const staging = path.join(ROOT, 'dist', `.web-build-${process.pid}`);
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.mts', '--outDir', staging, '--emptyOutDir'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    moveInto(staging, OUT);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
