import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function newestFile(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newestFile(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs)));
}

/** Builds the dashboard (web/ → dist/web) when it is missing or older than its sources; `npm install` builds it too. */
export function ensureDashboardBuilt(): void {
  const index = path.join(ROOT, 'dist/web/index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestFile(path.join(ROOT, 'web'))) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.mts'], {
    cwd: ROOT,
    stdio: 'pipe',
    // React's production build: the test environment's NODE_ENV=test would bundle the development one.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
