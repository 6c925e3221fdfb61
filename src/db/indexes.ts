import type { Db, IndexDescription } from 'mongodb';

/**
 * Indexes every query filter relies on; keys 1/-1 only, no text/geo/TTL/partial indexes,
 * so that MongoDB and the embedded engine run the same set.
 */
export const INDEXES: Record<string, IndexDescription[]> = {
  activities: [
    { key: { iatiIdentifier: 1, 'reportingOrg.ref': 1 }, name: 'activity_identity', unique: true },
    { key: { 'reportingOrg.ref': 1 }, name: 'reporting_org' },
    { key: { 'participatingOrgs.ref': 1 }, name: 'participating_org' },
    { key: { participationKeys: 1 }, name: 'participation' },
    { key: { 'recipientCountries.code': 1 }, name: 'country' },
    { key: { 'recipientRegions.code': 1 }, name: 'region' },
    { key: { themeIds: 1 }, name: 'theme' },
    { key: { 'sectors.code': 1 }, name: 'sector' },
    { key: { sdgGoals: 1 }, name: 'sdg_goal' },
    { key: { sdgTargets: 1 }, name: 'sdg_target' },
    { key: { status: 1 }, name: 'status' },
    { key: { periodStart: 1, _id: 1 }, name: 'period_start' },
    { key: { periodEnd: 1, _id: 1 }, name: 'period_end' },
    { key: { budgetTotal: 1, _id: 1 }, name: 'budget' },
    { key: { sortLastUpdated: 1, _id: 1 }, name: 'last_updated' },
    { key: { sortTitle: 1, _id: 1 }, name: 'title' },
    { key: { 'provenance.source': 1 }, name: 'source' },
    { key: { qualityFlags: 1 }, name: 'quality' },
    { key: { 'provenance.file': 1, mirrorState: 1 }, name: 'source_file' },
  ],
  organisations: [{ key: { ref: 1 }, name: 'org_ref', unique: true }],
  recommendations: [
    { key: { annotationId: 1 }, name: 'annotation_id', unique: true },
    { key: { countries: 1 }, name: 'rec_country' },
    { key: { themeIds: 1 }, name: 'rec_theme' },
    { key: { status: 1 }, name: 'rec_status' },
    { key: { 'body.type': 1 }, name: 'rec_body_type' },
    { key: { publicationDate: -1, _id: -1 }, name: 'rec_publication_date' },
  ],
  overlap_decisions: [
    { key: { overlapId: 1, decidedAt: -1 }, name: 'decision_overlap' },
    // Live updates read what changed since a moment (modules/live/change-poller.ts), here and below.
    { key: { decidedAt: 1 }, name: 'overlap_decided_at' },
  ],
  import_runs: [
    { key: { startedAt: -1 }, name: 'started_at' },
    { key: { finishedAt: 1 }, name: 'finished_at' },
  ],
  presences: [
    { key: { key: 1 }, name: 'presence_key', unique: true },
    { key: { datasetKey: 1, mirrorState: 1 }, name: 'presence_dataset' },
    { key: { country: 1, mirrorState: 1 }, name: 'presence_country' },
  ],
  api_keys: [{ key: { keyId: 1 }, name: 'api_key_id', unique: true }],
  audit_entries: [
    { key: { activityId: 1, at: 1 }, name: 'audit_activity' },
    { key: { meetingId: 1, at: 1 }, name: 'audit_meeting' },
    { key: { expertId: 1, at: 1 }, name: 'audit_expert' },
    { key: { institutionId: 1, at: 1 }, name: 'audit_institution' },
    { key: { recommendationId: 1, at: 1 }, name: 'audit_recommendation' },
    { key: { fieldOperationId: 1, at: 1 }, name: 'audit_field_operation' },
  ],
  field_operations: [{ key: { identifier: 1 }, name: 'field_operation_identifier', unique: true }],
  experts: [{ key: { identifier: 1 }, name: 'expert_identifier', unique: true }],
  institutions: [{ key: { identifier: 1 }, name: 'institution_identifier', unique: true }],
  meetings: [{ key: { date: -1, _id: -1 }, name: 'meeting_date' }],
  coordination_decisions: [
    { key: { meetingId: 1, decidedAt: 1 }, name: 'decision_meeting' },
    { key: { subjectId: 1 }, name: 'decision_subject' },
    { key: { ownerOrganisation: 1, status: 1 }, name: 'decision_owner' },
    { key: { 'history.at': 1 }, name: 'decision_history_at' },
  ],
};

/**
 * Whether the server answers queries from secondary indexes. MongoDB does (and answers `explain`);
 * the embedded engine (mongo-java-server) enforces unique indexes and uses them for lookups, but
 * keeps every other index empty and scans instead, while rebuilding each one over the whole
 * collection when it reopens a store. There only the unique indexes are worth having.
 */
export async function usesSecondaryIndexes(db: Db): Promise<boolean> {
  try {
    await db.command({ explain: { find: 'activities', filter: {} }, verbosity: 'queryPlanner' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates the missing indexes, each on its own (one failing index names itself). On a server
 * that does not use secondary indexes only the unique ones are created, and non-unique ones
 * left by an earlier version are dropped: they cost a full pass over their collection at every
 * reopen and serve no query.
 */
export async function ensureIndexes(db: Db): Promise<void> {
  const secondary = await usesSecondaryIndexes(db);
  const existingCollections = new Set((await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name));
  for (const [collection, indexes] of Object.entries(INDEXES)) {
    const listed = existingCollections.has(collection) ? await db.collection(collection).listIndexes().toArray() : [];
    const existing = new Set(listed.map((i) => i.name as string));
    for (const index of indexes) {
      if (!existing.has(index.name!) && (secondary || index.unique)) await db.collection(collection).createIndexes([index]);
    }
    if (!secondary) {
      for (const index of listed) if (index.name !== '_id_' && !index.unique) await db.collection(collection).dropIndex(index.name as string);
    }
  }
}
