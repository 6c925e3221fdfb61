import { readFileSync } from 'node:fs';
import type { Db, Document } from 'mongodb';
import { z } from 'zod';
import { isKnownCode } from '../../codelists/codelists';
import { InvalidInputFileError, type InputProblem } from '../../ingest/input-problems';
import { bumpMirrorVersion } from '../activity/mirror-version';
import type { RecommendationFollowUpEntry } from './followup.entry';
import { PROJECT_PROPOSAL_MAX_LENGTH } from './followup.validation';

/**
 * A file of follow-up entries (the bundled sample's): per recommendation (UHRI AnnotationId), the
 * activities following it up (by IATI identifier), the resources required and the specific-project
 * flag. Editors make the same changes with `updateRecommendationFollowUp`.
 */
const entrySchema = z.object({
  annotationId: z.string().trim().min(1, 'is required'),
  linkedActivities: z.array(z.string().trim().min(1, 'is empty')).default([]),
  resourcesRequired: z
    .object({
      value: z.number().nonnegative('must be ≥ 0'),
      currency: z.string().refine((c) => isKnownCode('Currency', c), 'must be an ISO 4217 currency code'),
    })
    .nullable()
    .default(null),
  proposesSpecificProject: z.boolean().default(false),
  projectProposal: z.string().trim().max(PROJECT_PROPOSAL_MAX_LENGTH).nullable().default(null),
});
const fileSchema = z.object({ about: z.string().optional(), FollowUps: z.array(z.unknown()) });

export type FollowUpFileEntry = z.output<typeof entrySchema>;

/** Reads and validates the whole file; throws InvalidInputFileError naming record and field. */
export function readFollowUpFile(filePath: string, displayName: string): FollowUpFileEntry[] {
  const fail = (message: string, record: string | null = null, field: string | null = null): InputProblem => ({ file: displayName, line: null, record, field, message });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (err) {
    throw new InvalidInputFileError(displayName, [fail(`not valid JSON: ${(err as Error).message}`)]);
  }
  const file = fileSchema.safeParse(json);
  if (!file.success) throw new InvalidInputFileError(displayName, [fail('must be { "FollowUps": [...] }')]);
  const problems: InputProblem[] = [];
  const entries: FollowUpFileEntry[] = [];
  file.data.FollowUps.forEach((raw, i) => {
    const parsed = entrySchema.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(fail(issue.message, `#${i + 1}`, issue.path.join('.') || null));
  });
  if (problems.length > 0) throw new InvalidInputFileError(displayName, problems);
  return entries;
}

/**
 * Applies the entries to recommendations that have no follow-up entered yet (an editor's changes
 * are never overwritten). Every recommendation and activity must exist, else nothing is written.
 * Returns how many recommendations were written.
 */
export async function applyFollowUpFile(db: Db, entries: readonly FollowUpFileEntry[], displayName: string, at: Date = new Date()): Promise<number> {
  const recs = await db.collection<Document>('recommendations').find({ annotationId: { $in: entries.map((e) => e.annotationId) } }, { projection: { annotationId: 1, followUp: 1 } }).toArray();
  const recByAnnotation = new Map(recs.map((r) => [r.annotationId as string, r]));
  const identifiers = [...new Set(entries.flatMap((e) => e.linkedActivities))];
  const activities = await db.collection<Document>('activities').find({ iatiIdentifier: { $in: identifiers }, mirrorState: 'ACTIVE' }, { projection: { iatiIdentifier: 1 } }).toArray();
  const activityIds = new Map<string, string[]>();
  for (const a of activities) activityIds.set(a.iatiIdentifier as string, [...(activityIds.get(a.iatiIdentifier as string) ?? []), String(a._id)]);

  const problems: InputProblem[] = [];
  entries.forEach((e, i) => {
    const record = `#${i + 1} (${e.annotationId})`;
    if (!recByAnnotation.has(e.annotationId)) problems.push({ file: displayName, line: null, record, field: 'annotationId', message: 'no such recommendation' });
    for (const id of e.linkedActivities) {
      const found = activityIds.get(id)?.length ?? 0;
      if (found !== 1) problems.push({ file: displayName, line: null, record, field: 'linkedActivities', message: found === 0 ? `${id} is not an active activity` : `${id} names ${found} activities` });
    }
  });
  if (problems.length > 0) throw new InvalidInputFileError(displayName, problems);

  let written = 0;
  for (const e of entries) {
    const rec = recByAnnotation.get(e.annotationId)!;
    if (rec.followUp) continue;
    const followUp: RecommendationFollowUpEntry = { resourcesRequired: e.resourcesRequired, proposesSpecificProject: e.proposesSpecificProject, projectProposal: e.projectProposal, updatedAt: at };
    const links = e.linkedActivities.map((id) => activityIds.get(id)![0]!);
    await db.collection('recommendations').updateOne({ _id: rec._id }, { $set: { followUp, linkedActivityIds: links } });
    written++;
  }
  if (written > 0) await bumpMirrorVersion(db);
  return written;
}
