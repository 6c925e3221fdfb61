import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { currentOwner, ownerHasEnded, processStartToken } from '../../../src/modules/import/run-owner';

/** The pid of a process that has ended (reaped). */
function endedPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('the owner of an import run', () => {
  it('is this process, on this host', () => {
    expect(currentOwner()).toEqual({ pid: process.pid, host: os.hostname(), startToken: processStartToken(process.pid) });
  });

  it('has not ended while its process lives', () => {
    expect(ownerHasEnded(currentOwner())).toBe(false);
  });

  it('has ended when its pid is gone', () => {
    expect(ownerHasEnded({ ...currentOwner(), pid: endedPid() })).toBe(true);
  });

  it('has ended when its pid now belongs to a later process', () => {
    if (processStartToken(process.pid) === null) return; // no /proc: the pid alone is checked
    expect(ownerHasEnded({ ...currentOwner(), startToken: '1' })).toBe(true);
  });

  it('is unknown on another host', () => {
    expect(ownerHasEnded({ ...currentOwner(), host: `not-${os.hostname()}` })).toBeNull();
  });
});
