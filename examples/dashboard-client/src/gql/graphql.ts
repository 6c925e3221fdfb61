/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schema/*.graphql and the example's graphql() documents, config: codegen.client.yml. Run `npm run codegen:client`.
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type ActivitiesPageQueryVariables = Exact<{
  country?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ActivitiesPageQuery = { __typename?: 'Query', activities: { __typename?: 'ActivityConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ActivityEdge', cursor: string, node: { __typename?: 'Activity', id: string, iatiIdentifier: string, title: string | null, reportingOrg: { __typename?: 'OrgReference', ref: string | null, name: string | null } } }> } };

export type RecordByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RecordByIdQuery = { __typename?: 'Query', node:
    | { __typename: 'Activity', iatiIdentifier: string, title: string | null, id: string, reportingOrg: { __typename?: 'OrgReference', ref: string | null, name: string | null } }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'CoordinationDecision', id: string }
    | { __typename: 'Expert', id: string }
    | { __typename: 'FieldOperation', id: string }
    | { __typename: 'Gap', id: string }
    | { __typename: 'ImportRun', kind: ImportKind, file: string, status: ImportStatus, id: string }
    | { __typename: 'Institution', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Overlap', id: string }
    | { __typename: 'OverlapCluster', id: string }
    | { __typename: 'OverlapDecision', id: string }
    | { __typename: 'Presence', id: string }
    | { __typename: 'Recommendation', id: string }
   | null };

export type ImportRunFinishedSubscriptionVariables = Exact<{
  kind?: InputMaybe<Array<ImportKind> | ImportKind>;
}>;


export type ImportRunFinishedSubscription = { __typename?: 'Subscription', importRunFinished: { __typename?: 'ImportRun', id: string, kind: ImportKind, file: string, status: ImportStatus, finishedAt: string | null, counts: { __typename?: 'ImportCounts', read: number, created: number, updated: number, withdrawn: number, skipped: number } } };

export type DecisionChangedSubscriptionVariables = Exact<{
  filter?: InputMaybe<DecisionChangeFilter>;
}>;


export type DecisionChangedSubscription = { __typename?: 'Subscription', decisionChanged: { __typename?: 'DecisionChange', action: DecisionChangeAction, at: string, subject: DecisionSubject, subjectId: string, countries: Array<string>, decision: { __typename?: 'CoordinationDecision', id: string, kind: CoordinationDecisionKind, status: FollowUpStatus, followUp: FollowUpState, dueDate: string | null } | null, meeting: { __typename?: 'Meeting', id: string, title: string } | null } };


export const ActivitiesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivitiesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reportingOrg"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivitiesPageQuery, ActivitiesPageQueryVariables>;
export const RecordByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reportingOrg"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RecordByIdQuery, RecordByIdQueryVariables>;
export const ImportRunFinishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ImportRunFinished"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRunFinished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]}}]} as unknown as DocumentNode<ImportRunFinishedSubscription, ImportRunFinishedSubscriptionVariables>;
export const DecisionChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DecisionChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionChangeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionChangedSubscription, DecisionChangedSubscriptionVariables>;