import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isSkipped, readIatiFile } from '../../src/ingest/iati';
import type { StoredActivity } from '../../src/modules/activity/activity.model';
import type { ActivitySnapshot } from '../../src/modules/analysis/snapshot';
import { toSnapshot } from '../../src/modules/analysis/snapshot';
import type { Taxonomy } from '../../src/modules/analysis/taxonomy';

/** The bundled real IATI files the benchmark portfolio is grown from. */
const SOURCES = [path.resolve(__dirname, '../../data/sample'), path.resolve(__dirname, '../../test/fixtures/iati')];

/**
 * Snapshots of every activity of the bundled real files that Concord can place in time (read with
 * Concord's own IATI reader and toSnapshot, as the mirror would): their themes come from their
 * real sectors, SDG tags and policy markers, their countries, percentages, durations and data
 * weaknesses are as published. Files the reader refuses (the fixtures of refused input) are skipped.
 */
export async function templateSnapshots(taxonomy: Taxonomy): Promise<ActivitySnapshot[]> {
  const out: ActivitySnapshot[] = [];
  for (const dir of SOURCES) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
      try {
        for await (const item of readIatiFile(path.join(dir, file), { file })) {
          if (isSkipped(item)) continue;
          const id = `${path.basename(dir)}/${file}#${out.length}`;
          const stored = { ...item.record, id, origin: 'IATI', mirrorState: 'ACTIVE', restricted: false } as StoredActivity & { id: string };
          const result = toSnapshot(stored, taxonomy);
          if (result.ok) out.push(result.snapshot);
        }
      } catch {
        // A fixture of refused input (DOCTYPE, organisation file): not an activity file.
      }
    }
  }
  return out;
}
