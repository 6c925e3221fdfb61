import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { ServeMessage, Variant } from './serve';

/** A benchmark gateway running in its own Node process (see serve.ts). */
export interface GatewayProcess {
  variant: Variant;
  url: string;
  /** The base URL (for routes other than /graphql). */
  origin: string;
  pid: number;
  /** Database commands the gateway has sent since it started. */
  commands(): Promise<number>;
  stop(): Promise<void>;
}

const SERVE = path.join(__dirname, 'serve.ts');

export function startGatewayProcess(variant: Variant, uri: string, dbName: string): Promise<GatewayProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', SERVE, variant, uri, dbName], {
    cwd: path.resolve(__dirname, '../..'),
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
    if (process.env.CONCORD_BENCH_TRACE) process.stderr.write(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = (type: ServeMessage['type']) =>
    new Promise<ServeMessage>((resolve, reject) => {
      const lines = () => stderr.trim().split('\n');
      const onExit = (code: number | null) => reject(new Error(`${variant} gateway exited (${code}): ${lines().find((l) => /Error\b/.test(l)) ?? lines().pop() ?? ''}`));
      const onMessage = (m: ServeMessage) => {
        if (m.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  return next('ready').then(({ port }) => ({
    variant,
    url: `http://127.0.0.1:${port}/graphql`,
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    commands: async () => {
      const answer = next('commands');
      child.send('commands');
      return (await answer).commands ?? 0;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  }));
}
