import os from 'node:os';
import type { Db, Document, ObjectId } from 'mongodb';
import { ownerHasEnded, type RunOwner } from './run-owner';

/** A run found RUNNING although its process had ended, now marked ABANDONED. */
export interface AbandonedRun {
  id: string;
  kind: string;
  file: string;
  owner: RunOwner;
}

/**
 * Marks ABANDONED every RUNNING run whose owner, a process on this host, has ended (killed,
 * crashed, machine restarted) without closing it. Runs owned on other hosts, and runs recorded
 * before owners were, are left as they are: nothing here can tell whether they still run.
 * Called when the gateway or the CLI starts.
 */
export async function markAbandonedRuns(db: Db, host = os.hostname()): Promise<AbandonedRun[]> {
  const runs = db.collection<Document>('import_runs');
  const candidates = await runs.find({ status: 'RUNNING', 'owner.host': host }, { projection: { kind: 1, file: 1, owner: 1, startedAt: 1 } }).toArray();
  const abandoned: AbandonedRun[] = [];
  for (const doc of candidates) {
    const owner = doc.owner as RunOwner;
    if (ownerHasEnded(owner, host) !== true) continue;
    const finishedAt = new Date();
    const { modifiedCount } = await runs.updateOne(
      { _id: doc._id as ObjectId, status: 'RUNNING' },
      {
        $set: {
          status: 'ABANDONED',
          finishedAt,
          durationMs: finishedAt.getTime() - new Date(doc.startedAt as Date).getTime(),
          error: `the process that ran it (pid ${owner.pid} on ${owner.host}) ended without closing it; what it wrote stays, and importing the file again completes it`,
        },
      },
    );
    if (modifiedCount === 1) abandoned.push({ id: String(doc._id), kind: doc.kind as string, file: doc.file as string, owner });
  }
  return abandoned;
}
