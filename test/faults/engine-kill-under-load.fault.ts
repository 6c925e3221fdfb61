import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAlive } from '../../src/db/engine';
import { type GatewayProcess, startGatewayProcess } from './support/gateway-process';
import { type Answer, OPERATIONS, sender } from './support/workload';

/**
 * kill -9 of the embedded engine while clients query the gateway: every answer is a good 200 or
 * the clear DATABASE_UNAVAILABLE error (never a 500 or a stack trace), `/readyz` says 503 during
 * the outage and 200 after, and the gateway restarts the engine itself and answers again without
 * being restarted.
 */

const CLIENTS = 4;
const MAX_REQUESTS_PER_CLIENT = 5000;
const MAX_READINESS_POLLS = 20_000;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'concord-fault-engine-'));
let gateway: GatewayProcess;

interface Stamped extends Answer {
  phase: Phase;
}
type Phase = 'before' | 'outage' | 'after';

async function waitUntil(probe: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeAll(async () => {
  gateway = await startGatewayProcess(dataDir, { CONCORD_RATE_LIMIT_PER_MINUTE: '100000000' });
}, 300_000);

afterAll(async () => {
  await gateway?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('kill -9 of the embedded engine under load', () => {
  let phase: Phase = 'before';
  const answers: Stamped[] = [];
  const readiness: { phase: Phase; status: number | 'no answer' }[] = [];
  let killedPid = 0;

  beforeAll(async () => {
    let stop = false;
    const send = sender(gateway.base, (answer) => answers.push({ ...answer, phase }));
    const clients = Array.from({ length: CLIENTS }, async (_, index) => {
      for (let n = index; !stop && n < index + MAX_REQUESTS_PER_CLIENT; n++) await OPERATIONS[n % OPERATIONS.length]!(send, n);
    });
    const poller = (async () => {
      for (let polls = 0; !stop && polls < MAX_READINESS_POLLS; polls++) {
        const seenIn = phase;
        const status = await fetch(`${gateway.base}/readyz`, { signal: AbortSignal.timeout(5000) }).then(
          (res) => res.status,
          () => 'no answer' as const,
        );
        readiness.push({ phase: seenIn, status });
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const okIn = (p: Phase) => answers.filter((a) => a.phase === p && a.outcome === 'ok').length;

    await waitUntil(() => okIn('before') >= 20, 'answers before the kill');
    killedPid = gateway.engine().pid;
    phase = 'outage';
    process.kill(killedPid, 'SIGKILL');
    await waitUntil(() => !isAlive(killedPid), 'the engine to die');
    await waitUntil(() => readiness.some((r) => r.phase === 'outage' && r.status === 200) && enginePid() !== killedPid, 'the gateway to be ready again');
    phase = 'after';
    await waitUntil(() => okIn('after') >= 20, 'answers after the restart');
    stop = true;
    await Promise.all([...clients, poller]);
  }, 300_000);

  const enginePid = () => {
    try {
      return gateway.engine().pid;
    } catch {
      return killedPid;
    }
  };

  it('answers every request with data or a clear DATABASE_UNAVAILABLE error, never a 500 or a stack trace', () => {
    expect(answers.filter((a) => a.outcome === 'other').map((a) => `${a.phase} ${a.operation} ${a.status} ${a.sample}`)).toEqual([]);
    expect(answers.filter((a) => a.status >= 500 && a.status !== 503)).toEqual([]);
  });

  // The engine is often back within a second: /readyz may answer 200 throughout, but never
  // anything other than 503 or 200, and 200 once it is back.
  it('says 503 on /readyz during the outage (when it lasts long enough to see) and 200 after', () => {
    const duringOutage = readiness.filter((r) => r.phase === 'outage').map((r) => r.status);
    expect(duringOutage.filter((s) => s !== 503 && s !== 200)).toEqual([]);
    expect(duringOutage).toContain(200);
    expect(readiness.filter((r) => r.phase === 'after').every((r) => r.status === 200)).toBe(true);
  });

  it('restarts the engine itself on its old address and answers again, without being restarted', () => {
    expect(enginePid()).not.toBe(killedPid);
    expect(gateway.running()).toBe(true);
    expect(gateway.log()).toMatch(/the embedded engine stopped unexpectedly: restarting it/);
    expect(answers.filter((a) => a.phase === 'after' && a.outcome === 'ok').length).toBeGreaterThanOrEqual(20);
  });

  it('stops cleanly afterwards', async () => {
    expect((await gateway.stop()).code).toBe(0);
  });
});
