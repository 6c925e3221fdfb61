import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { isAlive } from '../../src/db/engine';
import { finished, runEntry, spawnEntry } from '../support/spawn';

function emptyFolder(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

function waitForUrl(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(buffer);
      if (match) {
        child.stderr.off('data', onData);
        resolve(match[1]!);
      }
    };
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}: ${buffer.slice(-500)}`)));
  });
}

describe('the gateway process on the embedded engine', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'concord-e2e-'));
  let child: ChildProcessWithoutNullStreams;
  let url: string;

  beforeAll(async () => {
    child = spawnEntry('src/main.ts', [], { PORT: '0', CONCORD_DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    url = await waitForUrl(child);
  }, 120_000);

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('serves the bundled sample on first start', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ activities(first: 5) { totalCount edges { node { id iatiIdentifier } } } }' }),
    });
    const body = (await res.json()) as { data: { activities: { totalCount: number; edges: unknown[] } } };
    expect(body.data.activities.edges).toHaveLength(5);
    expect(body.data.activities.totalCount).toBeGreaterThan(400);
  });

  it('stops on SIGTERM and leaves no engine process behind', async () => {
    const engine = JSON.parse(readFileSync(path.join(dataDir, 'engine.json'), 'utf8')) as { pid: number };
    expect(isAlive(engine.pid)).toBe(true);
    const done = finished(child);
    child.kill('SIGTERM');
    const result = await done;
    expect(result.code).toBe(0);
    for (let i = 0; i < 40 && isAlive(engine.pid); i++) await new Promise((r) => setTimeout(r, 250));
    expect(isAlive(engine.pid)).toBe(false);
    expect(existsSync(path.join(dataDir, 'engine.json'))).toBe(false);
  });
});

describe('bad configuration', () => {
  it('exits non-zero with a one-line reason for PORT=abc', async () => {
    const result = await runEntry('src/main.ts', [], { PORT: 'abc', MONGODB_URI: 'mongodb://127.0.0.1:1/' });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/PORT must be a number/);
  });

  it('exits non-zero with a one-line reason for an unreachable MONGODB_URI', async () => {
    const result = await runEntry('src/main.ts', [], { MONGODB_URI: 'mongodb://127.0.0.1:1/', LOG_LEVEL: 'silent' });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/cannot reach MongoDB at 127\.0\.0\.1:1/);
  });

  it('says what to do when Java is missing and no MONGODB_URI is given, instead of hanging', async () => {
    const result = await runEntry('src/main.ts', [], { PATH: emptyFolder('concord-nojava-'), CONCORD_DATA_DIR: emptyFolder('concord-data-'), LOG_LEVEL: 'silent' });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/needs Java, and `java` was not found: install a Java runtime 17 or newer.*MONGODB_URI/);
  });

  it('names the version found when Java is older than 17', async () => {
    const bin = emptyFolder('concord-oldjava-');
    writeFileSync(path.join(bin, 'java'), '#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n', { mode: 0o755 });
    const result = await runEntry('src/main.ts', [], { PATH: bin, CONCORD_DATA_DIR: emptyFolder('concord-data-'), LOG_LEVEL: 'silent' });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/needs Java 17 or newer, found Java 11: install a Java runtime 17 or newer.*MONGODB_URI/);
  });
});

