/**
 * The normalised shape of one activity, as the mirror stores it and the domain logic sees it.
 * Sources (IATI XML, OHCHR CSV, the API) are reduced to this shape at the boundary.
 * Codes are kept as published (strings); names are resolved from the codelists when read.
 */

/** Where a record comes from. */
export type ActivityOrigin = 'IATI' | 'OHCHR';

/** Mirror lifecycle: WITHDRAWN means the source no longer publishes it (never deleted). */
export type MirrorState = 'ACTIVE' | 'WITHDRAWN';

/** Text in one language; `lang` is lower-case ISO 639-1 ("en", "fr"). */
export interface Narrative {
  lang: string;
  text: string;
}

export interface Description extends Narrative {
  /** IATI DescriptionType code (1 general, 2 objectives, 3 target groups, 4 other), null if absent. */
  type: string | null;
}

export interface OrgRef {
  /** Organisation identifier, e.g. XM-DAC-41114 (UNDP); null when the publisher gave none. */
  ref: string | null;
  /** Name in the first language given (the default language preferred). */
  name: string | null;
  /** IATI OrganisationType code (e.g. 40 multilateral). */
  type: string | null;
}

export interface ReportingOrg extends OrgRef {
  ref: string;
}

export interface ParticipatingOrg extends OrgRef {
  /** IATI OrganisationRole: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing; null if unreadable. */
  role: number | null;
}

export interface CountryShare {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  percentage: number | null;
}

export interface RegionShare {
  code: string;
  /** IATI RegionVocabulary (1 = OECD DAC). */
  vocabulary: string;
  percentage: number | null;
}

export interface SectorShare {
  /** IATI SectorVocabulary: 1 DAC 5-digit, 2 DAC 3-digit, 7 SDG goal, 8 SDG target, others kept. */
  vocabulary: string;
  code: string;
  percentage: number | null;
}

export interface PolicyMarkerEntry {
  vocabulary: string;
  code: string;
  /** IATI PolicySignificance (0 not targeted … 4 explicit primary objective). */
  significance: string | null;
}

export interface Money {
  currency: string;
  value: number;
}

export interface BudgetEntry extends Money {
  /** IATI BudgetType: 1 original, 2 revised. */
  type: string | null;
  /** IATI BudgetStatus: 1 indicative, 2 committed. */
  status: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface LocationEntry {
  name: string | null;
  /** WGS84 latitude/longitude when the publisher gave a point. */
  point: { lat: number; lng: number } | null;
}

/** A problem met while reading a record that did not stop it from being kept. */
export interface RecordWarning {
  /** Element or field, e.g. "sector/@code", "recipient-country". */
  element: string;
  /** Line in the source file, when known. */
  line: number | null;
  message: string;
}

export interface Provenance {
  /** Source name, e.g. "UNDP", "WHO", "OHCHR" (derived from the reporting org, overridable). */
  source: string;
  /** File name or URL the record was read from. */
  file: string;
  /** sha256 of the canonical JSON of the normalised record (see activityContentHash). */
  contentHash: string;
  importRunId: string;
  importedAt: Date;
  /** IATI last-updated-datetime (ISO), when the publisher gave one. */
  lastUpdated: string | null;
}

/** What a source says about an activity, after normalisation. */
export interface ActivityRecord {
  iatiIdentifier: string;
  reportingOrg: ReportingOrg;
  defaultLang: string | null;
  defaultCurrency: string | null;
  titles: Narrative[];
  descriptions: Description[];
  /** IATI ActivityStatus code 1–6 (2 = implementation), null if absent. */
  status: string | null;
  /** ISO dates YYYY-MM-DD. */
  plannedStart: string | null;
  actualStart: string | null;
  plannedEnd: string | null;
  actualEnd: string | null;
  participatingOrgs: ParticipatingOrg[];
  recipientCountries: CountryShare[];
  recipientRegions: RegionShare[];
  sectors: SectorShare[];
  /** SDG goals "1".."17" from tag vocabulary 2 and sector vocabulary 7. */
  sdgGoals: string[];
  /** SDG targets such as "16.3" from tag vocabulary 3 and sector vocabulary 8. */
  sdgTargets: string[];
  policyMarkers: PolicyMarkerEntry[];
  budgets: BudgetEntry[];
  /** Sum of commitment transactions (type 2) per currency. */
  commitments: Money[];
  /** Sum of disbursement (3) and expenditure (4) transactions per currency. */
  disbursements: Money[];
  humanitarian: boolean;
  /** IATI last-updated-datetime, ISO. */
  lastUpdated: string | null;
  locations: LocationEntry[];
}

/** A record as stored in the mirror. */
export interface StoredActivity extends ActivityRecord {
  origin: ActivityOrigin;
  mirrorState: MirrorState;
  /** Restricted activities are visible only to their organisations' liaisons, editors and admins. */
  restricted: boolean;
  provenance: Provenance;
  warnings: RecordWarning[];
}
