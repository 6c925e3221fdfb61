import path from 'node:path';
import { loadConfig } from '../../config';
import { prepareEngine } from '../../db/engine-runtime';
import { findRunningEngine } from '../../db/engine';
import { EXIT, UsageError } from '../exit-codes';

/**
 * `concord engine prepare|status`: fetches and verifies the embedded engine's jars and compiles
 * its launcher ahead of time, or tells whether an engine serves the data folder.
 */
export async function engine(sub: string | undefined): Promise<number> {
  const config = loadConfig();
  if (sub === 'prepare') {
    const command = await prepareEngine({ ...config.engine, onPrepare: (what) => process.stderr.write(`${what}…\n`) });
    process.stdout.write(`engine ready: ${command.java} -cp ${command.classpath} ${command.main}\n`);
    return EXIT.OK;
  }
  if (sub === 'status') {
    const running = await findRunningEngine(config.dataDir);
    process.stdout.write(
      running ? `embedded engine running: pid ${running.pid}, ${running.uri}, data ${config.dataDir}\n` : `no embedded engine runs for ${path.resolve(config.dataDir)}\n`,
    );
    return EXIT.OK;
  }
  throw new UsageError('usage: concord engine prepare|status');
}
