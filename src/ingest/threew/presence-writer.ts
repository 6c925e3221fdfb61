import { createHash } from 'node:crypto';
import type { AnyBulkWriteOperation, Db, Document } from 'mongodb';
import { bulkWriteInChunks } from '../../db/bulk-write';
import { bumpMirrorVersion } from '../../modules/activity/mirror-version';
import type { ImportCounts } from '../../modules/import/import-run.entity';
import { PRESENCE_SOURCE, PRESENCES, presenceDatasetKey, type StoredPresence } from '../../modules/presence/presence.model';
import { canonicalJson } from '../iati';
import { InvalidInputFileError } from '../input-problems';
import type { ThreewReading } from './read-3w-file';

export interface PresenceWriteOptions {
  importRunId: string;
  importedAt: Date;
  dryRun: boolean;
  /** Stops between two batches; what was written stays, nothing is withdrawn. */
  signal?: AbortSignal;
  onBatch?: (counts: Readonly<ImportCounts>) => void;
}

const BATCH = 500;

/**
 * Refuses, before anything is written, a file that HDX says is older than the one the dataset's
 * presences came from: importing it would withdraw what the newer file lists. Files without HDX
 * dates are taken in the order they are imported.
 */
function refuseOlderFile(reading: ThreewReading, datasetKey: string, stored: readonly Document[]): void {
  if (!reading.fileModified) return;
  const newest = stored
    .filter((d) => d.mirrorState === 'ACTIVE')
    .map((d) => d.provenance as { fileModified?: string | null; file: string })
    .filter((p) => p.fileModified)
    .sort((a, b) => (a.fileModified! < b.fileModified! ? 1 : -1))[0];
  if (newest && newest.fileModified! > reading.fileModified) {
    const file = reading.file;
    const message = `this file (changed on HDX ${reading.fileModified}) is older than ${newest.file} (changed ${newest.fileModified}), whose 3W of ${datasetKey} is already imported: nothing was written`;
    throw new InvalidInputFileError(file, [{ file, line: null, record: null, field: null, message }]);
  }
}

/** The record a reading's presence becomes (without import details in its hash). */
function toStored(reading: ThreewReading, p: ThreewReading['presences'][number], opts: PresenceWriteOptions): StoredPresence {
  const datasetKey = presenceDatasetKey(reading.country, reading.period);
  const content = {
    country: p.country,
    period: reading.period,
    organisation: { ref: p.organisation.ref, acronym: p.organisation.acronym, name: p.organisation.name, type: p.organisation.type, matched: p.organisation.matched },
    cluster: { id: p.cluster.id, name: p.cluster.name, asWritten: p.cluster.asWritten },
    themeIds: [...p.cluster.themeIds].sort(),
    place: p.place,
    file: reading.file,
    fileModified: reading.fileModified,
    rows: p.rows,
  };
  return {
    key: createHash('sha256').update(`${p.identity}\u0000${reading.period.start}\u0000${reading.period.end}`).digest('hex'),
    identity: p.identity,
    datasetKey,
    origin: '3W',
    country: content.country,
    period: content.period,
    organisation: content.organisation,
    cluster: content.cluster,
    themeIds: content.themeIds,
    place: content.place,
    mirrorState: 'ACTIVE',
    withdrawnAt: null,
    provenance: {
      source: PRESENCE_SOURCE,
      file: reading.file,
      rows: p.rows,
      hdxMetadata: reading.hdxMetadata,
      fileModified: reading.fileModified,
      contentHash: createHash('sha256').update(canonicalJson(content)).digest('hex'),
      importRunId: opts.importRunId,
      importedAt: opts.importedAt,
    },
  };
}

/**
 * Mirrors a whole 3W reading: new presences inserted, changed ones updated, identical ones left
 * as they are (a re-import writes nothing), and the presences of the same country and period
 * that the file no longer lists marked WITHDRAWN — whichever file brought them. Reads the
 * dataset's stored records once (one query on the dataset key).
 */
export async function writePresences(db: Db, reading: ThreewReading, counts: ImportCounts, opts: PresenceWriteOptions): Promise<'DONE' | 'INTERRUPTED'> {
  const collection = db.collection<Document>(PRESENCES);
  const datasetKey = presenceDatasetKey(reading.country, reading.period);
  const stored = await collection.find({ datasetKey }, { projection: { key: 1, mirrorState: 1, 'provenance.contentHash': 1, 'provenance.fileModified': 1, 'provenance.file': 1 } }).toArray();
  refuseOlderFile(reading, datasetKey, stored);
  const before = new Map(stored.map((d) => [d.key as string, { state: d.mirrorState as string, hash: (d.provenance as { contentHash: string }).contentHash }]));
  const seen = new Set<string>();
  let wrote = false;
  const records = reading.presences.map((p) => toStored(reading, p, opts));
  for (let start = 0; start < records.length; start += BATCH) {
    if (opts.signal?.aborted) return finish('INTERRUPTED');
    const ops: AnyBulkWriteOperation<Document>[] = [];
    for (const record of records.slice(start, start + BATCH)) {
      seen.add(record.key);
      const old = before.get(record.key);
      if (old && old.state === 'ACTIVE' && old.hash === record.provenance.contentHash) counts.unchanged++;
      else if (old) {
        counts.updated++;
        ops.push({ updateOne: { filter: { key: record.key }, update: { $set: record as unknown as Document } } });
      } else {
        counts.created++;
        ops.push({ insertOne: { document: record as unknown as Document } });
      }
    }
    if (ops.length > 0 && !opts.dryRun) {
      await bulkWriteInChunks(collection, ops);
      wrote = true;
    }
    opts.onBatch?.(counts);
  }
  const gone = [...before].filter(([key, b]) => b.state === 'ACTIVE' && !seen.has(key)).map(([key]) => key);
  counts.withdrawn = gone.length;
  if (gone.length > 0 && !opts.dryRun) {
    await collection.updateMany(
      { datasetKey, key: { $in: gone } },
      { $set: { mirrorState: 'WITHDRAWN', withdrawnAt: opts.importedAt, 'provenance.importRunId': opts.importRunId } },
    );
    wrote = true;
  }
  return finish('DONE');

  async function finish(outcome: 'DONE' | 'INTERRUPTED'): Promise<'DONE' | 'INTERRUPTED'> {
    if (wrote) await bumpMirrorVersion(db);
    return outcome;
  }
}
