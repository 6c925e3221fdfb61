import { OHCHR_REF, toRecord } from '../../ingest/ohchr/ohchr-csv';
import type { OhchrRow } from '../../ingest/ohchr/ohchr-csv.schema';
import type { ActivityRecord } from '../activity/activity.model';

/**
 * An OHCHR activity as the API reads and writes it: the fields of the CSV template under the
 * schema's names. Records are made from it with the CSV importer's `toRecord`, so that an activity
 * looks the same whichever way it entered Concord.
 */
export interface OhchrActivityFields {
  identifier: string;
  titleEn: string;
  titleFr: string | null;
  titleEs: string | null;
  descriptionEn: string | null;
  status: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  countries: { code: string; percentage: number | null }[];
  sectors: { code: string; percentage: number | null }[];
  sdgTargets: string[];
  participatingOrgs: { ref: string; role: number }[];
  budget: { value: number; currency: string } | null;
  humanitarian: boolean;
  restricted: boolean;
  internalNotes: string | null;
}

/** The fields in the schema's order (audit entries list changes in this order). */
export const FIELD_NAMES: readonly (keyof OhchrActivityFields)[] = [
  'identifier',
  'titleEn',
  'titleFr',
  'titleEs',
  'descriptionEn',
  'status',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'countries',
  'sectors',
  'sdgTargets',
  'participatingOrgs',
  'budget',
  'humanitarian',
  'restricted',
  'internalNotes',
];

export const EMPTY_FIELDS: Omit<OhchrActivityFields, 'identifier' | 'titleEn'> = {
  titleFr: null,
  titleEs: null,
  descriptionEn: null,
  status: null,
  plannedStart: null,
  plannedEnd: null,
  actualStart: null,
  actualEnd: null,
  countries: [],
  sectors: [],
  sdgTargets: [],
  participatingOrgs: [],
  budget: null,
  humanitarian: false,
  restricted: false,
  internalNotes: null,
};

/** The record of validated fields, as the CSV importer would make it, stamped with the time of the write. */
export function toOhchrRecord(fields: OhchrActivityFields, lastUpdated: string): ActivityRecord {
  const row: OhchrRow = {
    identifier: fields.identifier,
    title_en: fields.titleEn,
    title_fr: fields.titleFr ?? '',
    title_es: fields.titleEs ?? '',
    description_en: fields.descriptionEn ?? '',
    status: fields.status ?? undefined,
    planned_start: fields.plannedStart ?? undefined,
    planned_end: fields.plannedEnd ?? undefined,
    actual_start: fields.actualStart ?? undefined,
    actual_end: fields.actualEnd ?? undefined,
    countries: fields.countries.map((c) => ({ code: c.code, share: c.percentage })),
    sectors: fields.sectors.map((s) => ({ code: s.code, share: s.percentage })),
    sdg_targets: fields.sdgTargets.map((code) => ({ code, share: null })),
    // The template carries an organisation's role in its share slot (1–4).
    participating_orgs: fields.participatingOrgs.map((o) => ({ code: o.ref, share: o.role })),
    budget_value: fields.budget?.value,
    budget_currency: fields.budget?.currency,
    humanitarian: fields.humanitarian,
    restricted: fields.restricted,
  };
  return { ...toRecord(row), lastUpdated };
}

/** The fields of a stored OHCHR activity (the inverse of toOhchrRecord), to apply an update to. */
export function fieldsOf(record: ActivityRecord, restricted: boolean, internalNotes: string | null): OhchrActivityFields {
  const title = (lang: string) => record.titles.find((t) => t.lang === lang)?.text ?? null;
  const ownEntry = record.participatingOrgs.findIndex((p) => p.ref === OHCHR_REF && p.role === 2);
  const budget = record.budgets[0];
  return {
    identifier: record.iatiIdentifier,
    titleEn: title('en') ?? '',
    titleFr: title('fr'),
    titleEs: title('es'),
    descriptionEn: record.descriptions.find((d) => d.lang === 'en')?.text ?? null,
    status: record.status,
    plannedStart: record.plannedStart,
    plannedEnd: record.plannedEnd,
    actualStart: record.actualStart,
    actualEnd: record.actualEnd,
    countries: record.recipientCountries.map((c) => ({ code: c.code, percentage: c.percentage })),
    sectors: record.sectors.filter((s) => s.vocabulary === '1').map((s) => ({ code: s.code, percentage: s.percentage })),
    sdgTargets: [...record.sdgTargets],
    participatingOrgs: record.participatingOrgs
      .filter((p, i) => i !== ownEntry && p.ref !== null)
      .map((p) => ({ ref: p.ref!, role: p.role ?? 4 })),
    budget: budget ? { value: budget.value, currency: budget.currency } : null,
    humanitarian: record.humanitarian,
    restricted,
    internalNotes,
  };
}
