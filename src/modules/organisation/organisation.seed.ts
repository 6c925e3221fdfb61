import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from 'mongodb';
import { z } from 'zod';
import { dataDir } from '../../paths';
import { bulkWriteInChunks } from '../../db/bulk-write';

const knownOrganisationsFile = z.object({
  organisations: z.array(
    z.object({ ref: z.string().min(1), acronym: z.string().min(1), name: z.string().min(1), type: z.string().nullable() }),
  ),
});

export type KnownOrganisation = z.infer<typeof knownOrganisationsFile>['organisations'][number];

let known: KnownOrganisation[] | undefined;

/** The organisations of data/organisations.json (validated once). */
export function knownOrganisations(): KnownOrganisation[] {
  if (!known) {
    const file = path.join(dataDir, 'organisations.json');
    const parsed = knownOrganisationsFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    known = parsed.data.organisations;
  }
  return known;
}

/** Upserts the known organisations; names given by publishers never overwrite them. */
export async function seedKnownOrganisations(db: Db): Promise<void> {
  const ops = knownOrganisations().map((o) => ({
    updateOne: {
      filter: { ref: o.ref },
      update: { $set: { ref: o.ref, acronym: o.acronym, name: o.name, type: o.type } },
      upsert: true,
    },
  }));
  await bulkWriteInChunks(db.collection('organisations'), ops, false);
}
