import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { ObjectId } from '@mikro-orm/mongodb';
import type {
  ActivityOrigin,
  BudgetEntry,
  CountryShare,
  Description,
  LocationEntry,
  MirrorState,
  Money,
  Narrative,
  ParticipatingOrg,
  PolicyMarkerEntry,
  Provenance,
  RecordWarning,
  RegionShare,
  ReportingOrg,
  SectorShare,
  StoredActivity,
} from './activity.model';

/** An activity in the mirror. Nested values are stored as embedded documents, as IATI nests them. */
export class Activity implements StoredActivity {
  _id!: ObjectId;
  id!: string;
  iatiIdentifier!: string;
  reportingOrg!: ReportingOrg;
  origin!: ActivityOrigin;
  mirrorState!: MirrorState;
  restricted!: boolean & Opt;
  defaultLang!: string | null;
  defaultCurrency!: string | null;
  titles!: Narrative[];
  descriptions!: Description[];
  status!: string | null;
  plannedStart!: string | null;
  actualStart!: string | null;
  plannedEnd!: string | null;
  actualEnd!: string | null;
  participatingOrgs!: ParticipatingOrg[];
  recipientCountries!: CountryShare[];
  recipientRegions!: RegionShare[];
  sectors!: SectorShare[];
  sdgGoals!: string[];
  sdgTargets!: string[];
  policyMarkers!: PolicyMarkerEntry[];
  budgets!: BudgetEntry[];
  commitments!: Money[];
  disbursements!: Money[];
  humanitarian!: boolean;
  lastUpdated!: string | null;
  locations!: LocationEntry[];
  provenance!: Provenance;
  warnings!: RecordWarning[];
  /** OHCHR's internal notes on its own activities: a restricted field (see auth/access.ts). */
  internalNotes!: (string | null) & Opt;
  /** Derived for filtering and sorting (see activity.derived.ts): theme ids and the effective period. */
  themeIds!: string[] & Opt;
  /** Actual start, else planned; '' when unknown. */
  periodStart!: string & Opt;
  /** Actual end, else planned; '9999-12-31' when open-ended. */
  periodEnd!: string & Opt;
  /** Lower-cased titles and descriptions, for case-insensitive text filters. */
  searchText!: string & Opt;
  /** Sum of budget values (all currencies), for budget range filters and ordering. */
  budgetTotal!: number & Opt;
  /** Sort keys that are never null, so that keyset paging stays simple. */
  sortTitle!: string & Opt;
  sortLastUpdated!: string & Opt;
  participationKeys!: string[] & Opt;
  /** Data-quality flags set when the record was written (see analysis/quality). */
  qualityFlags!: string[] & Opt;
  derivedVersion!: number & Opt;
}

const json = { type: 'json' } as const;
const nullableString = { type: 'string', nullable: true } as const;

export const ActivitySchema = new EntitySchema<Activity>({
  class: Activity,
  collection: 'activities',
  properties: {
    _id: { type: 'ObjectId', primary: true },
    id: { type: 'string', serializedPrimaryKey: true },
    iatiIdentifier: { type: 'string' },
    reportingOrg: json,
    origin: { type: 'string' },
    mirrorState: { type: 'string' },
    restricted: { type: 'boolean', default: false },
    defaultLang: nullableString,
    defaultCurrency: nullableString,
    titles: json,
    descriptions: json,
    status: nullableString,
    plannedStart: nullableString,
    actualStart: nullableString,
    plannedEnd: nullableString,
    actualEnd: nullableString,
    participatingOrgs: json,
    recipientCountries: json,
    recipientRegions: json,
    sectors: json,
    sdgGoals: json,
    sdgTargets: json,
    policyMarkers: json,
    budgets: json,
    commitments: json,
    disbursements: json,
    humanitarian: { type: 'boolean' },
    lastUpdated: nullableString,
    locations: json,
    provenance: json,
    warnings: json,
    internalNotes: { type: 'string', nullable: true },
    themeIds: { ...json, default: [] },
    periodStart: { type: 'string', default: '' },
    periodEnd: { type: 'string', default: '9999-12-31' },
    searchText: { type: 'string', default: '' },
    budgetTotal: { type: 'double', default: 0 },
    sortTitle: { type: 'string', default: '' },
    sortLastUpdated: { type: 'string', default: '' },
    participationKeys: { type: 'json', default: [] },
    qualityFlags: { type: 'json', default: [] },
    derivedVersion: { type: 'integer', default: 0 },
  },
});
