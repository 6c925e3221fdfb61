/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schema/*.graphql and the dashboard's gql() documents, config: codegen.client.yml. Run `npm run codegen:client`.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
  /** A point in time, ISO 8601 with time zone. */
  DateTime: { input: string; output: string; }
};

/** GANHRI accreditation of a national human-rights institution under the Paris Principles. */
export type Accreditation =
  /** Fully compliant with the Paris Principles. */
  | 'A'
  /** Partially compliant. */
  | 'B'
  /** Not accredited (or accreditation lapsed). */
  | 'NOT_ACCREDITED';

/** Filters on activities; all given filters must hold (AND); list values match any (OR). */
export type ActivityFilter = {
  /** Activities whose period intersects this date range. */
  activeDuring?: InputMaybe<DateRange>;
  /** Maximum of the summed budget. */
  budgetMax?: InputMaybe<Scalars['Float']['input']>;
  /** Minimum of the summed budget (in the budgets' own currencies). */
  budgetMin?: InputMaybe<Scalars['Float']['input']>;
  /** Recipient country codes (ISO 3166-1 alpha-2). */
  country?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Humanitarian flag. */
  humanitarian?: InputMaybe<Scalars['Boolean']['input']>;
  /** IATI identifiers. */
  iatiIdentifier?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Include records no longer published by their source (default false). */
  includeWithdrawn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Record origin. */
  origin?: InputMaybe<ActivityOrigin>;
  /** Participating organisation identifiers, in any role unless `participatingRole` is given. */
  participatingOrg?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Restricts `participatingOrg` to these roles (1 Funding, 2 Accountable, 3 Extending, 4 Implementing). */
  participatingRole?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Activities carrying any of these data-quality flags. */
  quality?: InputMaybe<Array<ActivityQualityFlag>>;
  /** Recipient region codes. */
  region?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Reporting organisation identifiers (e.g. XM-DAC-41114). */
  reportingOrg?: InputMaybe<Array<Scalars['String']['input']>>;
  /** SDG goals ("16"). */
  sdgGoal?: InputMaybe<Array<Scalars['String']['input']>>;
  /** SDG targets ("16.3"). */
  sdgTarget?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sector codes in any vocabulary. */
  sector?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Source names (UNDP, WHO, OHCHR, …). */
  source?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ActivityStatus codes. */
  status?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Case-insensitive text contained in a title or description. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Human-rights theme ids (see `themes`). */
  theme?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Activity ordering; ties are broken by id so that paging is stable. */
export type ActivityOrder = {
  /** Direction. */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: ActivityOrderField;
};

/** Sortable activity fields. */
export type ActivityOrderField =
  /** Summed budget. */
  | 'BUDGET'
  /** End of the period (actual, else planned; open-ended last). */
  | 'END_DATE'
  /** IATI last-updated-datetime. */
  | 'LAST_UPDATED'
  /** Start of the period (actual, else planned). */
  | 'START_DATE'
  /** Title (default language), case-insensitive. */
  | 'TITLE';

/** Record origin. */
export type ActivityOrigin =
  /** Mirrored from an IATI publication. */
  | 'IATI'
  /** OHCHR's own activity (OHCHR does not publish to IATI). */
  | 'OHCHR';

/** What can be wrong with an activity's data (set when the record is written to the mirror). */
export type ActivityQualityFlag =
  /** Country and region percentages are given and do not sum to 100. */
  | 'COUNTRY_SHARES_NOT_100'
  /** The credible end precedes the credible start. */
  | 'END_BEFORE_START'
  /** A date lies before 1950 or after 2100; it is not used. */
  | 'IMPLAUSIBLE_DATE'
  /** No title in any language. */
  | 'MISSING_TITLE'
  /** Neither recipient country nor recipient region. */
  | 'NO_COUNTRY_OR_REGION'
  /** No credible end date although the activity is not in implementation. */
  | 'NO_END_DATE'
  /** No credible start date: the activity cannot be placed in time and never makes a time overlap. */
  | 'NO_USABLE_DATE'
  /** A date is a system default (1900-01-01, 1970-01-01, 9999-12-31, …); it is not used. */
  | 'PLACEHOLDER_DATE'
  /** The sector percentages of one vocabulary do not sum to 100. */
  | 'SECTOR_SHARES_NOT_100'
  /** A code is not in its IATI codelist (kept as published). */
  | 'UNKNOWN_CODE';

/** The role of an API key. */
export type ApiKeyRole =
  /** Everything. */
  | 'ADMIN'
  /** An agency liaison officer: sees the restricted activities and fields of one organisation. */
  | 'LIAISON'
  /** An OHCHR editor: creates and edits OHCHR's activities and reads audit trails. */
  | 'OHCHR_EDITOR';

/** A write recorded in the audit trail. */
export type AuditAction =
  /** The activity was created. */
  | 'CREATE'
  /** A meeting recorded a decision. */
  | 'RECORD_DECISION'
  /** Fields of the activity were changed. */
  | 'UPDATE'
  /** A decision's follow-up (status, due date, note) was updated. */
  | 'UPDATE_FOLLOW_UP'
  /** The activity was withdrawn. */
  | 'WITHDRAW';

/** Whether a cached answer may be shared between callers (PUBLIC) or kept by one caller only (PRIVATE). */
export type CacheControlScope =
  /** Only the caller's own cache may keep the answer. */
  | 'PRIVATE'
  /** Any cache may keep the answer and give it to anyone. */
  | 'PUBLIC';

/** What a meeting decided. The first four are for overlaps, the last three for gaps; REVIEWED for both. */
export type CoordinationDecisionKind =
  /** Overlap: the two activities complement each other. */
  | 'COMPLEMENTARY'
  /** Overlap: a duplication that the organisations will resolve. */
  | 'DUPLICATION_TO_RESOLVE'
  /** Overlap: the organisations agreed a joint programme. */
  | 'JOINT_PROGRAMME_AGREED'
  /** Gap: the mandated organisation is to be engaged. */
  | 'MANDATED_AGENCY_TO_ENGAGE'
  /** Gap: on examination not a gap (e.g. work not yet in the mirror). */
  | 'NOT_A_GAP'
  /** Gap: the owner organisation plans an activity in response. */
  | 'RESPONSE_TO_PLAN'
  /** Looked at; no conclusion recorded. */
  | 'REVIEWED';

/** A recipient country and its share of the activity. */
export type CountryShareInput = {
  /** ISO 3166-1 alpha-2 code (case-insensitive). */
  code: Scalars['String']['input'];
  /** Percentage of the activity for this country (0–100). */
  percentage?: InputMaybe<Scalars['Float']['input']>;
};

/** Coverage dimensions. */
export type CoverageDimension =
  /** By recipient country. */
  | 'COUNTRY'
  /** By reporting organisation. */
  | 'ORGANISATION'
  /** By theme. */
  | 'THEME';

/** Filters on coverage. */
export type CoverageFilter = {
  /** Country codes. */
  country?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Organisation identifiers. */
  organisation?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Activities active in this range. */
  period?: InputMaybe<DateRange>;
  /** DAC region codes. */
  region?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Theme ids. */
  theme?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new expert of the roster. */
export type CreateExpertInput = {
  /** Default AVAILABLE. */
  availability?: InputMaybe<ExpertAvailability>;
  /** Countries of experience, ISO alpha-2. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The roster's identifier: letters, digits and . _ - /, unique. */
  identifier: Scalars['String']['input'];
  /** ISO 639-1 codes (at least one). */
  languages: Array<Scalars['String']['input']>;
  /** Full name. */
  name: Scalars['String']['input'];
  /** Nationality, ISO alpha-2. */
  nationality: Scalars['String']['input'];
  /** The nominating State and day. */
  nominatedBy?: InputMaybe<NominationInput>;
  /** Regions of experience. */
  regions?: InputMaybe<Array<Region>>;
  /** The year the expert joins the roster (1999 to next year). */
  rosterYear: Scalars['Int']['input'];
  /** Theme ids (at least one). */
  themes: Array<Scalars['String']['input']>;
};

/** A new field operation: the columns of the field-operations CSV template. */
export type CreateFieldOperationInput = {
  /** Country code (ISO 3166-1 alpha-2, case-insensitive). */
  country: Scalars['String']['input'];
  /** Last day (not before start); leave out while no end is set. */
  end?: InputMaybe<Scalars['Date']['input']>;
  /** OHCHR's identifier, unique, no spaces. */
  identifier: Scalars['String']['input'];
  /** Monitoring or preventive. */
  kind: FieldOperationKind;
  /** The mandate in a sentence (at most 2000 characters). */
  mandate?: InputMaybe<Scalars['String']['input']>;
  /** Name. */
  name: Scalars['String']['input'];
  /** First day. */
  start: Scalars['Date']['input'];
};

/** A new institution of the compendium. */
export type CreateInstitutionInput = {
  /** GANHRI accreditation, where known. */
  accreditation?: InputMaybe<Accreditation>;
  /** How to reach it. */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** Country, ISO alpha-2. */
  country: Scalars['String']['input'];
  /** The compendium's identifier: letters, digits and . _ - /, unique. */
  identifier: Scalars['String']['input'];
  /** Kind. */
  kind: InstitutionKind;
  /** Working languages, ISO 639-1 (default: those of the country). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Name. */
  name: Scalars['String']['input'];
  /** Theme ids (at least one). */
  themes: Array<Scalars['String']['input']>;
};

/** A new meeting. */
export type CreateMeetingInput = {
  /** Country codes in scope. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Day of the meeting. */
  date: Scalars['Date']['input'];
  /** Identifiers of the participating organisations. */
  organisations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Period the agenda examines; default: the meeting's day. */
  period?: InputMaybe<DateRange>;
  /** Theme ids in scope. */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Title (1–200 characters). */
  title: Scalars['String']['input'];
};

/** A new OHCHR activity: the fields of the OHCHR CSV template. */
export type CreateOhchrActivityInput = {
  /** Actual end date (not before actualStart). */
  actualEnd?: InputMaybe<Scalars['Date']['input']>;
  /** Actual start date. */
  actualStart?: InputMaybe<Scalars['Date']['input']>;
  /** The original budget over the planned period. */
  budget?: InputMaybe<MoneyInput>;
  /** Recipient countries; at least one. */
  countries: Array<CountryShareInput>;
  /** General description in English. */
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** True for humanitarian activities. */
  humanitarian?: InputMaybe<Scalars['Boolean']['input']>;
  /** OHCHR's project identifier; unique among OHCHR activities, no spaces. */
  identifier: Scalars['String']['input'];
  /** Notes for OHCHR and the participating organisations only (a restricted field). */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** Other organisations taking part. */
  participatingOrgs?: InputMaybe<Array<ParticipatingOrgInput>>;
  /** Planned end date (not before plannedStart). */
  plannedEnd?: InputMaybe<Scalars['Date']['input']>;
  /** Planned start date. */
  plannedStart?: InputMaybe<Scalars['Date']['input']>;
  /** True to show the activity only to its organisations' liaisons, editors and admins. */
  restricted?: InputMaybe<Scalars['Boolean']['input']>;
  /** SDG targets such as "16.3"; the goals are derived. */
  sdgTargets?: InputMaybe<Array<Scalars['String']['input']>>;
  /** DAC sectors. */
  sectors?: InputMaybe<Array<SectorShareInput>>;
  /** IATI ActivityStatus code 1–6. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Title in English. */
  titleEn: Scalars['String']['input'];
  /** Title in Spanish. */
  titleEs?: InputMaybe<Scalars['String']['input']>;
  /** Title in French. */
  titleFr?: InputMaybe<Scalars['String']['input']>;
};

/** Which published date a period end comes from. */
export type DateBasis =
  /** An actual date. */
  | 'ACTUAL'
  /** No end: the activity is in implementation. */
  | 'OPEN'
  /** A planned date (no credible actual one). */
  | 'PLANNED';

/** A date range; either end may be open. */
export type DateRange = {
  /** First day (inclusive). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day (inclusive). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** What happened to a decision. */
export type DecisionChangeAction =
  /** A decision was recorded. */
  | 'RECORDED'
  /** A decision's follow-up (status, due date or note) was updated. */
  | 'UPDATED';

/** Which decision changes a subscription is told of; within one criterion any listed value matches. */
export type DecisionChangeFilter = {
  /** Country codes of the overlap or gap decided on. */
  country?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Meeting ids (overlap decisions recorded outside meetings have none). */
  meeting?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Owner organisation identifiers (overlap decisions recorded outside meetings have none). */
  ownerOrganisation?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Overlaps, gaps, or both. */
  subject?: InputMaybe<Array<DecisionSubject>>;
};

/** What a decision is about. */
export type DecisionSubject =
  /** A gap (subjectId is a Gap id). */
  | 'GAP'
  /** An overlap (subjectId is an Overlap id). */
  | 'OVERLAP';

/** Where a field operation's exit strategy stands. */
export type ExitStrategyStatus =
  /** A technical-cooperation or capacity-building activity in the country covers the last year and runs at least as long as the operation. */
  | 'COVERED'
  /** No technical-cooperation or capacity-building activity in the country covers the operation's last year. */
  | 'NO_EXIT_PLAN'
  /** The operation has no end date, so no handover can be planned for its last year. */
  | 'OPEN_ENDED'
  /** Some cover the last year, but all end before the operation does. */
  | 'PLAN_ENDS_BEFORE_OPERATION';

/** Whether an expert of the roster can take on an assignment now. */
export type ExpertAvailability =
  /** Available for technical cooperation. */
  | 'AVAILABLE'
  /** Available for short or remote assignments only. */
  | 'LIMITED'
  /** Not available at present; left out of gap matches. */
  | 'UNAVAILABLE';

/**
 * Filters on experts; all given filters must hold; list values match any. Without an OHCHR_EDITOR
 * or ADMIN key only `theme`, `region` and `developingCountry` may be given (the others could single
 * a person out): any other is refused with FORBIDDEN.
 */
export type ExpertFilter = {
  /** Availability. */
  availability?: InputMaybe<Array<ExpertAvailability>>;
  /** Countries of experience (ISO alpha-2). */
  country?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only nationals of developing countries (true) or of developed ones (false). */
  developingCountry?: InputMaybe<Scalars['Boolean']['input']>;
  /** Also experts removed from the roster (default false). */
  includeRemoved?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 639-1 language codes. */
  language?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Nationalities (ISO alpha-2). */
  nationality?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Regions of experience. */
  region?: InputMaybe<Array<Region>>;
  /** Theme ids. */
  theme?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Filters on field operations; all given filters must hold; list values match any. */
export type FieldOperationFilter = {
  /** Operations active at some day of this period. */
  activeDuring?: InputMaybe<DateRange>;
  /** Country codes. */
  country?: InputMaybe<Array<Scalars['String']['input']>>;
  /** True: only operations flagged as without an exit strategy; false: only covered ones. */
  flagged?: InputMaybe<Scalars['Boolean']['input']>;
  /** Withdrawn operations too (default: active ones only). */
  includeWithdrawn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Kinds. */
  kind?: InputMaybe<Array<FieldOperationKind>>;
};

/** Kinds of OHCHR field operations. */
export type FieldOperationKind =
  /** A human-rights monitoring presence. */
  | 'MONITORING'
  /** A presence set up to prevent violations. */
  | 'PREVENTIVE';

/** Whether a field operation is current. */
export type FieldOperationState =
  /** Current. */
  | 'ACTIVE'
  /** Withdrawn by an editor (recorded in error, or no longer planned); kept, with the reason in the audit trail. */
  | 'WITHDRAWN';

/** Filters on follow-ups; all given filters must hold; list values match any. */
export type FollowUpFilter = {
  /** Country codes of the subject. */
  country?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Meeting ids. */
  meeting?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Owner organisation identifiers. */
  ownerOrganisation?: InputMaybe<Array<Scalars['String']['input']>>;
  /** States against the due date. */
  state?: InputMaybe<Array<FollowUpState>>;
};

/** Where the follow-up of a recommendation stands, derived from its follow-up activities. */
export type FollowUpProgress =
  /** Every follow-up activity is completed (IATI status 3 or 4, or ended). */
  | 'COMPLETED'
  /** One is under way (IATI status 2), or some are completed while others are still planned. */
  | 'IN_PROGRESS'
  /** No activity follows it up (cancelled and suspended ones do not count). */
  | 'NONE'
  /** Every follow-up activity is planned (IATI status 1, or not started yet). */
  | 'PLANNED';

/** Where one activity stands, for the follow-up. */
export type FollowUpStage =
  /** Completed. */
  | 'COMPLETED'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'PLANNED';

/** Where a follow-up stands against its due date (computed from status, due date and today). */
export type FollowUpState =
  /** Done. */
  | 'DONE'
  /** Not done, due within 14 days. */
  | 'DUE_SOON'
  /** Not done, due date more than 14 days away or none. */
  | 'OPEN'
  /** Not done, due date passed. */
  | 'OVERDUE';

/** Where the follow-up of a decision stands, as its owner reports it. */
export type FollowUpStatus =
  /** Done. */
  | 'DONE'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'OPEN';

/** How an activity came to follow up a recommendation. */
export type FollowUpVia =
  /** Linked to it by an editor. */
  | 'LINKED'
  /** Found: in one of its countries, on one of its themes, running on or after its publication. */
  | 'MATCHED';

/** Filters on gaps. */
export type GapFilter = {
  /** Country codes. */
  country?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Kinds. */
  kind?: InputMaybe<Array<GapKind>>;
  /** Period examined; default: today. */
  period?: InputMaybe<DateRange>;
  /** Theme ids. */
  theme?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** What kind of gap. */
export type GapKind =
  /** A country × theme where the mandated organisations are absent while others work on it. */
  | 'MANDATED_ABSENT'
  /** An open recommendation with no linked activity and no activity following it up. */
  | 'RECOMMENDATION_WITHOUT_FOLLOW_UP'
  /** A country × theme with open recommendations and no activity active in the period. */
  | 'UNADDRESSED_RECOMMENDATIONS';

/** Kinds of imports. */
export type ImportKind =
  /** The roster of experts' CSV. */
  | 'EXPERTS_CSV'
  /** OHCHR's field-operations CSV. */
  | 'FIELD_OPERATIONS_CSV'
  /** An IATI activity file. */
  | 'IATI'
  /** The compendium of institutions' CSV. */
  | 'INSTITUTIONS_CSV'
  /** An OCHA 3W (Who does What Where) file, CSV or XLSX. */
  | 'OCHA_3W'
  /** OHCHR's activity CSV. */
  | 'OHCHR_CSV'
  /** A UHRI recommendations export. */
  | 'RECOMMENDATIONS';

/** Outcome of an import run. */
export type ImportStatus =
  /** Left RUNNING by a process that ended without closing it (killed, crashed, machine restarted); found and marked when Concord next starts on the same host. What it wrote stays, its counts are unknown (zero); importing the file again completes it. */
  | 'ABANDONED'
  /** Read and counted without writing anything. */
  | 'DRY_RUN'
  /** Stopped; the mirror was left as it was before the file (see `error`). */
  | 'FAILED'
  /** Stopped by a signal (Ctrl-C, SIGTERM) at a record boundary: the records counted were written, the rest of the file was not read and nothing was withdrawn. Importing the file again completes it, and that run names this one in `redoesRunId`. */
  | 'INTERRUPTED'
  /** Still running. */
  | 'RUNNING'
  /** Finished; the mirror holds the file's records. */
  | 'SUCCEEDED';

/** Filters on institutions; all given filters must hold; list values match any. */
export type InstitutionFilter = {
  /** Countries (ISO alpha-2). */
  country?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only institutions in developing countries (true) or developed ones (false). */
  developingCountry?: InputMaybe<Scalars['Boolean']['input']>;
  /** Also institutions removed from the compendium (default false). */
  includeRemoved?: InputMaybe<Scalars['Boolean']['input']>;
  /** Kinds. */
  kind?: InputMaybe<Array<InstitutionKind>>;
  /** Regions of their countries. */
  region?: InputMaybe<Array<Region>>;
  /** Theme ids. */
  theme?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** What kind of institution an entry of the compendium is. */
export type InstitutionKind =
  /** Government body (ministry, ombudsman office not accredited as an NHRI, judicial training school). */
  | 'GOVERNMENT'
  /** Non-governmental organisation. */
  | 'NGO'
  /** National human-rights institution. */
  | 'NHRI'
  /** Any other kind. */
  | 'OTHER'
  /** Regional intergovernmental body or regional centre. */
  | 'REGIONAL_BODY'
  /** Resource or documentation centre specialised in human rights. */
  | 'RESOURCE_CENTRE'
  /** University, institute or research centre. */
  | 'UNIVERSITY';

/** How close to the gap a candidate's experience or location is. */
export type MatchPlace =
  /** In a country of the gap. */
  | 'COUNTRY'
  /** In the region of a country of the gap. */
  | 'REGION';

/** Why a candidate matches a gap. */
export type MatchReasonKind =
  /** Experience in (institution: located in) a country of the gap; an expert's nationality counts. */
  | 'COUNTRY'
  /** Expertise from a developing country (preferred, para 11). */
  | 'DEVELOPING_COUNTRY'
  /** Speaks or works in a language of the gap's countries (or of those asked for). */
  | 'LANGUAGE'
  /** Experience in (institution: located in) the region of a country of the gap. */
  | 'REGION'
  /** Works on themes of the gap. */
  | 'THEME';

/** Lifecycle of a record in the mirror. */
export type MirrorState =
  /** Published by its source at the last import. */
  | 'ACTIVE'
  /** No longer in its source's dataset; kept, never silently deleted. */
  | 'WITHDRAWN';

/** An amount of money. */
export type MoneyInput = {
  /** ISO 4217 currency code. */
  currency: Scalars['String']['input'];
  /** Amount (≥ 0). */
  value: Scalars['Float']['input'];
};

/** A nomination as input. */
export type NominationInput = {
  /** The day of the nomination, YYYY-MM-DD (not after the roster year). */
  date: Scalars['Date']['input'];
  /** The nominating State, ISO alpha-2. */
  state: Scalars['String']['input'];
};

/** What a coordination meeting decided about an overlap. */
export type OverlapDecisionKind =
  /** The two activities complement each other. */
  | 'COMPLEMENTARY'
  /** A duplication that the organisations will resolve. */
  | 'DUPLICATION_TO_RESOLVE'
  /** The organisations agreed a joint programme. */
  | 'JOINT_PROGRAMME_AGREED'
  /** Looked at; no conclusion recorded. */
  | 'REVIEWED';

/** Filters on overlaps; all given filters must hold; list values match any. */
export type OverlapFilter = {
  /** Shared country codes. */
  country?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Latest decision is one of these. */
  decision?: InputMaybe<Array<OverlapDecisionKind>>;
  /** Kind. */
  kind?: InputMaybe<OverlapKind>;
  /** Lowest score. */
  minScore?: InputMaybe<Scalars['Float']['input']>;
  /** Organisation identifiers: at least one of the two organisations. */
  organisation?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Overlaps whose intersecting period meets this range. */
  period?: InputMaybe<DateRange>;
  /** DAC region codes of either activity. */
  region?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Shared theme ids. */
  theme?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: only overlaps without a decision; false: only decided ones. */
  undecided?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How an overlap is read (see the README for the rule). */
export type OverlapKind =
  /** The mandates differ or one organisation coordinates (OHCHR): a joint-programming or division-of-labour opportunity. */
  | 'COMPLEMENTARY'
  /** Same kind of work, same place, same time, and the mandates do not explain it: check for duplication. */
  | 'POSSIBLE_DUPLICATION';

/** An organisation taking part in an OHCHR activity besides OHCHR (which is always listed as accountable). */
export type ParticipatingOrgInput = {
  /** Organisation identifier, e.g. XM-DAC-41114 for UNDP. */
  ref: Scalars['String']['input'];
  /** IATI OrganisationRole: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing. */
  role?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on presences; all given filters must hold (AND); list values match any (OR). */
export type PresenceFilter = {
  /** Presences whose period intersects this date range. */
  activeDuring?: InputMaybe<DateRange>;
  /** Global cluster ids (HRinfo, e.g. "7"). */
  cluster?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Country codes (ISO 3166-1 alpha-2). */
  country?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Include presences a newer 3W file no longer lists (default false). */
  includeWithdrawn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Organisation identifiers (IATI, or <country>-3W-<ACRONYM>). */
  organisation?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Admin-1 or admin-2 P-codes. */
  place?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Source names; presences have one, "OCHA 3W". */
  source?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Theme ids. */
  theme?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Kinds of human-rights mechanisms. */
export type RecommendationBodyType =
  /** A special procedure of the Human Rights Council (special rapporteur, working group, independent expert). */
  | 'SPECIAL_PROCEDURE'
  /** A treaty body (committee of a human-rights treaty). */
  | 'TREATY_BODY'
  /** The Universal Periodic Review. */
  | 'UPR';

/** Filters on recommendations; all given filters must hold (AND); list values match any (OR). */
export type RecommendationFilter = {
  /** Kinds of mechanism. */
  bodyType?: InputMaybe<Array<RecommendationBodyType>>;
  /** Country codes (ISO 3166-1 alpha-2) the recommendation concerns. */
  country?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Follow-up statuses. */
  status?: InputMaybe<Array<RecommendationStatus>>;
  /** Concord theme ids (see `themes`). */
  themeId?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Follow-up status of a recommendation in Concord. */
export type RecommendationStatus =
  /** Closed by a coordination meeting. */
  | 'CLOSED'
  /** Open until a coordination meeting closes it. */
  | 'OPEN';

/** A decision taken in a meeting. */
export type RecordMeetingDecisionInput = {
  /** When the follow-up is due. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** What was decided (overlap kinds for overlaps, gap kinds for gaps, REVIEWED for both). */
  kind: CoordinationDecisionKind;
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** Reasons, what is to be done (at most 4000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Organisation that owns the follow-up. */
  ownerOrganisation: Scalars['String']['input'];
  /** Overlap or gap. */
  subject: DecisionSubject;
  /** Id of the overlap or gap (it must be on the meeting's agenda). */
  subjectId: Scalars['ID']['input'];
};

/**
 * A region of the world as the registers group countries: the UN M49 macro-regions (a country's
 * region comes from data/registers/country-profiles.json).
 */
export type Region =
  /** Africa. */
  | 'AFRICA'
  /** The Americas: North, Central and South America and the Caribbean. */
  | 'AMERICAS'
  /** Asia, the Middle East included. */
  | 'ASIA'
  /** Europe, the Russian Federation included. */
  | 'EUROPE'
  /** Oceania. */
  | 'OCEANIA';

/** A report format. */
export type ReportFormat =
  /** CSV of the overlaps. */
  | 'CSV'
  /** HTML for the browser; prints to PDF (A4). */
  | 'HTML'
  /** Markdown. */
  | 'MD'
  /** Excel workbook, one sheet per section. */
  | 'XLSX';

/** A DAC 5-digit sector (e.g. 15160 Human rights) and its share of the activity. */
export type SectorShareInput = {
  /** DAC 5-digit sector code. */
  code: Scalars['String']['input'];
  /** Percentage of the activity in this sector (0–100). */
  percentage?: InputMaybe<Scalars['Float']['input']>;
};

/** Sort direction. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** Fields of an expert to change; fields left out keep their value, null clears an optional one. */
export type UpdateExpertInput = {
  /** Availability. */
  availability?: InputMaybe<ExpertAvailability>;
  /** Countries of experience. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 639-1 codes. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Nationality, ISO alpha-2. */
  nationality?: InputMaybe<Scalars['String']['input']>;
  /** The nominating State and day; null clears it. */
  nominatedBy?: InputMaybe<NominationInput>;
  /** Regions of experience. */
  regions?: InputMaybe<Array<Region>>;
  /** The year the expert joined the roster. */
  rosterYear?: InputMaybe<Scalars['Int']['input']>;
  /** Theme ids. */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a field operation: fields left out keep their value; null clears `end` or `mandate`. */
export type UpdateFieldOperationInput = {
  /** Country code (ISO 3166-1 alpha-2). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Last day. */
  end?: InputMaybe<Scalars['Date']['input']>;
  /** Monitoring or preventive. */
  kind?: InputMaybe<FieldOperationKind>;
  /** The mandate. */
  mandate?: InputMaybe<Scalars['String']['input']>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** First day. */
  start?: InputMaybe<Scalars['Date']['input']>;
};

/** An owner's update of a follow-up. */
export type UpdateFollowUpInput = {
  /** The decision. */
  decisionId: Scalars['ID']['input'];
  /** New due date. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** New note (replaces the previous one; at most 4000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** New status. */
  status?: InputMaybe<FollowUpStatus>;
};

/** Fields of an institution to change; fields left out keep their value, null clears an optional one. */
export type UpdateInstitutionInput = {
  /** GANHRI accreditation; null clears it. */
  accreditation?: InputMaybe<Accreditation>;
  /** How to reach it; null clears it. */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** Country, ISO alpha-2. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Kind. */
  kind?: InputMaybe<InstitutionKind>;
  /** Working languages. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Theme ids. */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to an OHCHR activity: fields left out keep their value; null clears an optional field or list. */
export type UpdateOhchrActivityInput = {
  /** Actual end date. */
  actualEnd?: InputMaybe<Scalars['Date']['input']>;
  /** Actual start date. */
  actualStart?: InputMaybe<Scalars['Date']['input']>;
  /** The original budget. */
  budget?: InputMaybe<MoneyInput>;
  /** Recipient countries (replaces the list; at least one). */
  countries?: InputMaybe<Array<CountryShareInput>>;
  /** General description in English. */
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** Humanitarian flag. */
  humanitarian?: InputMaybe<Scalars['Boolean']['input']>;
  /** Internal notes (a restricted field). */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** Other organisations taking part (replaces the list). */
  participatingOrgs?: InputMaybe<Array<ParticipatingOrgInput>>;
  /** Planned end date. */
  plannedEnd?: InputMaybe<Scalars['Date']['input']>;
  /** Planned start date. */
  plannedStart?: InputMaybe<Scalars['Date']['input']>;
  /** Restricted visibility. */
  restricted?: InputMaybe<Scalars['Boolean']['input']>;
  /** SDG targets (replaces the list). */
  sdgTargets?: InputMaybe<Array<Scalars['String']['input']>>;
  /** DAC sectors (replaces the list). */
  sectors?: InputMaybe<Array<SectorShareInput>>;
  /** IATI ActivityStatus code 1–6. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Title in English (cannot be cleared). */
  titleEn?: InputMaybe<Scalars['String']['input']>;
  /** Title in Spanish. */
  titleEs?: InputMaybe<Scalars['String']['input']>;
  /** Title in French. */
  titleFr?: InputMaybe<Scalars['String']['input']>;
};

/** An editor's change to a recommendation's follow-up: fields left out keep their value. */
export type UpdateRecommendationFollowUpInput = {
  /** Activities (Concord ids) to link as following it up. */
  linkActivities?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The project proposed (at most 2000 characters); null clears it. */
  projectProposal?: InputMaybe<Scalars['String']['input']>;
  /** Whether it proposes a specific project. */
  proposesSpecificProject?: InputMaybe<Scalars['Boolean']['input']>;
  /** Concord id of the recommendation. */
  recommendationId: Scalars['ID']['input'];
  /** The resources required (amount ≥ 0, ISO 4217 currency); null clears them. */
  resourcesRequired?: InputMaybe<MoneyInput>;
  /** Activities (Concord ids) to unlink. */
  unlinkActivities?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Position of the State under review on a UPR recommendation. */
export type UprPosition =
  /** The State notes the recommendation. */
  | 'NOTED'
  /** The State supports the recommendation. */
  | 'SUPPORTED';

export type DashboardImportRunFinishedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardImportRunFinishedSubscription = { __typename?: 'Subscription', importRunFinished: { __typename?: 'ImportRun', id: string, status: ImportStatus, counts: { __typename?: 'ImportCounts', created: number, updated: number, withdrawn: number } } };

export type DashboardDecisionChangedSubscriptionVariables = Exact<{
  filter?: InputMaybe<DecisionChangeFilter>;
}>;


export type DashboardDecisionChangedSubscription = { __typename?: 'Subscription', decisionChanged: { __typename?: 'DecisionChange', action: DecisionChangeAction, subject: DecisionSubject, subjectId: string, decision: { __typename?: 'CoordinationDecision', id: string } | null, meeting: { __typename?: 'Meeting', id: string } | null } };

export type DashboardOptionsQueryVariables = Exact<{
  lang?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardOptionsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', authenticated: boolean, role: ApiKeyRole | null, organisationRef: string | null, label: string | null }, themes: Array<{ __typename?: 'Theme', id: string, label: string }>, organisations: { __typename?: 'OrganisationConnection', edges: Array<{ __typename?: 'OrganisationEdge', node: { __typename?: 'Organisation', ref: string, acronym: string | null, name: string | null } }> }, regions: Array<{ __typename?: 'CodeName', code: string, name: string | null }>, countries: { __typename?: 'CountryConnection', edges: Array<{ __typename?: 'CountryEdge', node: { __typename?: 'Country', code: string, name: string | null } }> } };

export type OverviewQueryVariables = Exact<{
  coverage?: InputMaybe<CoverageFilter>;
  overlaps?: InputMaybe<OverlapFilter>;
  gaps?: InputMaybe<GapFilter>;
}>;


export type OverviewQuery = { __typename?: 'Query', coverage: { __typename?: 'Coverage', totalActivities: number, totalUndatedActivities: number, totalBudgets: Array<{ __typename?: 'Money', currency: string, value: number }>, rows: Array<{ __typename?: 'CoverageRow', country: string | null, activityCount: number }> }, overlaps: { __typename?: 'OverlapConnection', totalCount: number, edges: Array<{ __typename?: 'OverlapEdge', node: { __typename?: 'Overlap', id: string, countries: Array<string>, kind: OverlapKind } }> }, gaps: { __typename?: 'GapConnection', totalCount: number, edges: Array<{ __typename?: 'GapEdge', node: { __typename?: 'Gap', id: string, countries: Array<string>, kind: GapKind } }> } };

export type ActivityFieldsFragment = { __typename?: 'Activity', id: string, iatiIdentifier: string, origin: ActivityOrigin, title: string | null, restricted: boolean, statusName: string | null, plannedStart: string | null, actualStart: string | null, plannedEnd: string | null, actualEnd: string | null, reportingOrg: { __typename?: 'OrgReference', ref: string | null, name: string | null }, recipientCountries: Array<{ __typename?: 'CountryShare', code: string, percentage: number | null }>, participatingOrgs: Array<{ __typename?: 'ParticipatingOrg', ref: string | null, name: string | null, roleName: string | null }>, budgets: Array<{ __typename?: 'Budget', value: number, currency: string, periodStart: string | null }> };

export type OverlapFieldsFragment = { __typename?: 'Overlap', id: string, score: number, kind: OverlapKind, kindReason: string, countries: Array<string>, period: { __typename?: 'Period', start: string | null, end: string | null }, scoreParts: { __typename?: 'OverlapScoreParts', theme: number, time: number, country: number, reliability: number }, themes: Array<{ __typename?: 'Theme', id: string, label: string }>, decision: { __typename?: 'OverlapDecision', decision: OverlapDecisionKind, note: string | null, decidedBy: string, decidedAt: string } | null, explanation: { __typename?: 'OverlapExplanation', summary: string, reliability: number, sides: Array<{ __typename?: 'OverlapSide', organisation: string, origin: string, startBasis: DateBasis, endBasis: DateBasis, period: { __typename?: 'Period', start: string | null, end: string | null }, weaknesses: Array<{ __typename?: 'DataWeakness', kind: string, factor: number, message: string }>, presences: Array<{ __typename?: 'Presence', id: string, organisationAcronym: string | null, organisation: { __typename?: 'OrgReference', name: string | null }, cluster: { __typename?: 'HumanitarianCluster', name: string }, place: { __typename?: 'PresencePlace', adm1Code: string | null, adm1Name: string | null, adm2Code: string | null, adm2Name: string | null } }> }> } | null, activities: Array<{ __typename?: 'Activity', id: string, iatiIdentifier: string, origin: ActivityOrigin, title: string | null, restricted: boolean, statusName: string | null, plannedStart: string | null, actualStart: string | null, plannedEnd: string | null, actualEnd: string | null, reportingOrg: { __typename?: 'OrgReference', ref: string | null, name: string | null }, recipientCountries: Array<{ __typename?: 'CountryShare', code: string, percentage: number | null }>, participatingOrgs: Array<{ __typename?: 'ParticipatingOrg', ref: string | null, name: string | null, roleName: string | null }>, budgets: Array<{ __typename?: 'Budget', value: number, currency: string, periodStart: string | null }> }> };

export type GapFieldsFragment = { __typename?: 'Gap', id: string, kind: GapKind, countries: Array<string>, mandatedOrganisations: Array<string>, absentOrganisations: Array<string>, presentOrganisations: Array<string>, period: { __typename?: 'Period', start: string | null, end: string | null } | null, themes: Array<{ __typename?: 'Theme', id: string, label: string }>, recommendations: Array<{ __typename?: 'Recommendation', id: string, symbol: string, text: string, publicationDate: string | null, body: { __typename?: 'RecommendationBody', name: string } }>, matches: { __typename?: 'GapMatches', expertCount: number, institutionCount: number, institutions: Array<{ __typename?: 'InstitutionMatch', rank: number, institution: { __typename?: 'Institution', id: string, name: string, kind: InstitutionKind, country: { __typename?: 'Country', code: string } }, reasons: Array<{ __typename?: 'MatchReason', kind: MatchReasonKind, text: string }> }> } };

export type CountryPageQueryVariables = Exact<{
  code: Scalars['String']['input'];
  coverage?: InputMaybe<CoverageFilter>;
  overlaps?: InputMaybe<OverlapFilter>;
  gaps?: InputMaybe<GapFilter>;
  lang?: InputMaybe<Scalars['String']['input']>;
}>;


export type CountryPageQuery = { __typename?: 'Query', country: { __typename?: 'Country', code: string, name: string | null } | null, coverage: { __typename?: 'Coverage', totalActivities: number, totalUndatedActivities: number, totalPresences: number, rows: Array<{ __typename?: 'CoverageRow', activityCount: number, undatedActivityCount: number, presenceCount: number, theme: { __typename?: 'Theme', id: string, label: string } | null, organisation: { __typename?: 'OrgReference', ref: string | null, acronym: string | null } | null }> }, overlaps: { __typename?: 'OverlapConnection', totalCount: number, edges: Array<{ __typename?: 'OverlapEdge', node: { __typename?: 'Overlap', id: string, score: number, kind: OverlapKind, kindReason: string, countries: Array<string>, period: { __typename?: 'Period', start: string | null, end: string | null }, scoreParts: { __typename?: 'OverlapScoreParts', theme: number, time: number, country: number, reliability: number }, themes: Array<{ __typename?: 'Theme', id: string, label: string }>, decision: { __typename?: 'OverlapDecision', decision: OverlapDecisionKind, note: string | null, decidedBy: string, decidedAt: string } | null, explanation: { __typename?: 'OverlapExplanation', summary: string, reliability: number, sides: Array<{ __typename?: 'OverlapSide', organisation: string, origin: string, startBasis: DateBasis, endBasis: DateBasis, period: { __typename?: 'Period', start: string | null, end: string | null }, weaknesses: Array<{ __typename?: 'DataWeakness', kind: string, factor: number, message: string }>, presences: Array<{ __typename?: 'Presence', id: string, organisationAcronym: string | null, organisation: { __typename?: 'OrgReference', name: string | null }, cluster: { __typename?: 'HumanitarianCluster', name: string }, place: { __typename?: 'PresencePlace', adm1Code: string | null, adm1Name: string | null, adm2Code: string | null, adm2Name: string | null } }> }> } | null, activities: Array<{ __typename?: 'Activity', id: string, iatiIdentifier: string, origin: ActivityOrigin, title: string | null, restricted: boolean, statusName: string | null, plannedStart: string | null, actualStart: string | null, plannedEnd: string | null, actualEnd: string | null, reportingOrg: { __typename?: 'OrgReference', ref: string | null, name: string | null }, recipientCountries: Array<{ __typename?: 'CountryShare', code: string, percentage: number | null }>, participatingOrgs: Array<{ __typename?: 'ParticipatingOrg', ref: string | null, name: string | null, roleName: string | null }>, budgets: Array<{ __typename?: 'Budget', value: number, currency: string, periodStart: string | null }> }> } }> }, gaps: { __typename?: 'GapConnection', totalCount: number, edges: Array<{ __typename?: 'GapEdge', node: { __typename?: 'Gap', id: string, kind: GapKind, countries: Array<string>, mandatedOrganisations: Array<string>, absentOrganisations: Array<string>, presentOrganisations: Array<string>, period: { __typename?: 'Period', start: string | null, end: string | null } | null, themes: Array<{ __typename?: 'Theme', id: string, label: string }>, recommendations: Array<{ __typename?: 'Recommendation', id: string, symbol: string, text: string, publicationDate: string | null, body: { __typename?: 'RecommendationBody', name: string } }>, matches: { __typename?: 'GapMatches', expertCount: number, institutionCount: number, institutions: Array<{ __typename?: 'InstitutionMatch', rank: number, institution: { __typename?: 'Institution', id: string, name: string, kind: InstitutionKind, country: { __typename?: 'Country', code: string } }, reasons: Array<{ __typename?: 'MatchReason', kind: MatchReasonKind, text: string }> }> } } }> }, budgetsByYear: Array<{ __typename?: 'BudgetYear', year: number, currency: string, value: number, activityCount: number, organisation: { __typename?: 'OrgReference', ref: string | null } }> };

export type PresenceFieldsFragment = { __typename?: 'Presence', id: string, origin: string, organisationAcronym: string | null, organisationType: string | null, organisationIdentified: boolean, organisation: { __typename?: 'OrgReference', ref: string | null, name: string | null, acronym: string | null }, cluster: { __typename?: 'HumanitarianCluster', id: string, name: string }, themes: Array<{ __typename?: 'Theme', id: string, label: string }>, place: { __typename?: 'PresencePlace', adm1Code: string | null, adm1Name: string | null, adm2Code: string | null, adm2Name: string | null }, period: { __typename?: 'Period', start: string | null, end: string | null } };

export type CountryPresencesQueryVariables = Exact<{
  country: Scalars['String']['input'];
  filter?: InputMaybe<PresenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  lang?: InputMaybe<Scalars['String']['input']>;
}>;


export type CountryPresencesQuery = { __typename?: 'Query', presences: { __typename?: 'PresenceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'PresenceEdge', node: { __typename?: 'Presence', id: string, origin: string, organisationAcronym: string | null, organisationType: string | null, organisationIdentified: boolean, organisation: { __typename?: 'OrgReference', ref: string | null, name: string | null, acronym: string | null }, cluster: { __typename?: 'HumanitarianCluster', id: string, name: string }, themes: Array<{ __typename?: 'Theme', id: string, label: string }>, place: { __typename?: 'PresencePlace', adm1Code: string | null, adm1Name: string | null, adm2Code: string | null, adm2Name: string | null }, period: { __typename?: 'Period', start: string | null, end: string | null } } }> }, imported: { __typename?: 'PresenceConnection', totalCount: number } };

export type MeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingsQuery = { __typename?: 'Query', meetings: { __typename?: 'MeetingConnection', totalCount: number, edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', id: string, title: string, date: string, countries: Array<string>, createdBy: string, themes: Array<{ __typename?: 'Theme', id: string }>, organisations: Array<{ __typename?: 'OrgReference', ref: string | null }>, decisions: Array<{ __typename?: 'CoordinationDecision', id: string }> } }> } };

export type CreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type CreateMeetingMutation = { __typename?: 'Mutation', createMeeting:
    | { __typename: 'MeetingPayload', meeting: { __typename?: 'Meeting', id: string } }
    | { __typename: 'ValidationFailed', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> }
   };

export type DecisionFieldsFragment = { __typename?: 'CoordinationDecision', id: string, subject: DecisionSubject, subjectId: string, subjectLabel: string, countries: Array<string>, kind: CoordinationDecisionKind, dueDate: string | null, note: string | null, status: FollowUpStatus, followUp: FollowUpState, decidedBy: string, decidedAt: string, ownerOrganisation: { __typename?: 'OrgReference', ref: string | null }, meeting: { __typename?: 'Meeting', id: string, title: string, date: string } | null, history: Array<{ __typename?: 'DecisionHistoryEntry', at: string, by: string, action: string, status: FollowUpStatus, dueDate: string | null, note: string | null }> };

export type MeetingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  lang?: InputMaybe<Scalars['String']['input']>;
}>;


export type MeetingQuery = { __typename?: 'Query', meeting: { __typename?: 'Meeting', id: string, title: string, date: string, countries: Array<string>, createdBy: string, themes: Array<{ __typename?: 'Theme', id: string, label: string }>, organisations: Array<{ __typename?: 'OrgReference', ref: string | null }>, period: { __typename?: 'Period', start: string | null, end: string | null } | null, agenda: { __typename?: 'MeetingAgenda', overlaps: Array<{ __typename?: 'Overlap', id: string, score: number, kind: OverlapKind, kindReason: string, countries: Array<string>, period: { __typename?: 'Period', start: string | null, end: string | null }, scoreParts: { __typename?: 'OverlapScoreParts', theme: number, time: number, country: number, reliability: number }, themes: Array<{ __typename?: 'Theme', id: string, label: string }>, decision: { __typename?: 'OverlapDecision', decision: OverlapDecisionKind, note: string | null, decidedBy: string, decidedAt: string } | null, explanation: { __typename?: 'OverlapExplanation', summary: string, reliability: number, sides: Array<{ __typename?: 'OverlapSide', organisation: string, origin: string, startBasis: DateBasis, endBasis: DateBasis, period: { __typename?: 'Period', start: string | null, end: string | null }, weaknesses: Array<{ __typename?: 'DataWeakness', kind: string, factor: number, message: string }>, presences: Array<{ __typename?: 'Presence', id: string, organisationAcronym: string | null, organisation: { __typename?: 'OrgReference', name: string | null }, cluster: { __typename?: 'HumanitarianCluster', name: string }, place: { __typename?: 'PresencePlace', adm1Code: string | null, adm1Name: string | null, adm2Code: string | null, adm2Name: string | null } }> }> } | null, activities: Array<{ __typename?: 'Activity', id: string, iatiIdentifier: string, origin: ActivityOrigin, title: string | null, restricted: boolean, statusName: string | null, plannedStart: string | null, actualStart: string | null, plannedEnd: string | null, actualEnd: string | null, reportingOrg: { __typename?: 'OrgReference', ref: string | null, name: string | null }, recipientCountries: Array<{ __typename?: 'CountryShare', code: string, percentage: number | null }>, participatingOrgs: Array<{ __typename?: 'ParticipatingOrg', ref: string | null, name: string | null, roleName: string | null }>, budgets: Array<{ __typename?: 'Budget', value: number, currency: string, periodStart: string | null }> }> }>, gaps: Array<{ __typename?: 'Gap', id: string, kind: GapKind, countries: Array<string>, mandatedOrganisations: Array<string>, absentOrganisations: Array<string>, presentOrganisations: Array<string>, period: { __typename?: 'Period', start: string | null, end: string | null } | null, themes: Array<{ __typename?: 'Theme', id: string, label: string }>, recommendations: Array<{ __typename?: 'Recommendation', id: string, symbol: string, text: string, publicationDate: string | null, body: { __typename?: 'RecommendationBody', name: string } }>, matches: { __typename?: 'GapMatches', expertCount: number, institutionCount: number, institutions: Array<{ __typename?: 'InstitutionMatch', rank: number, institution: { __typename?: 'Institution', id: string, name: string, kind: InstitutionKind, country: { __typename?: 'Country', code: string } }, reasons: Array<{ __typename?: 'MatchReason', kind: MatchReasonKind, text: string }> }> } }> }, decisions: Array<{ __typename?: 'CoordinationDecision', id: string, subject: DecisionSubject, subjectId: string, subjectLabel: string, countries: Array<string>, kind: CoordinationDecisionKind, dueDate: string | null, note: string | null, status: FollowUpStatus, followUp: FollowUpState, decidedBy: string, decidedAt: string, ownerOrganisation: { __typename?: 'OrgReference', ref: string | null }, meeting: { __typename?: 'Meeting', id: string, title: string, date: string } | null, history: Array<{ __typename?: 'DecisionHistoryEntry', at: string, by: string, action: string, status: FollowUpStatus, dueDate: string | null, note: string | null }> }> } | null };

export type RecordMeetingDecisionMutationVariables = Exact<{
  input: RecordMeetingDecisionInput;
}>;


export type RecordMeetingDecisionMutation = { __typename?: 'Mutation', recordMeetingDecision:
    | { __typename: 'CoordinationDecisionPayload', decision: { __typename?: 'CoordinationDecision', id: string } }
    | { __typename: 'ValidationFailed', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> }
   };

export type MinutesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  format: ReportFormat;
}>;


export type MinutesQuery = { __typename?: 'Query', meeting: { __typename?: 'Meeting', minutes: { __typename?: 'ReportFile', filename: string, contentType: string, encoding: string, content: string } } | null };

export type FollowUpsQueryVariables = Exact<{
  filter?: InputMaybe<FollowUpFilter>;
}>;


export type FollowUpsQuery = { __typename?: 'Query', followUps: { __typename?: 'CoordinationDecisionConnection', totalCount: number, edges: Array<{ __typename?: 'CoordinationDecisionEdge', node: { __typename?: 'CoordinationDecision', id: string, subject: DecisionSubject, subjectId: string, subjectLabel: string, countries: Array<string>, kind: CoordinationDecisionKind, dueDate: string | null, note: string | null, status: FollowUpStatus, followUp: FollowUpState, decidedBy: string, decidedAt: string, ownerOrganisation: { __typename?: 'OrgReference', ref: string | null }, meeting: { __typename?: 'Meeting', id: string, title: string, date: string } | null, history: Array<{ __typename?: 'DecisionHistoryEntry', at: string, by: string, action: string, status: FollowUpStatus, dueDate: string | null, note: string | null }> } }> } };

export type UpdateFollowUpMutationVariables = Exact<{
  input: UpdateFollowUpInput;
}>;


export type UpdateFollowUpMutation = { __typename?: 'Mutation', updateFollowUp:
    | { __typename: 'CoordinationDecisionPayload', decision: { __typename?: 'CoordinationDecision', id: string, status: FollowUpStatus, followUp: FollowUpState } }
    | { __typename: 'ValidationFailed', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityFields on Activity {
  id
  iatiIdentifier
  origin
  title(lang: $lang)
  restricted
  reportingOrg {
    ref
    name
  }
  statusName(lang: $lang)
  plannedStart
  actualStart
  plannedEnd
  actualEnd
  recipientCountries {
    code
    percentage
  }
  participatingOrgs {
    ref
    name
    roleName(lang: $lang)
  }
  budgets {
    value
    currency
    periodStart
  }
}
    `, {"fragmentName":"ActivityFields"}) as unknown as TypedDocumentString<ActivityFieldsFragment, unknown>;
export const OverlapFieldsFragmentDoc = new TypedDocumentString(`
    fragment OverlapFields on Overlap {
  id
  score
  kind
  kindReason
  countries
  period {
    start
    end
  }
  scoreParts {
    theme
    time
    country
    reliability
  }
  themes {
    id
    label(lang: $lang)
  }
  decision {
    decision
    note
    decidedBy
    decidedAt
  }
  explanation {
    summary
    reliability
    sides {
      organisation
      origin
      startBasis
      endBasis
      period {
        start
        end
      }
      weaknesses {
        kind
        factor
        message
      }
      presences {
        id
        organisation {
          name
        }
        organisationAcronym
        cluster {
          name
        }
        place {
          adm1Code
          adm1Name
          adm2Code
          adm2Name
        }
      }
    }
  }
  activities {
    ...ActivityFields
  }
}
    fragment ActivityFields on Activity {
  id
  iatiIdentifier
  origin
  title(lang: $lang)
  restricted
  reportingOrg {
    ref
    name
  }
  statusName(lang: $lang)
  plannedStart
  actualStart
  plannedEnd
  actualEnd
  recipientCountries {
    code
    percentage
  }
  participatingOrgs {
    ref
    name
    roleName(lang: $lang)
  }
  budgets {
    value
    currency
    periodStart
  }
}`, {"fragmentName":"OverlapFields"}) as unknown as TypedDocumentString<OverlapFieldsFragment, unknown>;
export const GapFieldsFragmentDoc = new TypedDocumentString(`
    fragment GapFields on Gap {
  id
  kind
  countries
  period {
    start
    end
  }
  themes {
    id
    label(lang: $lang)
  }
  mandatedOrganisations
  absentOrganisations
  presentOrganisations
  recommendations {
    id
    symbol
    text
    publicationDate
    body {
      name
    }
  }
  matches(first: 3) {
    expertCount
    institutionCount
    institutions {
      rank
      institution {
        id
        name
        country {
          code
        }
        kind
      }
      reasons {
        kind
        text
      }
    }
  }
}
    `, {"fragmentName":"GapFields"}) as unknown as TypedDocumentString<GapFieldsFragment, unknown>;
export const PresenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment PresenceFields on Presence {
  id
  origin
  organisation {
    ref
    name
    acronym
  }
  organisationAcronym
  organisationType
  organisationIdentified
  cluster {
    id
    name
  }
  themes {
    id
    label(lang: $lang)
  }
  place {
    adm1Code
    adm1Name
    adm2Code
    adm2Name
  }
  period {
    start
    end
  }
}
    `, {"fragmentName":"PresenceFields"}) as unknown as TypedDocumentString<PresenceFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = new TypedDocumentString(`
    fragment DecisionFields on CoordinationDecision {
  id
  subject
  subjectId
  subjectLabel
  countries
  kind
  ownerOrganisation {
    ref
  }
  dueDate
  note
  status
  followUp
  decidedBy
  decidedAt
  meeting {
    id
    title
    date
  }
  history {
    at
    by
    action
    status
    dueDate
    note
  }
}
    `, {"fragmentName":"DecisionFields"}) as unknown as TypedDocumentString<DecisionFieldsFragment, unknown>;
export const DashboardImportRunFinishedDocument = new TypedDocumentString(`
    subscription DashboardImportRunFinished {
  importRunFinished {
    id
    status
    counts {
      created
      updated
      withdrawn
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardImportRunFinishedSubscription, DashboardImportRunFinishedSubscriptionVariables>;
export const DashboardDecisionChangedDocument = new TypedDocumentString(`
    subscription DashboardDecisionChanged($filter: DecisionChangeFilter) {
  decisionChanged(filter: $filter) {
    action
    subject
    subjectId
    decision {
      id
    }
    meeting {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardDecisionChangedSubscription, DashboardDecisionChangedSubscriptionVariables>;
export const DashboardOptionsDocument = new TypedDocumentString(`
    query DashboardOptions($lang: String) {
  viewer {
    authenticated
    role
    organisationRef
    label
  }
  themes {
    id
    label(lang: $lang)
  }
  organisations(first: 500) {
    edges {
      node {
        ref
        acronym
        name
      }
    }
  }
  regions {
    code
    name(lang: $lang)
  }
  countries(first: 500) {
    edges {
      node {
        code
        name(lang: $lang)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardOptionsQuery, DashboardOptionsQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($coverage: CoverageFilter, $overlaps: OverlapFilter, $gaps: GapFilter) {
  coverage(filter: $coverage, groupBy: [COUNTRY]) {
    totalActivities
    totalUndatedActivities
    totalBudgets {
      currency
      value
    }
    rows {
      country
      activityCount
    }
  }
  overlaps(filter: $overlaps, first: 500) {
    totalCount
    edges {
      node {
        id
        countries
        kind
      }
    }
  }
  gaps(filter: $gaps, first: 500) {
    totalCount
    edges {
      node {
        id
        countries
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const CountryPageDocument = new TypedDocumentString(`
    query CountryPage($code: String!, $coverage: CoverageFilter, $overlaps: OverlapFilter, $gaps: GapFilter, $lang: String) {
  country(code: $code) {
    code
    name(lang: $lang)
  }
  coverage(filter: $coverage, groupBy: [THEME, ORGANISATION]) {
    totalActivities
    totalUndatedActivities
    totalPresences
    rows {
      theme {
        id
        label(lang: $lang)
      }
      organisation {
        ref
        acronym
      }
      activityCount
      undatedActivityCount
      presenceCount
    }
  }
  overlaps(filter: $overlaps, first: 100) {
    totalCount
    edges {
      node {
        ...OverlapFields
      }
    }
  }
  gaps(filter: $gaps, first: 100) {
    totalCount
    edges {
      node {
        ...GapFields
      }
    }
  }
  budgetsByYear(filter: $coverage) {
    organisation {
      ref
    }
    year
    currency
    value
    activityCount
  }
}
    fragment ActivityFields on Activity {
  id
  iatiIdentifier
  origin
  title(lang: $lang)
  restricted
  reportingOrg {
    ref
    name
  }
  statusName(lang: $lang)
  plannedStart
  actualStart
  plannedEnd
  actualEnd
  recipientCountries {
    code
    percentage
  }
  participatingOrgs {
    ref
    name
    roleName(lang: $lang)
  }
  budgets {
    value
    currency
    periodStart
  }
}
fragment OverlapFields on Overlap {
  id
  score
  kind
  kindReason
  countries
  period {
    start
    end
  }
  scoreParts {
    theme
    time
    country
    reliability
  }
  themes {
    id
    label(lang: $lang)
  }
  decision {
    decision
    note
    decidedBy
    decidedAt
  }
  explanation {
    summary
    reliability
    sides {
      organisation
      origin
      startBasis
      endBasis
      period {
        start
        end
      }
      weaknesses {
        kind
        factor
        message
      }
      presences {
        id
        organisation {
          name
        }
        organisationAcronym
        cluster {
          name
        }
        place {
          adm1Code
          adm1Name
          adm2Code
          adm2Name
        }
      }
    }
  }
  activities {
    ...ActivityFields
  }
}
fragment GapFields on Gap {
  id
  kind
  countries
  period {
    start
    end
  }
  themes {
    id
    label(lang: $lang)
  }
  mandatedOrganisations
  absentOrganisations
  presentOrganisations
  recommendations {
    id
    symbol
    text
    publicationDate
    body {
      name
    }
  }
  matches(first: 3) {
    expertCount
    institutionCount
    institutions {
      rank
      institution {
        id
        name
        country {
          code
        }
        kind
      }
      reasons {
        kind
        text
      }
    }
  }
}`) as unknown as TypedDocumentString<CountryPageQuery, CountryPageQueryVariables>;
export const CountryPresencesDocument = new TypedDocumentString(`
    query CountryPresences($country: String!, $filter: PresenceFilter, $first: Int, $after: String, $lang: String) {
  presences(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...PresenceFields
      }
    }
  }
  imported: presences(filter: {country: [$country]}, first: 1) {
    totalCount
  }
}
    fragment PresenceFields on Presence {
  id
  origin
  organisation {
    ref
    name
    acronym
  }
  organisationAcronym
  organisationType
  organisationIdentified
  cluster {
    id
    name
  }
  themes {
    id
    label(lang: $lang)
  }
  place {
    adm1Code
    adm1Name
    adm2Code
    adm2Name
  }
  period {
    start
    end
  }
}`) as unknown as TypedDocumentString<CountryPresencesQuery, CountryPresencesQueryVariables>;
export const MeetingsDocument = new TypedDocumentString(`
    query Meetings {
  meetings(first: 100) {
    totalCount
    edges {
      node {
        id
        title
        date
        countries
        themes {
          id
        }
        organisations {
          ref
        }
        decisions {
          id
        }
        createdBy
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingsQuery, MeetingsQueryVariables>;
export const CreateMeetingDocument = new TypedDocumentString(`
    mutation CreateMeeting($input: CreateMeetingInput!) {
  createMeeting(input: $input) {
    __typename
    ... on MeetingPayload {
      meeting {
        id
      }
    }
    ... on ValidationFailed {
      message
      fieldErrors {
        field
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const MeetingDocument = new TypedDocumentString(`
    query Meeting($id: ID!, $lang: String) {
  meeting(id: $id) {
    id
    title
    date
    countries
    themes {
      id
      label(lang: $lang)
    }
    organisations {
      ref
    }
    period {
      start
      end
    }
    createdBy
    agenda {
      overlaps {
        ...OverlapFields
      }
      gaps {
        ...GapFields
      }
    }
    decisions {
      ...DecisionFields
    }
  }
}
    fragment ActivityFields on Activity {
  id
  iatiIdentifier
  origin
  title(lang: $lang)
  restricted
  reportingOrg {
    ref
    name
  }
  statusName(lang: $lang)
  plannedStart
  actualStart
  plannedEnd
  actualEnd
  recipientCountries {
    code
    percentage
  }
  participatingOrgs {
    ref
    name
    roleName(lang: $lang)
  }
  budgets {
    value
    currency
    periodStart
  }
}
fragment OverlapFields on Overlap {
  id
  score
  kind
  kindReason
  countries
  period {
    start
    end
  }
  scoreParts {
    theme
    time
    country
    reliability
  }
  themes {
    id
    label(lang: $lang)
  }
  decision {
    decision
    note
    decidedBy
    decidedAt
  }
  explanation {
    summary
    reliability
    sides {
      organisation
      origin
      startBasis
      endBasis
      period {
        start
        end
      }
      weaknesses {
        kind
        factor
        message
      }
      presences {
        id
        organisation {
          name
        }
        organisationAcronym
        cluster {
          name
        }
        place {
          adm1Code
          adm1Name
          adm2Code
          adm2Name
        }
      }
    }
  }
  activities {
    ...ActivityFields
  }
}
fragment GapFields on Gap {
  id
  kind
  countries
  period {
    start
    end
  }
  themes {
    id
    label(lang: $lang)
  }
  mandatedOrganisations
  absentOrganisations
  presentOrganisations
  recommendations {
    id
    symbol
    text
    publicationDate
    body {
      name
    }
  }
  matches(first: 3) {
    expertCount
    institutionCount
    institutions {
      rank
      institution {
        id
        name
        country {
          code
        }
        kind
      }
      reasons {
        kind
        text
      }
    }
  }
}
fragment DecisionFields on CoordinationDecision {
  id
  subject
  subjectId
  subjectLabel
  countries
  kind
  ownerOrganisation {
    ref
  }
  dueDate
  note
  status
  followUp
  decidedBy
  decidedAt
  meeting {
    id
    title
    date
  }
  history {
    at
    by
    action
    status
    dueDate
    note
  }
}`) as unknown as TypedDocumentString<MeetingQuery, MeetingQueryVariables>;
export const RecordMeetingDecisionDocument = new TypedDocumentString(`
    mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {
  recordMeetingDecision(input: $input) {
    __typename
    ... on CoordinationDecisionPayload {
      decision {
        id
      }
    }
    ... on ValidationFailed {
      message
      fieldErrors {
        field
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordMeetingDecisionMutation, RecordMeetingDecisionMutationVariables>;
export const MinutesDocument = new TypedDocumentString(`
    query Minutes($id: ID!, $format: ReportFormat!) {
  meeting(id: $id) {
    minutes(format: $format) {
      filename
      contentType
      encoding
      content
    }
  }
}
    `) as unknown as TypedDocumentString<MinutesQuery, MinutesQueryVariables>;
export const FollowUpsDocument = new TypedDocumentString(`
    query FollowUps($filter: FollowUpFilter) {
  followUps(filter: $filter, first: 500) {
    totalCount
    edges {
      node {
        ...DecisionFields
      }
    }
  }
}
    fragment DecisionFields on CoordinationDecision {
  id
  subject
  subjectId
  subjectLabel
  countries
  kind
  ownerOrganisation {
    ref
  }
  dueDate
  note
  status
  followUp
  decidedBy
  decidedAt
  meeting {
    id
    title
    date
  }
  history {
    at
    by
    action
    status
    dueDate
    note
  }
}`) as unknown as TypedDocumentString<FollowUpsQuery, FollowUpsQueryVariables>;
export const UpdateFollowUpDocument = new TypedDocumentString(`
    mutation UpdateFollowUp($input: UpdateFollowUpInput!) {
  updateFollowUp(input: $input) {
    __typename
    ... on CoordinationDecisionPayload {
      decision {
        id
        status
        followUp
      }
    }
    ... on ValidationFailed {
      message
      fieldErrors {
        field
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateFollowUpMutation, UpdateFollowUpMutationVariables>;