import { readFileSync } from 'node:fs';
import os from 'node:os';

/**
 * The process that runs an import. `startToken` tells a live owner from a later process that
 * happens to reuse its pid: on Linux it is the process's start time in clock ticks since boot
 * (field 22 of /proc/<pid>/stat); elsewhere it is null and the pid alone is checked.
 */
export interface RunOwner {
  pid: number;
  host: string;
  startToken: string | null;
}

/** Start time of a process as /proc reports it, or null where there is no /proc (or no such process). */
export function processStartToken(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

export function currentOwner(): RunOwner {
  return { pid: process.pid, host: os.hostname(), startToken: processStartToken(process.pid) };
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the owner of a run has ended: true or false for an owner on this host, null for one
 * on another host (its processes cannot be seen from here).
 */
export function ownerHasEnded(owner: RunOwner, host = os.hostname()): boolean | null {
  if (owner.host !== host) return null;
  if (!pidExists(owner.pid)) return true;
  if (owner.startToken === null) return false;
  const token = processStartToken(owner.pid);
  return token !== null && token !== owner.startToken;
}
