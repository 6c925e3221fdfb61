import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ObjectId, type Db, type Document } from 'mongodb';
import { isSkipped, readIatiFile } from '../../src/ingest/iati';
import { toActivityDocument } from '../../src/modules/activity/activity.document';
import type { ActivityRecord, StoredActivity } from '../../src/modules/activity/activity.model';
import { knownOrganisations } from '../../src/modules/organisation/organisation.seed';
import { themeIdsOf } from '../../src/modules/theme/theme-ids';
import { dataDir } from '../../src/paths';
import { seededRandom } from '../ingest/synthetic-iati';

/**
 * Reproducible synthetic mirror for the API benchmark: the real activities of data/sample/*.xml
 * (read with Concord's own IATI reader), cloned with a seeded PRNG into `activities` records with
 * new identifiers and ids, recipient countries, dates, reporting and participating organisations;
 * plus UHRI-shaped recommendations for the same countries, some linked to activities.
 * Same size and seed → same documents, same ids, same first page.
 */
export interface DatasetSpec {
  activities: number;
  seed: number;
}

const BATCH = 1000;
const SAMPLE_DIR = path.join(dataDir, 'sample');
const RECOMMENDATIONS_PER_COUNTRY = 30;
/** Recipient countries drawn for clones: codes of the IATI Country codelist where the sample agencies work. */
const COUNTRIES = [
  'AF', 'AO', 'BD', 'BF', 'BI', 'BJ', 'BO', 'CD', 'CF', 'CI', 'CM', 'CO', 'DJ', 'EG', 'ER', 'ET', 'GH', 'GN', 'GT', 'HN',
  'HT', 'ID', 'IQ', 'JO', 'KE', 'KH', 'LA', 'LB', 'LR', 'LY', 'MD', 'MG', 'ML', 'MM', 'MW', 'MZ', 'NE', 'NG', 'NP', 'PE',
  'PH', 'PK', 'PS', 'RW', 'SD', 'SL', 'SN', 'SO', 'SS', 'SY', 'TD', 'TG', 'TZ', 'UA', 'UG', 'VE', 'YE', 'ZM', 'ZW', 'TL',
];
const THEMES = (JSON.parse(readFileSync(path.join(dataDir, 'themes.json'), 'utf8')) as { themes: { id: string; uhriThemes: string[] }[] }).themes;
const BODIES = [
  { type: 'TREATY_BODY', name: 'Committee on the Rights of the Child' },
  { type: 'TREATY_BODY', name: 'Committee against Torture' },
  { type: 'SPECIAL_PROCEDURE', name: 'Special Rapporteur on the right to food' },
  { type: 'UPR', name: 'Universal Periodic Review' },
] as const;

/** Deterministic ObjectIds: a fixed timestamp, a per-collection tag and a counter. */
function objectId(tag: number, i: number): ObjectId {
  return new ObjectId(`65000000${tag.toString(16).padStart(4, '0')}${i.toString(16).padStart(12, '0')}`);
}

/** The real records of the bundled IATI sample files, in file order. */
export async function sampleRecords(): Promise<ActivityRecord[]> {
  const records: ActivityRecord[] = [];
  for (const file of readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.xml')).sort()) {
    for await (const item of readIatiFile(path.join(SAMPLE_DIR, file), { file })) if (!isSkipped(item)) records.push(item.record);
  }
  return records;
}

function shift(date: string | null, days: number): string | null {
  return date === null ? null : new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function cloneActivity(template: ActivityRecord, i: number, random: () => number, spec: DatasetSpec): StoredActivity {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const orgs = knownOrganisations();
  const reporter = random() < 0.5 ? template.reportingOrg : { ...template.reportingOrg, ...(({ ref, acronym, type }) => ({ ref, name: acronym, type }))(pick(orgs)) };
  const countryCount = 1 + Math.floor(random() * 3);
  const codes = [...new Set(Array.from({ length: countryCount }, () => pick(COUNTRIES)))];
  const days = Math.floor((random() - 0.5) * 6 * 365);
  const partner = pick(orgs);
  return {
    ...template,
    iatiIdentifier: `${reporter.ref}-BENCH-${spec.seed}-${i}`,
    reportingOrg: reporter,
    participatingOrgs: [...template.participatingOrgs, { ref: partner.ref, name: partner.acronym, type: partner.type, role: 1 + Math.floor(random() * 4) }],
    recipientCountries: codes.map((code) => ({ code, percentage: Math.round(100 / codes.length) })),
    plannedStart: shift(template.plannedStart ?? '2020-01-01', days),
    actualStart: shift(template.actualStart, days),
    plannedEnd: shift(template.plannedEnd, days),
    actualEnd: shift(template.actualEnd, days),
    status: pick(['2', '2', '2', '3', '4']),
    origin: 'IATI',
    mirrorState: 'ACTIVE',
    restricted: false,
    provenance: {
      source: reporter.name ?? 'IATI',
      file: `bench-n${spec.activities}-seed${spec.seed}`,
      contentHash: `bench-${spec.seed}-${i}`,
      importRunId: 'bench',
      importedAt: new Date('2024-01-01T00:00:00Z'),
      lastUpdated: template.lastUpdated,
    },
    warnings: [],
  };
}

function recommendation(i: number, country: string, random: () => number, activityIds: ObjectId[]): Document {
  const theme = THEMES[Math.floor(random() * THEMES.length)]!;
  const body = BODIES[Math.floor(random() * BODIES.length)]!;
  const year = 2015 + Math.floor(random() * 9);
  return {
    _id: objectId(2, i),
    annotationId: `bench-${i}`,
    symbol: `BENCH/${body.type}/${country}/${year}/${i}`,
    text: `(Synthetic) Recommendation ${i} to ${country} on ${theme.id}.`,
    publicationDate: `${year}-0${1 + Math.floor(random() * 9)}-15`,
    body,
    countries: [country],
    themes: theme.uhriThemes.slice(0, 1),
    themeIds: [theme.id],
    affectedPersons: ['General'],
    sdgs: ['16'],
    regions: [],
    ...(body.type === 'UPR' ? { uprRecommendingState: 'Benchland', uprPosition: random() < 0.7 ? 'SUPPORTED' : 'NOTED' } : {}),
    status: random() < 0.8 ? 'OPEN' : 'CLOSED',
    linkedActivityIds: random() < 0.3 ? [String(activityIds[Math.floor(random() * activityIds.length)])] : [],
    provenance: { file: 'bench-recommendations', contentHash: `bench-rec-${i}`, importRunId: 'bench', importedAt: new Date('2024-01-01T00:00:00Z') },
  };
}

/** Whether `db` already holds this dataset (a marker is written last, so a half-filled db never counts). */
export async function hasDataset(db: Db, spec: DatasetSpec): Promise<boolean> {
  const marker = await db.collection('bench_dataset').findOne({ _id: 'spec' as never });
  return marker?.activities === spec.activities && marker?.seed === spec.seed;
}

/** Fills an empty database with the dataset; insertMany in batches of 1000. */
export async function generateDataset(db: Db, spec: DatasetSpec, templates: ActivityRecord[], onProgress?: (done: number) => void): Promise<void> {
  const random = seededRandom(spec.seed);
  const activityIds: ObjectId[] = [];
  for (let start = 0; start < spec.activities; start += BATCH) {
    const docs: Document[] = [];
    for (let i = start; i < Math.min(spec.activities, start + BATCH); i++) {
      const activity = cloneActivity(templates[Math.floor(random() * templates.length)]!, i, random, spec);
      const _id = objectId(1, i);
      activityIds.push(_id);
      docs.push({ _id, ...toActivityDocument(activity, themeIdsOf(activity)) });
    }
    await db.collection('activities').insertMany(docs, { ordered: false });
    onProgress?.(Math.min(spec.activities, start + BATCH));
  }
  const recommendations = COUNTRIES.flatMap((country, c) =>
    Array.from({ length: RECOMMENDATIONS_PER_COUNTRY }, (_, k) => recommendation(c * RECOMMENDATIONS_PER_COUNTRY + k, country, random, activityIds)),
  );
  await db.collection('recommendations').insertMany(recommendations, { ordered: false });
  await db.collection('bench_dataset').insertOne({ _id: 'spec' as never, ...spec });
}
