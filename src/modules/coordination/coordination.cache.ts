import type { Db, Document } from 'mongodb';
import {
  type ActivitySnapshot,
  findClusters,
  findOverlaps,
  type Overlap,
  type OverlapCluster,
  type SnapshotExclusion,
  toSnapshots,
  type UndatedSnapshot,
} from '../analysis';
import type { StoredActivity } from '../activity/activity.model';
import { mirrorVersion } from '../activity/mirror-version';
import type { RecommendationRecord } from '../recommendation/recommendation.model';
import { currentTaxonomy } from '../theme/taxonomy';

/** What visibility checks need to know of an activity. */
export interface ActivityAccess {
  restricted: boolean;
  reportingOrg: { ref: string };
  participatingOrgs: { ref: string | null }[];
}

export type StoredRecommendation = RecommendationRecord & { id: string };

/** Analyses of one version of the mirror, for one "as of" day. Immutable. */
export interface CoordinationState {
  version: number;
  asOf: string;
  snapshots: ActivitySnapshot[];
  snapshotById: Map<string, ActivitySnapshot>;
  excluded: SnapshotExclusion[];
  /** Activities without a credible period: present in their countries, in no period (never in an overlap). */
  undated: UndatedSnapshot[];
  access: Map<string, ActivityAccess>;
  /** Highest score first, then id. */
  overlaps: Overlap[];
  overlapById: Map<string, Overlap>;
  overlapsByActivity: Map<string, Overlap[]>;
  clusters: OverlapCluster[];
  recommendations: StoredRecommendation[];
}

/** Fields a snapshot needs; descriptions, locations and warnings stay in the database. */
const SNAPSHOT_PROJECTION: Document = {
  iatiIdentifier: 1,
  reportingOrg: 1,
  'participatingOrgs.ref': 1,
  'participatingOrgs.role': 1,
  restricted: 1,
  mirrorState: 1,
  status: 1,
  plannedStart: 1,
  actualStart: 1,
  plannedEnd: 1,
  actualEnd: 1,
  recipientCountries: 1,
  recipientRegions: 1,
  sectors: 1,
  sdgGoals: 1,
  sdgTargets: 1,
  policyMarkers: 1,
  budgets: 1,
};

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Overlaps and clusters are computed once per mirror version and day, then served from memory:
 * each request costs one read of the version counter. Any import, OHCHR edit or recommendation
 * import bumps the version, and the next request recomputes (concurrent requests share the work).
 */
export class CoordinationCache {
  private state: Promise<CoordinationState> | undefined;
  private key = '';

  constructor(
    private readonly db: Db,
    private readonly clock: () => string = today,
  ) {}

  async current(): Promise<CoordinationState> {
    const version = await mirrorVersion(this.db);
    const asOf = this.clock();
    const key = `${version}@${asOf}`;
    if (!this.state || key !== this.key) {
      this.key = key;
      this.state = this.compute(version, asOf).catch((err: unknown) => {
        this.state = undefined;
        this.key = '';
        throw err;
      });
    }
    return this.state;
  }

  private async compute(version: number, asOf: string): Promise<CoordinationState> {
    const taxonomy = currentTaxonomy();
    const docs = await this.db.collection('activities').find({ mirrorState: 'ACTIVE' }, { projection: SNAPSHOT_PROJECTION }).toArray();
    const stored = docs.map((d) => ({ ...(d as unknown as StoredActivity), id: String(d._id) }));
    const { snapshots, excluded, undated } = toSnapshots(stored, taxonomy);
    const options = { asOf, mandates: taxonomy.mandates };
    const overlaps = findOverlaps(snapshots, options).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const overlapsByActivity = new Map<string, Overlap[]>();
    for (const o of overlaps) {
      for (const id of o.activityIds) {
        const list = overlapsByActivity.get(id) ?? [];
        list.push(o);
        overlapsByActivity.set(id, list);
      }
    }
    const recDocs = await this.db.collection('recommendations').find({}).toArray();
    return {
      version,
      asOf,
      snapshots,
      snapshotById: new Map(snapshots.map((s) => [s.id, s])),
      excluded,
      undated,
      access: new Map(
        stored.map((a) => [a.id, { restricted: a.restricted ?? false, reportingOrg: { ref: a.reportingOrg.ref }, participatingOrgs: a.participatingOrgs ?? [] }]),
      ),
      overlaps,
      overlapById: new Map(overlaps.map((o) => [o.id, o])),
      overlapsByActivity,
      clusters: findClusters(snapshots, options),
      recommendations: recDocs.map((d) => ({ ...(d as unknown as RecommendationRecord), id: String(d._id) })),
    };
  }
}
