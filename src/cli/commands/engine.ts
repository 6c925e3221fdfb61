import path from 'node:path';
import { loadConfig } from '../../config';
import { ensureEngineBinary } from '../../db/engine-binary';
import { findRunningEngine } from '../../db/engine';
import { EXIT, UsageError } from '../exit-codes';

/** `concord engine build|status`: builds the embedded engine ahead of time, or tells whether one runs. */
export async function engine(sub: string | undefined): Promise<number> {
  if (sub === 'build') {
    const binary = await ensureEngineBinary(() => process.stderr.write('building the embedded engine (about a minute)…\n'));
    process.stdout.write(`${binary}\n`);
    return EXIT.OK;
  }
  if (sub === 'status') {
    const config = loadConfig();
    const running = await findRunningEngine(config.dataDir);
    process.stdout.write(
      running ? `embedded engine running: pid ${running.pid}, ${running.uri}, data ${config.dataDir}\n` : `no embedded engine runs for ${path.resolve(config.dataDir)}\n`,
    );
    return EXIT.OK;
  }
  throw new UsageError('usage: concord engine build|status');
}
