import type { EntityManager } from '@mikro-orm/mongodb';
import type { Document, Filter } from 'mongodb';
import { QUALITY_FLAGS, type QualityFlag } from '../analysis';
import { type ActivityFilterInput, buildActivityQuery } from '../activity/activity.filter';

export interface QualityFlagCount {
  flag: QualityFlag;
  count: number;
}

const FLAG_ORDER = new Map<string, number>(QUALITY_FLAGS.map((f, i) => [f, i]));

/** Counts of the stored quality flags, per import run or over a filtered set of activities. */
export class QualityService {
  constructor(
    private readonly em: EntityManager,
    private readonly visibility: Filter<Document>,
  ) {}

  private activities() {
    return this.em.getConnection().getCollection<Document>('activities');
  }

  /** Flag counts per import run id, in the order of `runIds` (one $in aggregation for all). */
  async byImportRuns(runIds: readonly string[]): Promise<QualityFlagCount[][]> {
    const rows = await this.activities()
      .aggregate<{ _id: { run: string; flag: string }; count: number }>([
        { $match: { $and: [{ 'provenance.importRunId': { $in: [...runIds] } }, this.visibility] } },
        { $project: { run: '$provenance.importRunId', qualityFlags: 1 } },
        { $unwind: '$qualityFlags' },
        { $group: { _id: { run: '$run', flag: '$qualityFlags' }, count: { $sum: 1 } } },
      ])
      .toArray();
    const byRun = new Map<string, QualityFlagCount[]>();
    for (const r of rows) {
      if (!FLAG_ORDER.has(r._id.flag)) continue;
      byRun.set(r._id.run, [...(byRun.get(r._id.run) ?? []), { flag: r._id.flag as QualityFlag, count: r.count }]);
    }
    return runIds.map((id) => sortFlags(byRun.get(id) ?? []));
  }

  /** Flag counts over the visible activities matching `filter`. */
  async summary(filter: ActivityFilterInput | null | undefined): Promise<QualityFlagCount[]> {
    const rows = await this.activities()
      .aggregate<{ _id: string; count: number }>([
        { $match: { $and: [buildActivityQuery(filter), this.visibility] } },
        { $project: { qualityFlags: 1 } },
        { $unwind: '$qualityFlags' },
        { $group: { _id: '$qualityFlags', count: { $sum: 1 } } },
      ])
      .toArray();
    return sortFlags(rows.filter((r) => FLAG_ORDER.has(r._id)).map((r) => ({ flag: r._id as QualityFlag, count: r.count })));
  }
}

const sortFlags = (counts: QualityFlagCount[]) => counts.sort((a, b) => FLAG_ORDER.get(a.flag)! - FLAG_ORDER.get(b.flag)!);
