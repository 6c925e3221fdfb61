import type { Db, Document } from 'mongodb';
import {
  type ActivitySnapshot,
  findClusters,
  findOverlaps,
  type Overlap,
  type OverlapOptions,
  OverlapStore,
  type OverlapCluster,
  type SnapshotExclusion,
  toSnapshots,
  type UndatedSnapshot,
} from '../analysis';
import type { StoredActivity } from '../activity/activity.model';
import { mirrorVersion } from '../activity/mirror-version';
import { PRESENCES, type StoredPresence } from '../presence/presence.model';
import { toPresenceSnapshots } from '../presence/presence.snapshots';
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
  /** Data-quality flags of the activities that have any (set at ingest), by activity id. */
  qualityFlags: Map<string, readonly string[]>;
  /**
   * Overlaps among the activities in any of `countries` (every overlap that names one of them),
   * or of the whole mirror when none are given. Computed on first use and kept with this state:
   * a country's page never pays for, nor holds in memory, the overlaps of the whole registry.
   */
  overlaps(countries?: readonly string[]): OverlapIndex;
  /** An overlap by id from any index computed so far, else from the whole mirror's. */
  overlapById(id: string): Overlap | undefined;
  clusters(): OverlapCluster[];
  recommendations: StoredRecommendation[];
}

export interface OverlapIndex {
  /** Highest score first, then id. */
  list: Overlap[];
  byId: Map<string, Overlap>;
  byActivity: Map<string, Overlap[]>;
}

/** Country-scoped overlap indexes kept per state; the oldest is dropped past this many. */
const MAX_SCOPED_INDEXES = 64;

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
  origin: 1,
  sectors: 1,
  sdgGoals: 1,
  sdgTargets: 1,
  policyMarkers: 1,
  budgets: 1,
  qualityFlags: 1,
};

/** Fields a presence snapshot needs. */
const PRESENCE_PROJECTION: Document = { 'organisation.ref': 1, 'cluster.id': 1, country: 1, period: 1, themeIds: 1, place: 1, mirrorState: 1 };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Overlaps and clusters are computed once per mirror version and day, then served from memory:
 * each request costs one read of the version counter. Any import, OHCHR edit or recommendation
 * import bumps the version, and the next request recomputes (concurrent requests share the work).
 */
export class CoordinationCache {
  private state: Promise<CoordinationState> | undefined;
  private key = '';
  /**
   * The whole mirror's overlaps as of the last state that needed them: the next state brings it
   * up to date with the activities an import created, changed or withdrew instead of
   * recomputing every overlap (same results, see OverlapStore).
   */
  private overlapStore: OverlapStore | undefined;

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
    const stored = docs.map((d) => ({ ...(d as unknown as StoredActivity & { qualityFlags?: string[] }), id: String(d._id) }));
    const { snapshots: activitySnapshots, excluded, undated } = toSnapshots(stored, taxonomy);
    // OCHA 3W presence joins the activities (origin "3W"); it is public, like the 3W files on HDX.
    const presenceDocs = await this.db.collection(PRESENCES).find({ mirrorState: 'ACTIVE' }, { projection: PRESENCE_PROJECTION }).toArray();
    const presenceSnapshots = toPresenceSnapshots(presenceDocs.map((d) => ({ ...(d as unknown as StoredPresence), id: String(d._id) })));
    const snapshots = [...activitySnapshots, ...presenceSnapshots];
    const snapshotById = new Map(snapshots.map((s) => [s.id, s]));
    const options = { asOf, mandates: taxonomy.mandates };
    const recDocs = await this.db.collection('recommendations').find({}).toArray();

    const scoped = new Map<string, OverlapIndex>();
    let whole: OverlapIndex | undefined;
    let clusters: OverlapCluster[] | undefined;
    const overlaps = (countries?: readonly string[]): OverlapIndex => {
      if (!countries || countries.length === 0) return (whole ??= indexOverlaps(this.wholeMirrorOverlaps(snapshots, options)));
      const wanted = new Set(countries.map((c) => c.toUpperCase()));
      const key = [...wanted].sort().join(',');
      let index = scoped.get(key);
      if (!index) {
        index = whole ? filterIndex(whole, wanted) : indexOverlaps(findOverlaps(snapshots.filter((s) => s.countries.some((c) => wanted.has(c.code))), options).filter((o) => namesAny(o, wanted)));
        if (scoped.size >= MAX_SCOPED_INDEXES) scoped.delete(scoped.keys().next().value!);
        scoped.set(key, index);
      }
      return index;
    };
    return {
      version,
      asOf,
      snapshots,
      snapshotById,
      excluded,
      undated,
      access: new Map([
        ...stored.map((a): [string, ActivityAccess] => [a.id, { restricted: a.restricted ?? false, reportingOrg: { ref: a.reportingOrg.ref }, participatingOrgs: a.participatingOrgs ?? [] }]),
        ...presenceSnapshots.map((s): [string, ActivityAccess] => [s.id, { restricted: false, reportingOrg: { ref: s.organisation }, participatingOrgs: [] }]),
      ]),
      qualityFlags: new Map(stored.filter((a) => (a.qualityFlags ?? []).length > 0).map((a) => [a.id, a.qualityFlags ?? []])),
      overlaps,
      overlapById: (id) => {
        for (const index of [whole, ...scoped.values()]) {
          const found = index?.byId.get(id);
          if (found) return found;
        }
        return overlaps().byId.get(id);
      },
      // Clusters group activities; 3W presence is left out (a cluster of every partner of a humanitarian cluster says nothing).
      clusters: () => (clusters ??= findClusters(activitySnapshots, options)),
      recommendations: recDocs.map((d) => ({ ...(d as unknown as RecommendationRecord), id: String(d._id) })),
    };
  }

  private wholeMirrorOverlaps(snapshots: readonly ActivitySnapshot[], options: OverlapOptions): Overlap[] {
    const kept = this.overlapStore;
    if (kept && kept.options.asOf === options.asOf && kept.options.mandates === options.mandates) kept.sync(snapshots);
    else this.overlapStore = OverlapStore.build(snapshots, options);
    return this.overlapStore!.overlaps();
  }
}

/** Whether an overlap is in one of `countries` (one of the countries its two activities share). */
function namesAny(o: Overlap, countries: ReadonlySet<string>): boolean {
  return o.sharedCountries.some((c) => countries.has(c));
}

function filterIndex(whole: OverlapIndex, countries: ReadonlySet<string>): OverlapIndex {
  return indexOverlaps(whole.list.filter((o) => namesAny(o, countries)));
}

function indexOverlaps(list: Overlap[]): OverlapIndex {
  list.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const byActivity = new Map<string, Overlap[]>();
  for (const o of list) {
    for (const id of o.activityIds) {
      const forActivity = byActivity.get(id);
      if (forActivity) forActivity.push(o);
      else byActivity.set(id, [o]);
    }
  }
  return { list, byId: new Map(list.map((o) => [o.id, o])), byActivity };
}
