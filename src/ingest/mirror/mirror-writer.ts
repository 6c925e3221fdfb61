import { type AnyBulkWriteOperation, type Db, type Document, ObjectId } from 'mongodb';
import { DERIVED_FIELDS_VERSION } from '../../modules/activity/activity.derived';
import { toActivityDocument } from '../../modules/activity/activity.document';
import { bumpMirrorVersion } from '../../modules/activity/mirror-version';
import type { ActivityOrigin, ActivityRecord, Provenance, RecordWarning, StoredActivity } from '../../modules/activity/activity.model';
import type { ImportCounts, ImportRun } from '../../modules/import/import-run.entity';
import { bulkWriteInChunks } from '../../db/bulk-write';

/** One normalised record on its way into the mirror. */
export interface IncomingActivity {
  record: ActivityRecord;
  warnings: RecordWarning[];
  line: number | null;
  contentHash: string;
  source: string;
  /** Set by sources that decide visibility (OHCHR); IATI records keep what the mirror has (public by default). */
  restricted?: boolean;
}

export interface MirrorWriterOptions {
  /** Dataset key: records of this file that a re-import no longer brings are withdrawn. */
  file: string;
  origin: ActivityOrigin;
  importRunId: string;
  importedAt: Date;
  /** Theme ids derived for a record (taxonomy rules); stored for filtering. */
  themeIdsOf: (record: ActivityRecord) => string[];
  /** When true nothing is written; counts say what would have happened. */
  dryRun: boolean;
  batchSize?: number;
}

const identityKey = (iatiIdentifier: string, reportingRef: string) => `${reportingRef}\u0000${iatiIdentifier}`;

/** Identity lookups in flight at once while reading a batch's stored versions. */
const LOOKUP_CONCURRENCY = 8;

interface ExistingRecord {
  _id: ObjectId;
  hash: string;
  state: string;
  themeIds: string[];
  derivedVersion: number;
}

/**
 * Writes records into the mirror in batches: unseen records are inserted, changed ones updated in
 * place, identical ones left untouched (a re-import is a no-op), and `withdrawMissing` marks the
 * records of the same dataset that the source no longer publishes. Nothing is ever deleted.
 */
export class MirrorWriter {
  readonly counts: ImportCounts = { read: 0, created: 0, updated: 0, unchanged: 0, withdrawn: 0, skipped: 0, warnings: 0 };
  private pending: IncomingActivity[] = [];
  private pendingKeys = new Set<string>();
  private readonly seen = new Set<string>();
  private readonly batchSize: number;

  constructor(
    private readonly db: Db,
    private readonly opts: MirrorWriterOptions,
  ) {
    this.batchSize = opts.batchSize ?? 500;
  }

  /** A writer for the file of an import run: dataset key, run id, time and dry-run come from the run. */
  static forRun(db: Db, run: ImportRun, origin: ActivityOrigin, themeIdsOf: MirrorWriterOptions['themeIdsOf']): MirrorWriter {
    return new MirrorWriter(db, { file: run.file, origin, importRunId: run.id, importedAt: run.startedAt, themeIdsOf, dryRun: run.status === 'DRY_RUN' });
  }

  private collection() {
    return this.db.collection<Document>('activities');
  }

  async add(item: IncomingActivity): Promise<void> {
    this.counts.read++;
    this.counts.warnings += item.warnings.length;
    const key = identityKey(item.record.iatiIdentifier, item.record.reportingOrg.ref);
    // The same activity twice in one file: the later one wins, written after the earlier batch.
    if (this.pendingKeys.has(key)) await this.flush();
    this.pending.push(item);
    this.pendingKeys.add(key);
    if (this.pending.length >= this.batchSize) await this.flush();
  }

  skip(): void {
    this.counts.read++;
    this.counts.skipped++;
  }

  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.pendingKeys = new Set();
    if (batch.length === 0) return;

    const existing = await this.existing(batch);
    const ops: AnyBulkWriteOperation<Document>[] = [];
    for (const item of batch) {
      const key = identityKey(item.record.iatiIdentifier, item.record.reportingOrg.ref);
      const themeIds = [...new Set(this.opts.themeIdsOf(item.record))].sort();
      const before = existing.get(key);
      const alreadySeen = this.seen.has(key);
      this.seen.add(key);
      if (
        before &&
        before.hash === item.contentHash &&
        before.state === 'ACTIVE' &&
        before.derivedVersion === DERIVED_FIELDS_VERSION &&
        sameList(before.themeIds, themeIds)
      ) {
        if (!alreadySeen) this.counts.unchanged++;
        continue;
      }
      const document = toActivityDocument(this.stored(item), themeIds);
      if (before) {
        const { restricted: _keep, ...rest } = document;
        const changes = item.restricted === undefined ? rest : document;
        ops.push({ updateOne: { filter: { _id: before._id }, update: { $set: changes } } });
        if (!alreadySeen) this.counts.updated++;
      } else {
        ops.push({ insertOne: { document } });
        this.counts.created++;
      }
    }
    if (ops.length > 0 && !this.opts.dryRun) {
      await bulkWriteInChunks(this.collection(), ops);
      await bumpMirrorVersion(this.db);
    }
  }

  /** Marks records of this dataset that this import did not bring as WITHDRAWN; returns how many. */
  async withdrawMissing(): Promise<number> {
    await this.flush();
    // A dataset never imported before has nothing to withdraw: skip the scan for its records,
    // which on the embedded engine reads the whole collection (it uses unique indexes only).
    if (!(await this.importedBefore())) return 0;
    const active = await this.collection()
      .find({ 'provenance.file': this.opts.file, origin: this.opts.origin, mirrorState: 'ACTIVE' }, { projection: { iatiIdentifier: 1, 'reportingOrg.ref': 1 } })
      .toArray();
    const gone = active.filter((d) => !this.seen.has(identityKey(d.iatiIdentifier as string, (d.reportingOrg as { ref: string }).ref))).map((d) => d._id);
    if (gone.length > 0 && !this.opts.dryRun) {
      await this.collection().updateMany(
        { _id: { $in: gone } },
        { $set: { mirrorState: 'WITHDRAWN', 'provenance.importRunId': this.opts.importRunId, withdrawnAt: this.opts.importedAt } },
      );
      await bumpMirrorVersion(this.db);
    }
    this.counts.withdrawn = gone.length;
    return gone.length;
  }

  private stored(item: IncomingActivity): StoredActivity {
    const provenance: Provenance = {
      source: item.source,
      file: this.opts.file,
      contentHash: item.contentHash,
      importRunId: this.opts.importRunId,
      importedAt: this.opts.importedAt,
      lastUpdated: item.record.lastUpdated,
    };
    return { ...item.record, origin: this.opts.origin, mirrorState: 'ACTIVE', restricted: item.restricted ?? false, provenance, warnings: item.warnings };
  }

  /** Whether an earlier import run (of any kind, any outcome but a dry run) had this dataset's file name. */
  private async importedBefore(): Promise<boolean> {
    if (!ObjectId.isValid(this.opts.importRunId)) return true;
    const earlier = await this.db
      .collection('import_runs')
      .findOne({ file: this.opts.file, status: { $ne: 'DRY_RUN' }, _id: { $ne: new ObjectId(this.opts.importRunId) } }, { projection: { _id: 1 } });
    return earlier !== null;
  }

  /**
   * The stored versions of a batch's records, one exact identity lookup per record: the only
   * lookup the embedded engine serves from the unique identity index (an `$in` on the identifier
   * alone, or an `$or` of pairs, reads the whole collection there); MongoDB serves either from it.
   */
  private async existing(batch: IncomingActivity[]): Promise<Map<string, ExistingRecord>> {
    const identities = new Map(batch.map((b) => [identityKey(b.record.iatiIdentifier, b.record.reportingOrg.ref), b.record]));
    const projection = { iatiIdentifier: 1, 'reportingOrg.ref': 1, 'provenance.contentHash': 1, mirrorState: 1, themeIds: 1, derivedVersion: 1 };
    const records = [...identities.values()];
    const docs: Document[] = [];
    for (let start = 0; start < records.length; start += LOOKUP_CONCURRENCY) {
      const found = await Promise.all(
        records
          .slice(start, start + LOOKUP_CONCURRENCY)
          .map((r) => this.collection().findOne({ iatiIdentifier: r.iatiIdentifier, 'reportingOrg.ref': r.reportingOrg.ref }, { projection })),
      );
      for (const doc of found) if (doc) docs.push(doc);
    }
    const map = new Map<string, ExistingRecord>();
    for (const d of docs) {
      map.set(identityKey(d.iatiIdentifier as string, (d.reportingOrg as { ref: string }).ref), {
        _id: d._id as ObjectId,
        hash: (d.provenance as { contentHash: string }).contentHash,
        state: d.mirrorState as string,
        themeIds: (d.themeIds as string[] | undefined) ?? [],
        derivedVersion: (d.derivedVersion as number | undefined) ?? 0,
      });
    }
    return map;
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
