import type { EntityManager } from '@mikro-orm/mongodb';
import { type Db, type Document, ObjectId } from 'mongodb';
import { ImportRun } from '../import/import-run.entity';
import { CoordinationDecision } from '../meeting/coordination-decision.entity';
import { type DecisionChange, type ImportRunFinished, importRunFinished, meetingDecisionChanges, overlapDecisionChange } from './live.events';

export interface Changes {
  importRuns: ImportRunFinished[];
  decisions: DecisionChange[];
}

/**
 * Reads what changed at or after `since`, from the records other processes write too: import runs
 * the CLI closed, meeting decisions recorded or updated (their history entries), and overlap
 * decisions recorded outside meetings, written before `settledBefore`. Three small reads; no change
 * streams, which the embedded engine does not have.
 */
export async function changesSince(em: EntityManager, since: Date, settledBefore: Date): Promise<Changes> {
  const db = em.getConnection().getDb();
  const [runDocs, decisionDocs, overlapDocs] = await Promise.all([
    db.collection('import_runs').find({ finishedAt: { $gte: since } }).toArray(),
    db.collection('coordination_decisions').find({ 'history.at': { $gte: since } }).toArray(),
    db.collection('overlap_decisions').find({ decidedAt: { $gte: since } }).toArray(),
  ]);
  const importRuns = runDocs.map((doc) => importRunFinished(em.map(ImportRun, doc)));
  const decisions = decisionDocs.flatMap((doc) => meetingDecisionChanges(em.map(CoordinationDecision, doc), since));
  // A meeting's decision on an overlap also writes the overlap's own decision at the same instant, in a
  // second insert: told once, as the meeting's. Overlap decisions are only judged once settled, so that
  // a read between the two inserts does not take one for a decision outside meetings (the next read,
  // looking back, finds it again).
  const byMeetings = new Set(decisions.filter((d) => d.action === 'RECORDED').map((d) => `${d.subjectId}@${d.at.getTime()}`));
  const outside = overlapDocs
    .map((doc) => ({ doc, at: new Date(doc.decidedAt as Date) }))
    .filter(({ doc, at }) => at < settledBefore && !byMeetings.has(`${String(doc.overlapId)}@${at.getTime()}`))
    .map(({ doc }) => doc);
  const countries = await sharedCountries(db, outside);
  for (const doc of outside) {
    decisions.push(overlapDecisionChange({ id: String(doc._id), overlapId: String(doc.overlapId), decidedAt: doc.decidedAt as Date }, countries(doc)));
  }
  return { importRuns, decisions };
}

/** The countries the decided activities share, read once for all overlap decisions found. */
async function sharedCountries(db: Db, docs: Document[]): Promise<(doc: Document) => string[]> {
  const ids = [...new Set(docs.flatMap((d) => (d.activityIds as string[] | undefined) ?? []))].filter((id) => ObjectId.isValid(id));
  const activities = ids.length === 0 ? [] : await db.collection('activities').find({ _id: { $in: ids.map((id) => new ObjectId(id)) } }, { projection: { 'recipientCountries.code': 1 } }).toArray();
  const byId = new Map(activities.map((a) => [String(a._id), ((a.recipientCountries as { code: string }[] | undefined) ?? []).map((c) => c.code)]));
  return (doc: Document): string[] => {
    const lists = ((doc.activityIds as string[] | undefined) ?? []).map((id) => byId.get(id) ?? []);
    if (lists.length === 0) return [];
    return lists.reduce((shared, list) => shared.filter((code) => list.includes(code)));
  };
}
