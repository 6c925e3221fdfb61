import type { Db } from 'mongodb';

/** What an import may change: every activity's and recommendation's content hash (and mirror state). */
export interface MirrorSnapshot {
  /** iatiIdentifier → "contentHash:mirrorState" */
  activities: Map<string, string>;
  /** annotationId → contentHash */
  recommendations: Map<string, string>;
}

export async function mirrorSnapshot(db: Db): Promise<MirrorSnapshot> {
  const activities = await db
    .collection('activities')
    .find({}, { projection: { iatiIdentifier: 1, 'provenance.contentHash': 1, mirrorState: 1 } })
    .toArray();
  const recommendations = await db
    .collection('recommendations')
    .find({}, { projection: { annotationId: 1, 'provenance.contentHash': 1 } })
    .toArray();
  return {
    activities: new Map(activities.map((d) => [d.iatiIdentifier as string, `${d.provenance?.contentHash}:${d.mirrorState}`])),
    recommendations: new Map(recommendations.map((d) => [d.annotationId as string, String(d.provenance?.contentHash)])),
  };
}
