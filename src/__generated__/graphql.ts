/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schema/*.graphql, config: codegen.yml. Run `npm run codegen`.
import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Activity as ActivityModel } from '../modules/activity/activity.entity';
import { Organisation as OrganisationModel } from '../modules/organisation/organisation.entity';
import { OrgRef as OrgRefModel, ParticipatingOrg as ParticipatingOrgModel, CountryShare as CountryShareModel, Money as MoneyModel } from '../modules/activity/activity.model';
import { ActivityConnection as ActivityConnectionModel } from '../modules/activity/activity.service';
import { OrganisationConnection as OrganisationConnectionModel } from '../modules/organisation/organisation.service';
import { CodeNameParent as CodeNameParentModel } from '../modules/codelist/codelist.model';
import { CountryRef as CountryRefModel } from '../modules/country/country.model';
import { CountryConnection as CountryConnectionModel } from '../modules/country/country.service';
import { Recommendation as RecommendationModel } from '../modules/recommendation/recommendation.entity';
import { RecommendationConnection as RecommendationConnectionModel } from '../modules/recommendation/recommendation.service';
import { ImportRun as ImportRunModel } from '../modules/import/import-run.entity';
import { ImportRunConnection as ImportRunConnectionModel } from '../modules/import/import-run.service';
import { AuditEntry as AuditEntryModel, FieldChange as FieldChangeModel } from '../modules/audit/audit-entry.entity';
import { Viewer as ViewerModel } from '../viewer';
import { Theme as ThemeModel } from '../modules/analysis/taxonomy';
import { ThemeDerivation as ThemeDerivationModel } from '../modules/analysis/theme-derivation';
import { Overlap as OverlapModel, OverlapCluster as OverlapClusterModel } from '../modules/analysis/overlap.types';
import { OverlapConnection as OverlapConnectionModel, OverlapClusterConnection as OverlapClusterConnectionModel, DecisionPayload as DecisionPayloadModel, GapConnection as GapConnectionModel } from '../modules/coordination/coordination.service';
import { OverlapDecision as OverlapDecisionModel } from '../modules/coordination/overlap-decision.entity';
import { Gap as GapModel, Presence as PresenceModel } from '../modules/analysis/gaps';
import { CoverageReport as CoverageReportModel, CoverageRow as CoverageRowModel } from '../modules/analysis/coverage';
import { OverlapExplanation as OverlapExplanationModel, OverlapSide as OverlapSideModel } from '../modules/analysis/overlap.explanation';
import { Meeting as MeetingModel } from '../modules/meeting/meeting.entity';
import { MeetingConnection as MeetingConnectionModel, MeetingAgenda as MeetingAgendaModel, CoordinationDecisionConnection as CoordinationDecisionConnectionModel } from '../modules/meeting/meeting.service';
import { CoordinationDecision as CoordinationDecisionModel, DecisionHistoryEntry as DecisionHistoryEntryModel } from '../modules/meeting/coordination-decision.entity';
import { BudgetYearRow as BudgetYearRowModel } from '../modules/analysis/budget-years';
import { DecisionChange as DecisionChangeModel } from '../modules/live/live.events';
import { PresenceRecord as PresenceRecordModel, PresenceConnection as PresenceConnectionModel } from '../modules/presence/presence.service';
import { FieldOperation as FieldOperationModel } from '../modules/field-operation/field-operation.entity';
import { FieldOperationConnection as FieldOperationConnectionModel } from '../modules/field-operation/field-operation.service';
import { ExitStrategyAssessment as ExitStrategyAssessmentModel } from '../modules/field-operation/exit-strategy';
import { RecommendationFollowUpView as RecommendationFollowUpViewModel } from '../modules/followup/followup.service';
import { Expert as ExpertModel, Institution as InstitutionModel } from '../modules/register/register.entity';
import { ExpertConnectionModel as ExpertConnectionModelModel, InstitutionConnectionModel as InstitutionConnectionModelModel, ThemeCountModel as ThemeCountModelModel, GapMatchesModel as GapMatchesModelModel, ExpertMatchModel as ExpertMatchModelModel, InstitutionMatchModel as InstitutionMatchModelModel } from '../modules/register/register.service';
import { RosterCounts as RosterCountsModel } from '../modules/register/register.roster';
import { Nomination as NominationModel } from '../modules/register/register.model';
import { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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

/** What this gateway runs. */
export type About = {
  __typename?: 'About';
  /** True when the database is the embedded development engine rather than MongoDB. */
  embeddedEngine: Scalars['Boolean']['output'];
  /** Concord's version. */
  version: Scalars['String']['output'];
};

/** GANHRI accreditation of a national human-rights institution under the Paris Principles. */
export type Accreditation =
  /** Fully compliant with the Paris Principles. */
  | 'A'
  /** Partially compliant. */
  | 'B'
  /** Not accredited (or accreditation lapsed). */
  | 'NOT_ACCREDITED';

/** One record of work: an IATI activity mirrored from its publisher, or an OHCHR activity. */
export type Activity = Node & {
  __typename?: 'Activity';
  /** Actual end date. */
  actualEnd: Maybe<Scalars['Date']['output']>;
  /** Actual start date. */
  actualStart: Maybe<Scalars['Date']['output']>;
  /**
   * The writes made to this activity through the API, oldest first. Restricted to OHCHR_EDITOR and
   * ADMIN keys; anyone else gets null with a FORBIDDEN error.
   */
  auditTrail: Maybe<Array<AuditEntry>>;
  /** Budgets as published. */
  budgets: Array<Budget>;
  /** Commitment transactions summed per currency. */
  commitments: Array<Money>;
  /** The general description in `lang`, with the same fallback as `title`. */
  description: Maybe<Scalars['String']['output']>;
  /** Disbursement and expenditure transactions summed per currency. */
  disbursements: Array<Money>;
  /** True when the publisher flags the activity as humanitarian. */
  humanitarian: Scalars['Boolean']['output'];
  /** The IATI activity identifier (for OHCHR activities, the OHCHR project identifier). */
  iatiIdentifier: Scalars['String']['output'];
  /** Concord's id for the record. */
  id: Scalars['ID']['output'];
  /**
   * OHCHR's internal notes on its own activities. Restricted: editors, admins and the liaisons of
   * the organisations taking part see it; anyone else gets null with a FORBIDDEN error.
   */
  internalNotes: Maybe<Scalars['String']['output']>;
  /** IATI last-updated-datetime given by the publisher. */
  lastUpdated: Maybe<Scalars['DateTime']['output']>;
  /**
   * The id this activity had before ids became global; every ID argument still takes it.
   * @deprecated Use `id`. Legacy keys are accepted as arguments until 2027-06-30, then removed (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /** Named places and points where the activity happens. */
  locations: Array<Location>;
  /** ACTIVE, or WITHDRAWN when the source no longer publishes it. */
  mirrorState: MirrorState;
  /** Where the record comes from: IATI (mirrored) or OHCHR (entered through Concord). */
  origin: ActivityOrigin;
  /** Overlaps this activity is part of, highest score first. */
  overlaps: Array<Overlap>;
  /** Organisations taking part, with their roles. */
  participatingOrgs: Array<ParticipatingOrg>;
  /** Planned end date. */
  plannedEnd: Maybe<Scalars['Date']['output']>;
  /** Planned start date. */
  plannedStart: Maybe<Scalars['Date']['output']>;
  /** Policy markers with significance. */
  policyMarkers: Array<PolicyMarker>;
  /** Data quality: placeholder or implausible dates, missing place or title, shares not summing to 100, unknown codes; and the period analyses trust. */
  quality: ActivityQuality;
  /** Recipient countries with their shares. */
  recipientCountries: Array<CountryShare>;
  /** Recipient regions with their shares. */
  recipientRegions: Array<RegionShare>;
  /** Open recommendations concerning any of the recipient countries, newest first, at most `first`; `themeId` keeps those with one of these theme ids. */
  recommendations: Array<Recommendation>;
  /** The organisation that publishes the record. */
  reportingOrg: OrgReference;
  /** True when only the liaisons of its organisations, OHCHR editors and admins see the activity. */
  restricted: Scalars['Boolean']['output'];
  /** SDG goals ("1"–"17") from tags and SDG sectors. */
  sdgGoals: Array<Scalars['String']['output']>;
  /** SDG targets (e.g. "16.3") from tags and SDG sectors. */
  sdgTargets: Array<Scalars['String']['output']>;
  /** Sectors in every vocabulary given, with their shares. */
  sectors: Array<SectorShare>;
  /** Where and when this record was mirrored from. */
  source: Provenance;
  /** IATI ActivityStatus code (1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended). */
  status: Maybe<Scalars['String']['output']>;
  /** The status code with its codelist name. */
  statusName: Maybe<Scalars['String']['output']>;
  /** Human-rights themes derived from the activity's sectors, SDG goals and targets and policy markers, each with its rule. */
  themes: Array<ActivityTheme>;
  /** The title in `lang` (ISO 639-1); falls back to the default language, then English, then any. */
  title: Maybe<Scalars['String']['output']>;
  /** The title in every language given. */
  titles: Array<Narrative>;
  /** Problems met while reading this record from its source; the record kept what could be read. */
  warnings: Array<RecordWarning>;
};


/** One record of work: an IATI activity mirrored from its publisher, or an OHCHR activity. */
export type ActivityDescriptionArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};


/** One record of work: an IATI activity mirrored from its publisher, or an OHCHR activity. */
export type ActivityOverlapsArgs = {
  minScore?: InputMaybe<Scalars['Float']['input']>;
};


/** One record of work: an IATI activity mirrored from its publisher, or an OHCHR activity. */
export type ActivityRecommendationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  themeId?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** One record of work: an IATI activity mirrored from its publisher, or an OHCHR activity. */
export type ActivityStatusNameArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};


/** One record of work: an IATI activity mirrored from its publisher, or an OHCHR activity. */
export type ActivityTitleArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

/** A page of activities. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** The activities on this page. */
  edges: Array<ActivityEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of activities matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An activity on a page. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The activity. */
  node: Activity;
};

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

/** The data quality of an activity. */
export type ActivityQuality = {
  __typename?: 'ActivityQuality';
  /** The period overlaps and gaps use: credible dates only (actual, else planned); null when none. */
  crediblePeriod: Maybe<Period>;
  /** Where the credible end comes from; null when there is no credible period. */
  endBasis: Maybe<DateBasis>;
  /** Distinct flags, in a fixed order; empty when nothing is wrong. */
  flags: Array<ActivityQualityFlag>;
  /** Every problem with its field. */
  issues: Array<QualityIssue>;
  /** Where the credible start comes from; null when there is no credible period. */
  startBasis: Maybe<DateBasis>;
};

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

/** A theme an activity has, with the rule that gave it. */
export type ActivityTheme = {
  __typename?: 'ActivityTheme';
  /** The theme. */
  theme: Theme;
  /** The rule that produced it, e.g. "sector 1:15130 (Legal and judicial development)". */
  via: Scalars['String']['output'];
  /** Contribution of this rule in (0, 1] (sector share × rule weight). */
  weight: Scalars['Float']['output'];
};

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

/** The API key behind a change. */
export type AuditActor = {
  __typename?: 'AuditActor';
  /** The key's public id (the `<id>` of `ck_<id>_…`), as `concord keys list` shows it. */
  keyId: Maybe<Scalars['String']['output']>;
  /** The key's label. */
  label: Maybe<Scalars['String']['output']>;
  /** The key's role. */
  role: Maybe<ApiKeyRole>;
};

/** One write through the API (to an activity, or to a meeting and its decisions): who, when, what, and the fields it changed. */
export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  /** What was done (CREATE also for a meeting's creation). */
  action: AuditAction;
  /** Who: the API key that made the change. */
  actor: AuditActor;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The fields changed, with their values before and after. */
  changes: Array<FieldChange>;
  /** Concord's id for the entry. */
  id: Scalars['ID']['output'];
  /**
   * The id this entry had before ids became global.
   * @deprecated Use `id`. Removed after 2027-06-30 (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /** Why, for withdrawals. */
  reason: Maybe<Scalars['String']['output']>;
};

/** A budget line as published. */
export type Budget = {
  __typename?: 'Budget';
  /** ISO 4217 currency. */
  currency: Scalars['String']['output'];
  /** Last day of the budget period. */
  periodEnd: Maybe<Scalars['Date']['output']>;
  /** First day of the budget period. */
  periodStart: Maybe<Scalars['Date']['output']>;
  /** BudgetStatus: 1 indicative, 2 committed. */
  status: Maybe<Scalars['String']['output']>;
  /** BudgetType: 1 original, 2 revised. */
  type: Maybe<Scalars['String']['output']>;
  /** Amount. */
  value: Scalars['Float']['output'];
};

/** Budgets of one organisation for one year in one currency. */
export type BudgetYear = {
  __typename?: 'BudgetYear';
  /** Activities contributing. */
  activityCount: Scalars['Int']['output'];
  /** ISO 4217 currency. */
  currency: Scalars['String']['output'];
  /** Reporting organisation of the activities. */
  organisation: OrgReference;
  /** Sum of the activities' budgets for that year (revised budgets replace original ones for the same period). */
  value: Scalars['Float']['output'];
  /** Calendar year of the budget periods' start. */
  year: Scalars['Int']['output'];
};

/** Whether a cached answer may be shared between callers (PUBLIC) or kept by one caller only (PRIVATE). */
export type CacheControlScope =
  /** Only the caller's own cache may keep the answer. */
  | 'PRIVATE'
  /** Any cache may keep the answer and give it to anyone. */
  | 'PUBLIC';

/** A code from an IATI codelist with its name in the requested language. */
export type CodeName = {
  __typename?: 'CodeName';
  /** The code as published. */
  code: Scalars['String']['output'];
  /** Name from the IATI codelist (English unless `lang` asked otherwise and the codelist has it); null when the code is unknown. */
  name: Maybe<Scalars['String']['output']>;
};


/** A code from an IATI codelist with its name in the requested language. */
export type CodeNameNameArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

/** A meeting's decision on an overlap or a gap, with its owner and due date: a follow-up item. */
export type CoordinationDecision = Node & {
  __typename?: 'CoordinationDecision';
  /** Country codes of the subject. */
  countries: Array<Scalars['String']['output']>;
  /** When it was recorded. */
  decidedAt: Scalars['DateTime']['output'];
  /** Who recorded it: the API key's label and role. */
  decidedBy: Scalars['String']['output'];
  /** When the follow-up is due. */
  dueDate: Maybe<Scalars['Date']['output']>;
  /** Status against the due date, as of today. */
  followUp: FollowUpState;
  /** The gap, while it is still found in the meeting's period. */
  gap: Maybe<Gap>;
  /** Every change to it, oldest first (the recording included). */
  history: Array<DecisionHistoryEntry>;
  /** Concord's id for the decision. */
  id: Scalars['ID']['output'];
  /** What was decided. */
  kind: CoordinationDecisionKind;
  /**
   * The id this decision had before ids became global; every ID argument still takes it.
   * @deprecated Use `id`. Legacy keys are accepted as arguments until 2027-06-30, then removed (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /** The meeting that took it. */
  meeting: Maybe<Meeting>;
  /** Free text: reasons, what is to be done. */
  note: Maybe<Scalars['String']['output']>;
  /** The overlap, while it still exists and the caller may see both activities. */
  overlap: Maybe<Overlap>;
  /** Organisation that owns the follow-up. */
  ownerOrganisation: OrgReference;
  /** Follow-up status as last reported. */
  status: FollowUpStatus;
  /** Whether it is about an overlap or a gap. */
  subject: DecisionSubject;
  /** Id of the overlap or gap. */
  subjectId: Scalars['ID']['output'];
  /** What it was about, in words, as it stood when decided (e.g. "UN Women × UNDP in HT on democratic participation"). */
  subjectLabel: Scalars['String']['output'];
};

/** A page of decisions to follow up, earliest due date first (no due date last). */
export type CoordinationDecisionConnection = {
  __typename?: 'CoordinationDecisionConnection';
  /** The decisions on this page. */
  edges: Array<CoordinationDecisionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of decisions matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A decision on a page. */
export type CoordinationDecisionEdge = {
  __typename?: 'CoordinationDecisionEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The decision. */
  node: CoordinationDecision;
};

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

/** A recorded or updated decision. */
export type CoordinationDecisionPayload = {
  __typename?: 'CoordinationDecisionPayload';
  /** The decision. */
  decision: CoordinationDecision;
};

/**
 * A country of the IATI Country codelist (ISO 3166-1 alpha-2), with the activities that list it as
 * a recipient and the human-rights recommendations that concern it.
 */
export type Country = {
  __typename?: 'Country';
  /**
   * Activities with this recipient country, newest first (START_DATE descending). When several
   * countries ask with the same arguments, their first pages are read together.
   */
  activities: ActivityConnection;
  /** Number of active activities (visible to the caller) with this recipient country. */
  activityCount: Scalars['Int']['output'];
  /** ISO 3166-1 alpha-2 code, upper case. */
  code: Scalars['String']['output'];
  /** Name from the IATI Country codelist in `lang` ("en" or "fr"; English when the codelist has no name in that language), in reading order: "Democratic Republic of the Congo", not the codelist's index form "Congo (the Democratic Republic of the)" (that form is in `names`). */
  name: Maybe<Scalars['String']['output']>;
  /** Every name the codelist gives, one per language. */
  names: Array<Narrative>;
  /** Recommendations concerning this country, newest publication first. */
  recommendations: RecommendationConnection;
};


/**
 * A country of the IATI Country codelist (ISO 3166-1 alpha-2), with the activities that list it as
 * a recipient and the human-rights recommendations that concern it.
 */
export type CountryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A country of the IATI Country codelist (ISO 3166-1 alpha-2), with the activities that list it as
 * a recipient and the human-rights recommendations that concern it.
 */
export type CountryNameArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A country of the IATI Country codelist (ISO 3166-1 alpha-2), with the activities that list it as
 * a recipient and the human-rights recommendations that concern it.
 */
export type CountryRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of countries. */
export type CountryConnection = {
  __typename?: 'CountryConnection';
  /** The countries on this page. */
  edges: Array<CountryEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of countries in the mirror, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A country on a page. */
export type CountryEdge = {
  __typename?: 'CountryEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The country. */
  node: Country;
};

/** A recipient country and its share of the activity. */
export type CountryShare = {
  __typename?: 'CountryShare';
  /** ISO 3166-1 alpha-2 code. */
  code: Scalars['String']['output'];
  /** The country, with its activities and recommendations; null when the code is not in the IATI Country codelist. */
  country: Maybe<Country>;
  /** Country name from the IATI codelist, in reading order ("Democratic Republic of the Congo"). */
  name: Maybe<Scalars['String']['output']>;
  /** Percentage of the activity for this country, when given. */
  percentage: Maybe<Scalars['Float']['output']>;
};


/** A recipient country and its share of the activity. */
export type CountryShareNameArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

/** A recipient country and its share of the activity. */
export type CountryShareInput = {
  /** ISO 3166-1 alpha-2 code (case-insensitive). */
  code: Scalars['String']['input'];
  /** Percentage of the activity for this country (0–100). */
  percentage?: InputMaybe<Scalars['Float']['input']>;
};

/** Who works where on what: country × theme × organisation counts and budgets. */
export type Coverage = {
  __typename?: 'Coverage';
  /** Dimensions grouped by. */
  groupBy: Array<CoverageDimension>;
  /** The cells. */
  rows: Array<CoverageRow>;
  /** Activities counted in total (each once). */
  totalActivities: Scalars['Int']['output'];
  /** Budgets of those activities by currency. */
  totalBudgets: Array<Money>;
  /** 3W presence records counted in total (each once). */
  totalPresences: Scalars['Int']['output'];
  /** Of those, activities without a credible period. */
  totalUndatedActivities: Scalars['Int']['output'];
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

/** One cell of the 3W matrix. */
export type CoverageRow = {
  __typename?: 'CoverageRow';
  /** The activities of the cell (at most `first`). */
  activities: Array<Activity>;
  /** Activities in the cell. */
  activityCount: Scalars['Int']['output'];
  /** Budgets summed by currency. */
  budgets: Array<Money>;
  /** Country code, when grouped by country. */
  country: Maybe<Scalars['String']['output']>;
  /** Organisation, when grouped by organisation. */
  organisation: Maybe<OrgReference>;
  /** 3W presence records in the cell (organisation × cluster × place); activities are counted apart in `activityCount`. */
  presenceCount: Scalars['Int']['output'];
  /** Theme, when grouped by theme; activities without a human-rights theme fall under the theme "unclassified". */
  theme: Maybe<Theme>;
  /** Of those, activities without a credible period (counted only when no period is asked for). */
  undatedActivityCount: Scalars['Int']['output'];
};


/** One cell of the 3W matrix. */
export type CoverageRowActivitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** The outcome of creating a meeting. */
export type CreateMeetingResult = MeetingPayload | ValidationFailed;

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

/** A weakness of an activity's data that lowers the score of its overlaps. */
export type DataWeakness = {
  __typename?: 'DataWeakness';
  /** Factor in (0, 1] the score is multiplied by. */
  factor: Scalars['Float']['output'];
  /** OPEN_END, PLANNED_START, DISCARDED_DATE, COUNTRY_SHARES_NOT_100 or PRESENCE_ONLY (OCHA 3W presence). */
  kind: Scalars['String']['output'];
  /** What is weak, in words. */
  message: Scalars['String']['output'];
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

/** A change to a coordination decision: refetch the named decision, meeting, overlap or gap. */
export type DecisionChange = {
  __typename?: 'DecisionChange';
  /** What happened. */
  action: DecisionChangeAction;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Country codes of the overlap or gap, as the decision recorded them. */
  countries: Array<Scalars['String']['output']>;
  /** The meeting decision as it stands now; null for an overlap decision recorded outside a meeting (`recordOverlapDecision`). */
  decision: Maybe<CoordinationDecision>;
  /** The meeting that took the decision; null outside meetings. */
  meeting: Maybe<Meeting>;
  /** The overlap decided on, as it stands now (its `decision` included); null for gaps, or when its activities no longer overlap. */
  overlap: Maybe<Overlap>;
  /** Whether an overlap or a gap was decided on. */
  subject: DecisionSubject;
  /** Id of the overlap or gap decided on (`Overlap.id`, `Gap.id`). */
  subjectId: Scalars['ID']['output'];
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

/** One change to a decision: who, when, and the status, due date and note after it. */
export type DecisionHistoryEntry = {
  __typename?: 'DecisionHistoryEntry';
  /** RECORDED for the decision itself, UPDATED for a follow-up update. */
  action: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who: the API key's label and role. */
  by: Scalars['String']['output'];
  /** Due date after the change. */
  dueDate: Maybe<Scalars['Date']['output']>;
  /** Note after the change. */
  note: Maybe<Scalars['String']['output']>;
  /** Status after the change. */
  status: FollowUpStatus;
};

/** What a decision is about. */
export type DecisionSubject =
  /** A gap (subjectId is a Gap id). */
  | 'GAP'
  /** An overlap (subjectId is an Overlap id). */
  | 'OVERLAP';

/**
 * The exit strategy check of a field operation. Technical cooperation or capacity building is an
 * OHCHR activity, or any organisation's activity on a theme of institution and capacity building
 * (general human rights, administration of justice, NHRIs, governance, democratic participation,
 * human-rights education, torture prevention), in the same country.
 */
export type ExitStrategy = {
  __typename?: 'ExitStrategy';
  /** The technical-cooperation or capacity-building activities active in the last year, latest end first. */
  coveringActivities: Array<Activity>;
  /** True unless COVERED: the operation has no exit strategy in the mirror. */
  flagged: Scalars['Boolean']['output'];
  /** The operation's last year (from the day after its end date a year before, to its end; not before its start); null when open-ended. */
  lastYear: Maybe<Period>;
  /** The latest end among them; null when none, or when one has no end date. */
  latestPlanEnd: Maybe<Scalars['Date']['output']>;
  /** Why, in one sentence. */
  reason: Scalars['String']['output'];
  /** The outcome. */
  status: ExitStrategyStatus;
};

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

/**
 * An expert of the roster available for technical cooperation (paras 6, 11 and 13 of the 1999
 * resolution). Personal data: only OHCHR_EDITOR and ADMIN keys read experts; anyone reads their
 * counts (`ExpertConnection.counts`, `expertRoster`).
 */
export type Expert = Node & {
  __typename?: 'Expert';
  /** Every write to the expert (imports and mutations), oldest first. */
  auditTrail: Array<AuditEntry>;
  /** Whether the expert can take on an assignment now. */
  availability: ExpertAvailability;
  /** Countries of experience. */
  countries: Array<Country>;
  /** True when the nationality is a developing country (UN M49 convention): preferred in matches (para 11). */
  developingCountry: Scalars['Boolean']['output'];
  /** Concord's id. */
  id: Scalars['ID']['output'];
  /** The roster's identifier, unique (e.g. EXP-2026-001). */
  identifier: Scalars['String']['output'];
  /** Working languages, ISO 639-1 codes (en, fr, es, ar, …). */
  languages: Array<Scalars['String']['output']>;
  /**
   * The id this expert had before ids became global; every ID argument still takes it.
   * @deprecated Use `id`. Legacy keys are accepted as arguments until 2027-06-30, then removed (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Country of nationality. */
  nationality: Country;
  /** The nominating State and day, when a State nominated the expert. */
  nominatedBy: Maybe<Nomination>;
  /** Regions of experience: those given and those of the countries of experience. */
  regions: Array<Region>;
  /** The day the expert left the roster; null while on it. */
  removedOn: Maybe<Scalars['Date']['output']>;
  /** The year the expert joined the roster. */
  rosterYear: Scalars['Int']['output'];
  /** Themes of expertise. */
  themes: Array<Theme>;
};

/** Whether an expert of the roster can take on an assignment now. */
export type ExpertAvailability =
  /** Available for technical cooperation. */
  | 'AVAILABLE'
  /** Available for short or remote assignments only. */
  | 'LIMITED'
  /** Not available at present; left out of gap matches. */
  | 'UNAVAILABLE';

/**
 * A page of experts, by name. `totalCount` and `counts` are for anyone; `edges` (names and details)
 * need an OHCHR_EDITOR or ADMIN key and are null with a FORBIDDEN error otherwise.
 */
export type ExpertConnection = {
  __typename?: 'ExpertConnection';
  /** The experts matching, counted by theme, region and nationality group. */
  counts: ExpertCounts;
  /** The experts on this page; null without an OHCHR_EDITOR or ADMIN key. */
  edges: Maybe<Array<ExpertEdge>>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of experts matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** How many experts, by theme, region and nationality group: what anyone may read of the roster. */
export type ExpertCounts = {
  __typename?: 'ExpertCounts';
  /** Experts per nationality group, most first. */
  byNationalityGroup: Array<NationalityGroupCount>;
  /** Experts per region of experience, most first. */
  byRegion: Array<RegionCount>;
  /** Experts per theme (an expert counts under each of their themes), most first. */
  byTheme: Array<ThemeCount>;
  /** Number of experts. */
  total: Scalars['Int']['output'];
};

/** An expert on a page. */
export type ExpertEdge = {
  __typename?: 'ExpertEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The expert. */
  node: Expert;
};

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

/** An expert ranked for a gap. */
export type ExpertMatch = {
  __typename?: 'ExpertMatch';
  /** National of a developing country. */
  developingCountry: Scalars['Boolean']['output'];
  /** The expert. */
  expert: Expert;
  /** The gap's languages the expert speaks. */
  languages: Array<Scalars['String']['output']>;
  /** Experience in the gap's country or region; null for neither. */
  place: Maybe<MatchPlace>;
  /** 1 for the best match. */
  rank: Scalars['Int']['output'];
  /** Why, in ranking order: theme, language, place, developing-country expertise. */
  reasons: Array<MatchReason>;
  /** The gap's themes the expert covers. */
  themes: Array<Theme>;
};

/** An expert written. */
export type ExpertPayload = {
  __typename?: 'ExpertPayload';
  /** The expert as written. */
  expert: Expert;
};

/** The outcome of a write to the roster. */
export type ExpertResult = ExpertPayload | ValidationFailed;

/** One field's value before and after a change, as JSON text (null when it had none). */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The value after, as JSON. */
  after: Maybe<Scalars['String']['output']>;
  /** The value before, as JSON; null on creation. */
  before: Maybe<Scalars['String']['output']>;
  /** Field name, as in the mutation input (e.g. titleEn, countries). */
  field: Scalars['String']['output'];
};

/** A problem with one input field. */
export type FieldError = {
  __typename?: 'FieldError';
  /** Path of the field in the input, e.g. "countries.1.code" or "plannedEnd". */
  field: Scalars['String']['output'];
  /** What is wrong with it. */
  message: Scalars['String']['output'];
};

/**
 * An OHCHR field operation: a monitoring or preventive presence in one country for a period. Each
 * should include an exit strategy based on technical cooperation and national capacity (para 5 of
 * the founding resolution); `exitStrategy` says whether the activities in the mirror provide one.
 */
export type FieldOperation = Node & {
  __typename?: 'FieldOperation';
  /** Every write to it through the API, oldest first. OHCHR_EDITOR and ADMIN keys only; anyone else gets null with a FORBIDDEN error. */
  auditTrail: Maybe<Array<AuditEntry>>;
  /** The country, when the IATI Country codelist knows it. */
  country: Maybe<Country>;
  /** Country code (ISO 3166-1 alpha-2). */
  countryCode: Scalars['String']['output'];
  /** Last day; null while no end is set. */
  end: Maybe<Scalars['Date']['output']>;
  /** Whether technical cooperation in the country covers the operation's last year and outlasts it; computed from the activities the caller may see. */
  exitStrategy: ExitStrategy;
  /** Concord's id for the operation. */
  id: Scalars['ID']['output'];
  /** OHCHR's identifier of the operation, unique. */
  identifier: Scalars['String']['output'];
  /** Monitoring or preventive. */
  kind: FieldOperationKind;
  /**
   * The id this field operation had before ids became global; every ID argument still takes it.
   * @deprecated Use `id`. Legacy keys are accepted as arguments until 2027-06-30, then removed (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /** The mandate in a sentence. */
  mandate: Maybe<Scalars['String']['output']>;
  /** Name, e.g. "OHCHR human rights monitoring presence in Haiti". */
  name: Scalars['String']['output'];
  /** Where the operation was recorded from: a CSV file name, or "api". */
  sourceFile: Scalars['String']['output'];
  /** First day. */
  start: Scalars['Date']['output'];
  /** ACTIVE, or WITHDRAWN (kept, never deleted). */
  state: FieldOperationState;
  /** When it was last written. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of field operations, by country then start. */
export type FieldOperationConnection = {
  __typename?: 'FieldOperationConnection';
  /** The operations on this page. */
  edges: Array<FieldOperationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of operations matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A field operation on a page. */
export type FieldOperationEdge = {
  __typename?: 'FieldOperationEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The operation. */
  node: FieldOperation;
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

/** A field operation as written. */
export type FieldOperationPayload = {
  __typename?: 'FieldOperationPayload';
  /** The audit entry of this write; null when an update changed nothing. */
  auditEntry: Maybe<AuditEntry>;
  /** The operation after the write. */
  fieldOperation: FieldOperation;
};

/** The outcome of a write to a field operation. */
export type FieldOperationResult = FieldOperationPayload | ValidationFailed;

/** Whether a field operation is current. */
export type FieldOperationState =
  /** Current. */
  | 'ACTIVE'
  /** Withdrawn by an editor (recorded in error, or no longer planned); kept, with the reason in the audit trail. */
  | 'WITHDRAWN';

/** An activity following up a recommendation. */
export type FollowUpActivity = {
  __typename?: 'FollowUpActivity';
  /** The activity. */
  activity: Activity;
  /** Where it stands; null when it does not count (cancelled, suspended, or neither status nor dates). */
  stage: Maybe<FollowUpStage>;
  /** Linked by an editor, or matched. */
  via: FollowUpVia;
};

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

/** A need without a response, or a mandate without its agency. */
export type Gap = Node & {
  __typename?: 'Gap';
  /** Mandated organisations absent (MANDATED_ABSENT). */
  absentOrganisations: Array<Scalars['String']['output']>;
  /** Activities of the present organisations (MANDATED_ABSENT). */
  activities: Array<Activity>;
  /** Every country concerned. */
  countries: Array<Scalars['String']['output']>;
  /** Country code (for recommendation gaps, the first of its countries). */
  country: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Kind of gap. */
  kind: GapKind;
  /**
   * The id this gap had before ids became global (`gap_…`); every ID argument still takes it.
   * @deprecated Use `id`. Legacy keys are accepted as arguments until 2027-06-30, then removed (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /** Organisations mandated for the theme(s). */
  mandatedOrganisations: Array<Scalars['String']['output']>;
  /**
   * Experts and institutions who could act on this gap, ranked with their reasons. `language`
   * overrides the languages of the gap's countries.
   */
  matches: GapMatches;
  /** The period examined. */
  period: Maybe<Period>;
  /** How each present organisation takes part: role and activity (MANDATED_ABSENT). */
  presence: Array<GapPresence>;
  /** Organisations present instead (MANDATED_ABSENT). */
  presentOrganisations: Array<Scalars['String']['output']>;
  /** The recommendations concerned. */
  recommendations: Array<Recommendation>;
  /** Themes concerned. */
  themes: Array<Theme>;
};


/** A need without a response, or a mandate without its agency. */
export type GapMatchesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A page of gaps. */
export type GapConnection = {
  __typename?: 'GapConnection';
  /** The gaps on this page. */
  edges: Array<GapEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of gaps matching. */
  totalCount: Scalars['Int']['output'];
};

/** A gap on a page. */
export type GapEdge = {
  __typename?: 'GapEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The gap. */
  node: Gap;
};

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

/**
 * Experts and institutions who could act on a gap, best first. Only candidates sharing a theme
 * with the gap are listed; the order is theme match (more of the gap's themes first), then
 * language, then experience in the gap's country, then its region, then developing-country
 * expertise first; experts removed or UNAVAILABLE, and removed institutions, are left out.
 */
export type GapMatches = {
  __typename?: 'GapMatches';
  /** Number of experts matching, over all ranks: anyone may read it. */
  expertCount: Scalars['Int']['output'];
  /** The best-ranked experts; null with a FORBIDDEN error without an OHCHR_EDITOR or ADMIN key. */
  experts: Maybe<Array<ExpertMatch>>;
  /** Number of institutions matching. */
  institutionCount: Scalars['Int']['output'];
  /** The best-ranked institutions. */
  institutions: Array<InstitutionMatch>;
  /** The languages matched: those asked for, else those of the gap's countries (ISO 639-1). */
  languages: Array<Scalars['String']['output']>;
};

/** An organisation taking part in an activity of a gap's country and theme. */
export type GapPresence = {
  __typename?: 'GapPresence';
  /** The activity it takes part in. */
  activity: Maybe<Activity>;
  /** False when the activity has no credible period: present, but the period is unknown. */
  dated: Scalars['Boolean']['output'];
  /** Organisation identifier. */
  organisation: Scalars['String']['output'];
  /** Where the presence is recorded: IATI or OHCHR (an activity) or 3W (OCHA 3W presence; then `activity` is null). */
  origin: Scalars['String']['output'];
  /** reporting, funding, accountable, extending or implementing. */
  role: Scalars['String']['output'];
};

/** A humanitarian cluster or area of responsibility (OCHA global coordination groups). */
export type HumanitarianCluster = {
  __typename?: 'HumanitarianCluster';
  /** The cluster codes and names as the 3W file wrote them (e.g. "HEALTH_OP / Operational Presence: Health"). */
  asWritten: Array<Scalars['String']['output']>;
  /** HRinfo id (e.g. "7" for Health). */
  id: Scalars['String']['output'];
  /** Preferred English name. */
  name: Scalars['String']['output'];
};

/** What an import did with the records it read. */
export type ImportCounts = {
  __typename?: 'ImportCounts';
  /** Records new to the mirror. */
  created: Scalars['Int']['output'];
  /** Records read. */
  read: Scalars['Int']['output'];
  /** Records that could not be kept. */
  skipped: Scalars['Int']['output'];
  /** Records identical to the mirrored ones. */
  unchanged: Scalars['Int']['output'];
  /** Records that changed. */
  updated: Scalars['Int']['output'];
  /** Problems met in records that were kept. */
  warnings: Scalars['Int']['output'];
  /** Records of the same file no longer published, marked WITHDRAWN. */
  withdrawn: Scalars['Int']['output'];
};

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

/** One import of one file into the mirror: what was read, what changed, what could not be read, and how long it took. */
export type ImportRun = Node & {
  __typename?: 'ImportRun';
  /** Records read, and what became of them. */
  counts: ImportCounts;
  /** Duration in milliseconds; null while it runs. */
  durationMs: Maybe<Scalars['Float']['output']>;
  /** Why the run failed, was interrupted or was abandoned, when it was. */
  error: Maybe<Scalars['String']['output']>;
  /** File name or URL read. */
  file: Scalars['String']['output'];
  /** When the run ended; null while it runs. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Concord's id for the run (the `importRunId` of the records it wrote). */
  id: Scalars['ID']['output'];
  /** What was imported. */
  kind: ImportKind;
  /**
   * The id this run had before ids became global; every ID argument still takes it.
   * @deprecated Use `id`. Legacy keys are accepted as arguments until 2027-06-30, then removed (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /** The process that ran (or runs) the import; null on runs recorded before Concord kept it. */
  owner: Maybe<ImportRunOwner>;
  /** Data-quality flags of the activities this run wrote (created or updated), with their counts; flags no activity carries are left out. */
  qualityFlags: Array<QualityFlagCount>;
  /** Id of the INTERRUPTED or ABANDONED run of the same file that this run imported again from the start; null when the previous run of the file had finished. */
  redoesRunId: Maybe<Scalars['ID']['output']>;
  /** Records that could not be kept (first 200). */
  skippedRecords: Array<SkippedRecord>;
  /** Source name given for the whole file (e.g. UHRI), when one was. */
  source: Maybe<Scalars['String']['output']>;
  /** When the run started. */
  startedAt: Scalars['DateTime']['output'];
  /** Outcome of the run. */
  status: ImportStatus;
  /** 3W imports: organisations without a known IATI identifier (empty for other kinds). */
  unmatchedOrganisations: Array<UnmatchedOrganisation>;
  /** First warnings met while reading (first 200); each activity keeps all of its own. */
  warningSamples: Array<ImportWarningSample>;
};

/** A page of import runs. */
export type ImportRunConnection = {
  __typename?: 'ImportRunConnection';
  /** The runs on this page. */
  edges: Array<ImportRunEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of runs recorded, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An import run on a page. */
export type ImportRunEdge = {
  __typename?: 'ImportRunEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The run. */
  node: ImportRun;
};

/** The process that ran an import: how Concord tells a run still going from one whose process ended. */
export type ImportRunOwner = {
  __typename?: 'ImportRunOwner';
  /** Host name of the machine (or container) the process ran on. */
  host: Scalars['String']['output'];
  /** Process id on its host. */
  pid: Scalars['Int']['output'];
};

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

/** A problem met in a record that was kept. */
export type ImportWarningSample = {
  __typename?: 'ImportWarningSample';
  /** Element or field concerned, e.g. sector/@code. */
  element: Scalars['String']['output'];
  /** Identifier of the record. */
  identifier: Scalars['String']['output'];
  /** Line in the file, when known. */
  line: Maybe<Scalars['Int']['output']>;
  /** What was wrong and what was kept. */
  message: Scalars['String']['output'];
};

/**
 * An institution or resource centre of the compendium (para 12 of the 1999 resolution), to promote
 * South-South cooperation. Anyone reads institutions; `contact` (it may name a person) needs an
 * OHCHR_EDITOR or ADMIN key.
 */
export type Institution = Node & {
  __typename?: 'Institution';
  /** GANHRI accreditation, where known (national human-rights institutions). */
  accreditation: Maybe<Accreditation>;
  /** Every write to the institution, oldest first. OHCHR_EDITOR and ADMIN keys only. */
  auditTrail: Maybe<Array<AuditEntry>>;
  /** How to reach it. OHCHR_EDITOR and ADMIN keys only: null with a FORBIDDEN error otherwise. */
  contact: Maybe<Scalars['String']['output']>;
  /** Country where it is established. */
  country: Country;
  /** True when the country is a developing country (UN M49 convention). */
  developingCountry: Scalars['Boolean']['output'];
  /** Concord's id. */
  id: Scalars['ID']['output'];
  /** The compendium's identifier, unique. */
  identifier: Scalars['String']['output'];
  /** Kind of institution. */
  kind: InstitutionKind;
  /** Working languages, ISO 639-1; when none are recorded, those of its country. */
  languages: Array<Scalars['String']['output']>;
  /**
   * The id this institution had before ids became global; every ID argument still takes it.
   * @deprecated Use `id`. Legacy keys are accepted as arguments until 2027-06-30, then removed (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The country's region. */
  region: Maybe<Region>;
  /** The day it left the compendium; null while in it. */
  removedOn: Maybe<Scalars['Date']['output']>;
  /** Themes it specialises in. */
  themes: Array<Theme>;
};

/** A page of institutions, by name. */
export type InstitutionConnection = {
  __typename?: 'InstitutionConnection';
  /** The institutions on this page. */
  edges: Array<InstitutionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of institutions matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An institution on a page. */
export type InstitutionEdge = {
  __typename?: 'InstitutionEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The institution. */
  node: Institution;
};

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

/** An institution ranked for a gap. */
export type InstitutionMatch = {
  __typename?: 'InstitutionMatch';
  /** Located in a developing country. */
  developingCountry: Scalars['Boolean']['output'];
  /** The institution. */
  institution: Institution;
  /** The gap's languages it works in. */
  languages: Array<Scalars['String']['output']>;
  /** Located in the gap's country or region; null for neither. */
  place: Maybe<MatchPlace>;
  /** 1 for the best match. */
  rank: Scalars['Int']['output'];
  /** Why, in ranking order. */
  reasons: Array<MatchReason>;
  /** The gap's themes it covers. */
  themes: Array<Theme>;
};

/** An institution written. */
export type InstitutionPayload = {
  __typename?: 'InstitutionPayload';
  /** The institution as written. */
  institution: Institution;
};

/** The outcome of a write to the compendium. */
export type InstitutionResult = InstitutionPayload | ValidationFailed;

/** A place where the activity happens. */
export type Location = {
  __typename?: 'Location';
  /** Latitude (WGS84), when a point was given. */
  lat: Maybe<Scalars['Float']['output']>;
  /** Longitude (WGS84), when a point was given. */
  lng: Maybe<Scalars['Float']['output']>;
  /** Place name. */
  name: Maybe<Scalars['String']['output']>;
};

/** How close to the gap a candidate's experience or location is. */
export type MatchPlace =
  /** In a country of the gap. */
  | 'COUNTRY'
  /** In the region of a country of the gap. */
  | 'REGION';

/** One reason a candidate matches a gap. */
export type MatchReason = {
  __typename?: 'MatchReason';
  /** Kind of reason. */
  kind: MatchReasonKind;
  /** The reason in one sentence. */
  text: Scalars['String']['output'];
  /** What matched: theme ids, language codes, country codes or regions (empty for DEVELOPING_COUNTRY). */
  values: Array<Scalars['String']['output']>;
};

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

/** A coordination meeting: who met, when, and on which countries and themes. */
export type Meeting = Node & {
  __typename?: 'Meeting';
  /** Open overlaps and gaps in scope, and those this meeting decided on. */
  agenda: MeetingAgenda;
  /** Every write to the meeting and its decisions, oldest first. OHCHR_EDITOR and ADMIN keys only. */
  auditTrail: Maybe<Array<AuditEntry>>;
  /** Country codes in scope (ISO 3166-1 alpha-2); empty: every country. */
  countries: Array<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it: the API key's label and role. */
  createdBy: Scalars['String']['output'];
  /** Day of the meeting. */
  date: Scalars['Date']['output'];
  /** Decisions recorded in this meeting, oldest first. */
  decisions: Array<CoordinationDecision>;
  /** Concord's id for the meeting. */
  id: Scalars['ID']['output'];
  /**
   * The id this meeting had before ids became global; every ID argument still takes it.
   * @deprecated Use `id`. Legacy keys are accepted as arguments until 2027-06-30, then removed (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /**
   * The minutes in one of the report formats: summary, coverage, overlaps and gaps in scope, the
   * meeting's decisions with owners and due dates, and budgets by organisation and year.
   */
  minutes: ReportFile;
  /** Identifiers of the participating organisations. */
  organisations: Array<OrgReference>;
  /** Period the agenda examines for gaps and overlaps; null: the meeting's day. */
  period: Maybe<Period>;
  /** Themes in scope; empty: every theme. */
  themes: Array<Theme>;
  /** Title, e.g. "Haiti coordination group, March". */
  title: Scalars['String']['output'];
};


/** A coordination meeting: who met, when, and on which countries and themes. */
export type MeetingMinutesArgs = {
  format?: ReportFormat;
};

/** What a meeting has to look at. */
export type MeetingAgenda = {
  __typename?: 'MeetingAgenda';
  /** Gaps in scope without a decision, or decided in this meeting. */
  gaps: Array<Gap>;
  /** Overlaps in scope without a decision, or decided in this meeting; highest score first. */
  overlaps: Array<Overlap>;
};

/** A page of meetings, latest date first. */
export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  /** The meetings on this page. */
  edges: Array<MeetingEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of meetings, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A meeting on a page. */
export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The meeting. */
  node: Meeting;
};

/** A created meeting. */
export type MeetingPayload = {
  __typename?: 'MeetingPayload';
  /** The meeting. */
  meeting: Meeting;
};

/** Lifecycle of a record in the mirror. */
export type MirrorState =
  /** Published by its source at the last import. */
  | 'ACTIVE'
  /** No longer in its source's dataset; kept, never silently deleted. */
  | 'WITHDRAWN';

/** An amount of money. */
export type Money = {
  __typename?: 'Money';
  /** The amount as a decimal string with the currency's minor-unit digits, e.g. "1234567.89". */
  amount: Scalars['String']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
  /** Amount in that currency, rounded to the currency's minor unit. */
  value: Scalars['Float']['output'];
};

/** An amount of money. */
export type MoneyInput = {
  /** ISO 4217 currency code. */
  currency: Scalars['String']['input'];
  /** Amount (≥ 0). */
  value: Scalars['Float']['input'];
};

/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an expert to the roster. OHCHR_EDITOR or ADMIN key. */
  createExpert: ExpertResult;
  /** Records a field operation. Needs an OHCHR_EDITOR or ADMIN key. */
  createFieldOperation: FieldOperationResult;
  /** Adds an institution to the compendium. OHCHR_EDITOR or ADMIN key. */
  createInstitution: InstitutionResult;
  /** Creates a coordination meeting. Needs an OHCHR_EDITOR or ADMIN key. */
  createMeeting: CreateMeetingResult;
  /** Creates an OHCHR technical-cooperation activity. Needs an OHCHR_EDITOR or ADMIN key. */
  createOhchrActivity: OhchrActivityResult;
  /**
   * Records a meeting's decision on an overlap or gap of its agenda; on an overlap it is also the
   * overlap's latest decision. Needs an OHCHR_EDITOR or ADMIN key.
   */
  recordMeetingDecision: RecordMeetingDecisionResult;
  /** Records a coordination meeting's decision on an overlap. Needs an OHCHR_EDITOR or ADMIN key. */
  recordOverlapDecision: RecordOverlapDecisionResult;
  /** Removes an expert from the roster on `on` (default today); the record is kept for the yearly report. OHCHR_EDITOR or ADMIN key. */
  removeExpert: ExpertResult;
  /** Removes an institution from the compendium on `on` (default today); the record is kept. OHCHR_EDITOR or ADMIN key. */
  removeInstitution: InstitutionResult;
  /** Changes fields of an expert. OHCHR_EDITOR or ADMIN key. */
  updateExpert: ExpertResult;
  /** Changes fields of an active field operation. Needs an OHCHR_EDITOR or ADMIN key. */
  updateFieldOperation: FieldOperationResult;
  /** Updates a follow-up's status, due date or note. Needs an OHCHR_EDITOR or ADMIN key, or a LIAISON key of the owner organisation. */
  updateFollowUp: UpdateFollowUpResult;
  /** Changes fields of an institution. OHCHR_EDITOR or ADMIN key. */
  updateInstitution: InstitutionResult;
  /** Changes fields of an active OHCHR activity; fields left out keep their value, null clears an optional one. Needs an OHCHR_EDITOR or ADMIN key. */
  updateOhchrActivity: OhchrActivityResult;
  /** Links or unlinks follow-up activities, and records the resources required and the specific-project flag. Needs an OHCHR_EDITOR or ADMIN key. */
  updateRecommendationFollowUp: RecommendationFollowUpResult;
  /** Marks a field operation WITHDRAWN, recording why. Needs an OHCHR_EDITOR or ADMIN key. */
  withdrawFieldOperation: FieldOperationResult;
  /** Marks an OHCHR activity WITHDRAWN (it is kept, never deleted), recording why. Needs an OHCHR_EDITOR or ADMIN key. */
  withdrawOhchrActivity: OhchrActivityResult;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationCreateExpertArgs = {
  input: CreateExpertInput;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationCreateFieldOperationArgs = {
  input: CreateFieldOperationInput;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationCreateInstitutionArgs = {
  input: CreateInstitutionInput;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationCreateMeetingArgs = {
  input: CreateMeetingInput;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationCreateOhchrActivityArgs = {
  input: CreateOhchrActivityInput;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationRecordMeetingDecisionArgs = {
  input: RecordMeetingDecisionInput;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationRecordOverlapDecisionArgs = {
  decision: OverlapDecisionKind;
  note?: InputMaybe<Scalars['String']['input']>;
  overlapId: Scalars['ID']['input'];
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationRemoveExpertArgs = {
  id: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationRemoveInstitutionArgs = {
  id: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationUpdateExpertArgs = {
  id: Scalars['ID']['input'];
  input: UpdateExpertInput;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationUpdateFieldOperationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateFieldOperationInput;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationUpdateFollowUpArgs = {
  input: UpdateFollowUpInput;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationUpdateInstitutionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateInstitutionInput;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationUpdateOhchrActivityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOhchrActivityInput;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationUpdateRecommendationFollowUpArgs = {
  input: UpdateRecommendationFollowUpInput;
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationWithdrawFieldOperationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Writes. Each mutation answers with a result type: the written record, or `ValidationFailed` listing
 * every problem with the input (nothing is written then). Errors (FORBIDDEN, NOT_FOUND) are kept for
 * requests that cannot be answered at all.
 */
export type MutationWithdrawOhchrActivityArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Text in one language. */
export type Narrative = {
  __typename?: 'Narrative';
  /** ISO 639-1 language code, lower case. */
  lang: Scalars['String']['output'];
  /** The text. */
  text: Scalars['String']['output'];
};

/** Experts of one nationality group: the region of their nationality, developing country or not. */
export type NationalityGroupCount = {
  __typename?: 'NationalityGroupCount';
  /** Number of experts. */
  count: Scalars['Int']['output'];
  /** Nationals of developing countries (true) or of developed ones (false). */
  developingCountry: Scalars['Boolean']['output'];
  /** Region of the nationality; null for a nationality outside the five regions. */
  region: Maybe<Region>;
};

/**
 * A record that can be fetched again by its global id with `node(id:)` (Relay's global object
 * identification). The id is opaque: pass it back as it is, do not build or parse it.
 */
export type Node = {
  /** Global id of the record, unique across all types and kept when its source file is imported again. */
  id: Scalars['ID']['output'];
};

/** The State that nominated an expert to the roster (para 11 of the 1999 resolution), and when. */
export type Nomination = {
  __typename?: 'Nomination';
  /** The day of the nomination. */
  date: Scalars['Date']['output'];
  /** The nominating State. */
  state: Country;
};

/** A nomination as input. */
export type NominationInput = {
  /** The day of the nomination, YYYY-MM-DD (not after the roster year). */
  date: Scalars['Date']['input'];
  /** The nominating State, ISO alpha-2. */
  state: Scalars['String']['input'];
};

/** An OHCHR activity as written. */
export type OhchrActivityPayload = {
  __typename?: 'OhchrActivityPayload';
  /** The activity after the write. */
  activity: Activity;
  /** The audit entry of this write; null when an update changed nothing. */
  auditEntry: Maybe<AuditEntry>;
};

/** The outcome of a write to an OHCHR activity. */
export type OhchrActivityResult = OhchrActivityPayload | ValidationFailed;

/** An organisation as a record names it. */
export type OrgReference = {
  __typename?: 'OrgReference';
  /** Acronym: from Concord's known organisations, or as the 3W files write it for an organisation known only from 3W (e.g. "ASCHIANA" for AF-3W-ASCHIANA). */
  acronym: Maybe<Scalars['String']['output']>;
  /** Name as published. */
  name: Maybe<Scalars['String']['output']>;
  /** The organisation Concord knows under this identifier, if any. */
  organisation: Maybe<Organisation>;
  /** Organisation identifier, when the publisher gave one. */
  ref: Maybe<Scalars['String']['output']>;
  /** IATI OrganisationType code. */
  type: Maybe<Scalars['String']['output']>;
};

/** An organisation: a UN agency, OHCHR, a donor or an implementing partner. */
export type Organisation = Node & {
  __typename?: 'Organisation';
  /** Short name, e.g. UNDP. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Activities this organisation reports, newest first. */
  activities: ActivityConnection;
  /** Concord's id for the organisation. */
  id: Scalars['ID']['output'];
  /**
   * The id this organisation had before ids became global (the organisation is found by `ref`).
   * @deprecated Use `id`, or `ref` for the IATI organisation identifier. Removed after 2027-06-30 (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /** Full name. */
  name: Maybe<Scalars['String']['output']>;
  /** Activities this organisation takes part in (in one of `role` when given: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing), newest first. */
  participatingActivities: ActivityConnection;
  /** Organisation identifier, IATI style (e.g. XM-DAC-41114 for UNDP; XM-DAC-41313 for OHCHR). */
  ref: Scalars['String']['output'];
  /** IATI OrganisationType code and name (e.g. 40 Multilateral). */
  type: Maybe<CodeName>;
};


/** An organisation: a UN agency, OHCHR, a donor or an implementing partner. */
export type OrganisationActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: a UN agency, OHCHR, a donor or an implementing partner. */
export type OrganisationParticipatingActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The organisations on this page. */
  edges: Array<OrganisationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of organisations matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An organisation on a page. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organisation;
};

/** Two activities of different organisations sharing a country and a theme in intersecting periods. */
export type Overlap = Node & {
  __typename?: 'Overlap';
  /** The two activities. */
  activities: Array<Activity>;
  /** Country codes both activities list. */
  countries: Array<Scalars['String']['output']>;
  /** The latest decision, null while undecided. */
  decision: Maybe<OverlapDecision>;
  /** Every decision recorded, newest first. */
  decisions: Array<OverlapDecision>;
  /** Which dates were used and which data weaknesses lowered the score. */
  explanation: Maybe<OverlapExplanation>;
  /** Stable id, derived from the two activities: it survives re-imports while they still overlap. */
  id: Scalars['ID']['output'];
  /** Possible duplication or complementary. */
  kind: OverlapKind;
  /** Why the kind: UNIVERSAL_MANDATE, DISTINCT_MANDATES, BELOW_THRESHOLD, SAME_MANDATES or NO_MANDATE. */
  kindReason: Scalars['String']['output'];
  /**
   * The id this overlap had before ids became global (`ovl_…`); every ID argument still takes it.
   * @deprecated Use `id`. Legacy keys are accepted as arguments until 2027-06-30, then removed (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /** The two organisations (reporting organisations of the activities). */
  organisations: Array<OrgReference>;
  /** Intersection of the two periods. */
  period: Period;
  /** 0.4 × theme + 0.35 × time + 0.25 × country, in [0, 1]. */
  score: Scalars['Float']['output'];
  /** The parts of the score. */
  scoreParts: OverlapScoreParts;
  /** Themes both activities have. */
  themes: Array<Theme>;
};

/** Activities of one country × theme connected by overlaps. */
export type OverlapCluster = Node & {
  __typename?: 'OverlapCluster';
  /** The member activities. */
  activities: Array<Activity>;
  /** Country code. */
  country: Scalars['String']['output'];
  /** Stable id, changes when membership changes. */
  id: Scalars['ID']['output'];
  /**
   * The id this cluster had before ids became global (`clu_…`).
   * @deprecated Use `id`. Removed after 2027-06-30 (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /** Organisation identifiers of the members. */
  organisations: Array<Scalars['String']['output']>;
  /** Overlaps inside the cluster. */
  overlapCount: Scalars['Int']['output'];
  /** Earliest start to latest end of the members. */
  period: Period;
  /** The theme. */
  theme: Theme;
};

/** A page of clusters, largest first. */
export type OverlapClusterConnection = {
  __typename?: 'OverlapClusterConnection';
  /** The clusters on this page. */
  edges: Array<OverlapClusterEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of clusters matching. */
  totalCount: Scalars['Int']['output'];
};

/** A cluster on a page. */
export type OverlapClusterEdge = {
  __typename?: 'OverlapClusterEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The cluster. */
  node: OverlapCluster;
};

/** A page of overlaps, highest score first. */
export type OverlapConnection = {
  __typename?: 'OverlapConnection';
  /** The overlaps on this page. */
  edges: Array<OverlapEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of overlaps matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A decision recorded on an overlap. */
export type OverlapDecision = Node & {
  __typename?: 'OverlapDecision';
  /** When. */
  decidedAt: Scalars['DateTime']['output'];
  /** Who recorded it: the API key's label and role. */
  decidedBy: Scalars['String']['output'];
  /** What was decided. */
  decision: OverlapDecisionKind;
  /** Decision id. */
  id: Scalars['ID']['output'];
  /**
   * The id this decision had before ids became global.
   * @deprecated Use `id`. Removed after 2027-06-30 (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /** Free text: reasons, follow-up. */
  note: Maybe<Scalars['String']['output']>;
  /** The overlap decided on. */
  overlapId: Scalars['ID']['output'];
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

/** A recorded decision. */
export type OverlapDecisionPayload = {
  __typename?: 'OverlapDecisionPayload';
  /** The decision. */
  decision: OverlapDecision;
  /** The overlap it is about. */
  overlap: Overlap;
};

/** An overlap on a page. */
export type OverlapEdge = {
  __typename?: 'OverlapEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The overlap. */
  node: Overlap;
};

/** Which dates an overlap rests on and why its score is what it is. */
export type OverlapExplanation = {
  __typename?: 'OverlapExplanation';
  /** Factor the score was multiplied by for weak data (1: none). */
  reliability: Scalars['Float']['output'];
  /** The two activities' dates and weaknesses, in the order of `activities`. */
  sides: Array<OverlapSide>;
  /** One paragraph for a coordination meeting. */
  summary: Scalars['String']['output'];
};

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

/** The three parts of an overlap's score, each in [0, 1]. */
export type OverlapScoreParts = {
  __typename?: 'OverlapScoreParts';
  /** Sum over shared countries of the smaller of the two shares, capped at 1. */
  country: Scalars['Float']['output'];
  /** Product of both activities' data-weakness factors (1 when their data are sound); multiplies the score. */
  reliability: Scalars['Float']['output'];
  /** Weighted Jaccard similarity of the two activities' themes. */
  theme: Scalars['Float']['output'];
  /** Days of the intersection / days of the shorter period (open ends counted to today). */
  time: Scalars['Float']['output'];
};

/** The dates one activity of an overlap was placed in time by. */
export type OverlapSide = {
  __typename?: 'OverlapSide';
  /** The activity. */
  activity: Maybe<Activity>;
  /** Where the end comes from (OPEN: no end, in implementation). */
  endBasis: DateBasis;
  /** Its organisation (reporting organisation identifier). */
  organisation: Scalars['String']['output'];
  /** Where this side comes from: IATI, OHCHR or 3W. */
  origin: Scalars['String']['output'];
  /** The credible period used. */
  period: Period;
  /** For a 3W side: its presence records in the country (organisation × cluster, every place). */
  presences: Array<Presence>;
  /** Where the start comes from. */
  startBasis: DateBasis;
  /** Weaknesses of its data that lowered the score. */
  weaknesses: Array<DataWeakness>;
};

/** Relay page information for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` to get the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede the first edge (known only when paging backwards or after a cursor). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, null on an empty page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** An organisation taking part in an activity. */
export type ParticipatingOrg = {
  __typename?: 'ParticipatingOrg';
  /** Name as published. */
  name: Maybe<Scalars['String']['output']>;
  /** The organisation Concord knows under this identifier, if any. */
  organisation: Maybe<Organisation>;
  /** Organisation identifier, when the publisher gave one. */
  ref: Maybe<Scalars['String']['output']>;
  /** IATI OrganisationRole: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing; null if unreadable. */
  role: Maybe<Scalars['Int']['output']>;
  /** The role's codelist name. */
  roleName: Maybe<Scalars['String']['output']>;
  /** IATI OrganisationType code. */
  type: Maybe<Scalars['String']['output']>;
};


/** An organisation taking part in an activity. */
export type ParticipatingOrgRoleNameArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

/** An organisation taking part in an OHCHR activity besides OHCHR (which is always listed as accountable). */
export type ParticipatingOrgInput = {
  /** Organisation identifier, e.g. XM-DAC-41114 for UNDP. */
  ref: Scalars['String']['input'];
  /** IATI OrganisationRole: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing. */
  role?: InputMaybe<Scalars['Int']['input']>;
};

/** A period of time; either end may be open. */
export type Period = {
  __typename?: 'Period';
  /** Last day, null when open-ended. */
  end: Maybe<Scalars['Date']['output']>;
  /** First day, null when unknown. */
  start: Maybe<Scalars['Date']['output']>;
};

/** An IATI policy marker. */
export type PolicyMarker = {
  __typename?: 'PolicyMarker';
  /** Marker code (e.g. 1 gender equality). */
  code: Scalars['String']['output'];
  /** Codelist name of the marker. */
  name: Maybe<Scalars['String']['output']>;
  /** PolicySignificance (0 not targeted … 4 explicit primary objective). */
  significance: Maybe<Scalars['String']['output']>;
  /** PolicyMarkerVocabulary (1 = OECD DAC CRS). */
  vocabulary: Scalars['String']['output'];
};


/** An IATI policy marker. */
export type PolicyMarkerNameArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Field presence from an OCHA 3W ("Who does What Where") file: one organisation in one humanitarian
 * cluster in one place (admin-1, and admin-2 when the file has it) during the file's period. Not an
 * activity: 3W files carry no titles, budgets or identifiers, only who is on the ground where.
 */
export type Presence = Node & {
  __typename?: 'Presence';
  /** The global cluster (OCHA coordination group) the file's cluster is. */
  cluster: HumanitarianCluster;
  /** Country (ISO 3166-1 alpha-2). */
  country: Scalars['String']['output'];
  /** Stable id of the record. */
  id: Scalars['ID']['output'];
  /**
   * The id this presence record had before ids became global.
   * @deprecated Use `id`. Removed after 2027-06-30 (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /** ACTIVE, or WITHDRAWN when a newer 3W file of the same country and period no longer lists it. */
  mirrorState: MirrorState;
  /** The organisation: its IATI organisation identifier when the reviewed alias list knows it, else a 3W identity of its own (<country>-3W-<ACRONYM>). */
  organisation: OrgReference;
  /** Acronym as the 3W file writes it. */
  organisationAcronym: Maybe<Scalars['String']['output']>;
  /** True when the organisation was matched to an IATI organisation identifier. */
  organisationIdentified: Scalars['Boolean']['output'];
  /** Organisation type as the 3W file writes it (e.g. "United Nations", "National NGO"). */
  organisationType: Maybe<Scalars['String']['output']>;
  /** Always "3W": where the record comes from, beside activities' IATI and OHCHR. */
  origin: Scalars['String']['output'];
  /** The 3W file's period. */
  period: Period;
  /** Where in the country. */
  place: PresencePlace;
  /** File, rows and import run it came from. */
  provenance: PresenceProvenance;
  /** Concord themes of the cluster (empty: no human-rights theme). */
  themes: Array<Theme>;
};

/** A page of presences. */
export type PresenceConnection = {
  __typename?: 'PresenceConnection';
  /** The presences of this page. */
  edges: Array<PresenceEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Presences matching the filter (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A presence on a page. */
export type PresenceEdge = {
  __typename?: 'PresenceEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The presence. */
  node: Presence;
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

/** A place of a 3W presence: P-codes and names as the file gives them. */
export type PresencePlace = {
  __typename?: 'PresencePlace';
  /** Admin-1 P-code (e.g. AF01). */
  adm1Code: Maybe<Scalars['String']['output']>;
  /** Admin-1 name (province, state, region). */
  adm1Name: Maybe<Scalars['String']['output']>;
  /** Admin-2 P-code (e.g. AF0101). */
  adm2Code: Maybe<Scalars['String']['output']>;
  /** Admin-2 name (district, LGA). */
  adm2Name: Maybe<Scalars['String']['output']>;
};

/** Where a presence record came from. */
export type PresenceProvenance = {
  __typename?: 'PresenceProvenance';
  /** The 3W file's name. */
  file: Scalars['String']['output'];
  /** When HDX last changed the file (from its HDX metadata), when known. */
  fileModified: Maybe<Scalars['String']['output']>;
  /** The HDX metadata file that gave the country or period, when one did. */
  hdxMetadata: Maybe<Scalars['String']['output']>;
  /** The import run that last wrote the record. */
  importRunId: Scalars['ID']['output'];
  /** When that run started. */
  importedAt: Scalars['DateTime']['output'];
  /** Lines (CSV) or row numbers (XLSX) of the file's rows behind this record. */
  rows: Array<Scalars['Int']['output']>;
  /** Source name: "OCHA 3W". */
  source: Scalars['String']['output'];
};

/** Where and when a record was mirrored from. */
export type Provenance = {
  __typename?: 'Provenance';
  /** File name or URL read. */
  file: Scalars['String']['output'];
  /** sha256 of the normalised record; unchanged when a re-import brings nothing new. */
  hash: Scalars['String']['output'];
  /** The import run that last wrote the record. */
  importRunId: Scalars['ID']['output'];
  /** When Concord imported it. */
  importedAt: Scalars['DateTime']['output'];
  /** IATI last-updated-datetime of the activity, as published. */
  lastUpdated: Maybe<Scalars['DateTime']['output']>;
  /** Source name (UNDP, WHO, OHCHR, …). */
  name: Scalars['String']['output'];
};

/** How many activities carry a data-quality flag. */
export type QualityFlagCount = {
  __typename?: 'QualityFlagCount';
  /** Activities carrying it. */
  count: Scalars['Int']['output'];
  /** The flag. */
  flag: ActivityQualityFlag;
};

/** One data-quality problem of an activity. */
export type QualityIssue = {
  __typename?: 'QualityIssue';
  /** Field concerned, e.g. actualStart, recipientCountries. */
  field: Scalars['String']['output'];
  /** The flag it raises. */
  flag: ActivityQualityFlag;
  /** What is wrong, in words. */
  message: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Concord's version and the engine it runs on. */
  about: About;
  /**
   * Activities matching `filter`: `first` at a time (at most 500) after the cursor `after`, or
   * `last` at a time before the cursor `before` (paging backwards). Default: the first 20.
   */
  activities: ActivityConnection;
  /** One activity by Concord id, or by IATI identifier. */
  activity: Maybe<Activity>;
  /**
   * The analytical report on progress, concrete achievements and obstacles (para 20 of the founding
   * resolution) for a period, per country and theme: activities completed, recommendations whose
   * follow-up moved, decisions done; open gaps, overdue decisions, field operations without an exit
   * strategy, data-quality problems. Without `period`, the last calendar year; activities as the
   * caller may see them. The same report as `GET /reports/analytical` and `concord report analytical`.
   */
  analyticalReport: ReportFile;
  /** Published budgets of the activities matching the filter, by reporting organisation, year and currency. */
  budgetsByYear: Array<BudgetYear>;
  /**
   * Countries that appear in the mirror, by code: recipient countries of the activities the caller
   * may see, and countries of recommendations.
   */
  countries: CountryConnection;
  /** A country by ISO 3166-1 alpha-2 code (any case); null when the code is not in the IATI Country codelist. */
  country: Maybe<Country>;
  /** The 3W matrix grouped by the given dimensions (default country × theme × organisation). */
  coverage: Coverage;
  /** One expert by id. OHCHR_EDITOR and ADMIN keys only. */
  expert: Maybe<Expert>;
  /**
   * The roster's yearly report (para 13): experts added and removed in `year` and the roster on
   * 31 December counted by theme, region and nationality group, in one of the report formats.
   * Names of the experts added and removed need an OHCHR_EDITOR or ADMIN key; without one the
   * report gives their numbers only.
   */
  expertRoster: ReportFile;
  /** Experts of the roster, by name. Anyone gets the counts; names and details need an OHCHR_EDITOR or ADMIN key. */
  experts: ExpertConnection;
  /** One field operation by Concord id or by OHCHR identifier. */
  fieldOperation: Maybe<FieldOperation>;
  /** OHCHR field operations, by country then start date; each with its exit-strategy check. */
  fieldOperations: FieldOperationConnection;
  /** Decisions to follow up across meetings, earliest due date first. */
  followUps: CoordinationDecisionConnection;
  /** Gaps: unaddressed recommendations, absent mandated organisations, recommendations without follow-up. */
  gaps: GapConnection;
  /** Import runs, newest first, `first` at a time after the cursor `after`. */
  importRuns: ImportRunConnection;
  /** One institution by id. */
  institution: Maybe<Institution>;
  /** Institutions and resource centres of the compendium, by name. */
  institutions: InstitutionConnection;
  /** One meeting by id. */
  meeting: Maybe<Meeting>;
  /** Meetings, latest date first. */
  meetings: MeetingConnection;
  /** The record with this global id; null when there is none or the caller may not see it. */
  node: Maybe<Node>;
  /** The records with these global ids (at most 500), in order; null for each one missing or not visible. */
  nodes: Array<Maybe<Node>>;
  /** One organisation by its identifier (e.g. XM-DAC-41114). */
  organisation: Maybe<Organisation>;
  /** Organisations known to Concord, by identifier. */
  organisations: OrganisationConnection;
  /** One overlap by id. */
  overlap: Maybe<Overlap>;
  /** Groups of mutually overlapping activities per country × theme, largest first. */
  overlapClusters: OverlapClusterConnection;
  /** Overlaps across organisations, highest score first (computed once per mirror change, then cached). */
  overlaps: OverlapConnection;
  /** 3W field presence (organisation × cluster × place), in stable order; the 3W layer beside `activities`. */
  presences: PresenceConnection;
  /** Data-quality flags of the visible activities matching `filter`, with their counts. */
  qualitySummary: Array<QualityFlagCount>;
  /** One recommendation by Concord id, or by UHRI AnnotationId. */
  recommendation: Maybe<Recommendation>;
  /** Recommendations matching `filter`, newest publication first, `first` at a time after the cursor `after`. */
  recommendations: RecommendationConnection;
  /** DAC regions (RegionVocabulary 1) that the activities the caller may see list, with their codelist names. */
  regions: Array<CodeName>;
  /** One theme by id. */
  theme: Maybe<Theme>;
  /** Every theme of the taxonomy. */
  themes: Array<Theme>;
  /** Who this request is made as: check an API key without touching data. */
  viewer: Viewer;
};


export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ActivityOrder>;
};


export type QueryActivityArgs = {
  iatiIdentifier?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAnalyticalReportArgs = {
  country?: InputMaybe<Array<Scalars['String']['input']>>;
  format?: ReportFormat;
  period?: InputMaybe<DateRange>;
};


export type QueryBudgetsByYearArgs = {
  filter?: InputMaybe<CoverageFilter>;
};


export type QueryCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCountryArgs = {
  code: Scalars['String']['input'];
};


export type QueryCoverageArgs = {
  filter?: InputMaybe<CoverageFilter>;
  groupBy?: InputMaybe<Array<CoverageDimension>>;
};


export type QueryExpertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExpertRosterArgs = {
  format?: ReportFormat;
  year: Scalars['Int']['input'];
};


export type QueryExpertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFieldOperationArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  identifier?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFieldOperationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FieldOperationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFollowUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FollowUpFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GapFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryImportRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInstitutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOrganisationArgs = {
  ref: Scalars['String']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOverlapArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOverlapClustersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OverlapFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOverlapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OverlapFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPresencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PresenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQualitySummaryArgs = {
  filter?: InputMaybe<ActivityFilter>;
};


export type QueryRecommendationArgs = {
  annotationId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryThemeArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A human-rights recommendation of a treaty body, a special procedure or the Universal Periodic
 * Review, in the shape of OHCHR's Universal Human Rights Index (UHRI), with its follow-up in Concord.
 */
export type Recommendation = Node & {
  __typename?: 'Recommendation';
  /** UHRI affected persons, e.g. "Children", "Women & girls". */
  affectedPersons: Array<Scalars['String']['output']>;
  /** UHRI AnnotationId, unique per recommendation. */
  annotationId: Scalars['String']['output'];
  /** The mechanism that made the recommendation. */
  body: RecommendationBody;
  /** The countries concerned that the IATI Country codelist knows. */
  countries: Array<Country>;
  /** Codes (ISO 3166-1 alpha-2) of the countries concerned, as stored. */
  countryCodes: Array<Scalars['String']['output']>;
  /**
   * Its follow-up (paras 15–16 of the founding resolution): the activities following it up, where
   * that stands, and the resources required against those identified.
   */
  followUp: RecommendationFollowUp;
  /** Every write to its follow-up through the API, oldest first. OHCHR_EDITOR and ADMIN keys only; anyone else gets null with a FORBIDDEN error. */
  followUpAuditTrail: Maybe<Array<AuditEntry>>;
  /** Concord's id for the recommendation. */
  id: Scalars['ID']['output'];
  /**
   * The id this recommendation had before ids became global; every ID argument still takes it.
   * @deprecated Use `id`. Legacy keys are accepted as arguments until 2027-06-30, then removed (see docs/changelog.md).
   */
  legacyId: Scalars['ID']['output'];
  /** Activities recorded as following up this recommendation (those the caller may see). */
  linkedActivities: Array<Activity>;
  /** Publication date of the document; null when a record stored before dates were validated holds no calendar date. */
  publicationDate: Maybe<Scalars['Date']['output']>;
  /** UHRI regions, as published. */
  regions: Array<Scalars['String']['output']>;
  /** SDG goals ("16") or targets ("16.3"), as published. */
  sdgs: Array<Scalars['String']['output']>;
  /** Where and when the recommendation was imported from. */
  source: RecommendationSource;
  /** Follow-up status in Concord. */
  status: RecommendationStatus;
  /** UN document symbol the recommendation was published in. */
  symbol: Scalars['String']['output'];
  /** Text of the recommendation. */
  text: Scalars['String']['output'];
  /** Concord theme ids the UHRI themes map to (see `themes`). */
  themeIds: Array<Scalars['String']['output']>;
  /** UHRI theme names, as published. */
  themes: Array<Scalars['String']['output']>;
  /** UPR only: the position of the State under review. */
  uprPosition: Maybe<UprPosition>;
  /** UPR only: the State that made the recommendation. */
  uprRecommendingState: Maybe<Scalars['String']['output']>;
};

/** The mechanism that made a recommendation. */
export type RecommendationBody = {
  __typename?: 'RecommendationBody';
  /** Its name, e.g. "Committee on the Rights of the Child", "Special Rapporteur on the right to food", "UPR". */
  name: Scalars['String']['output'];
  /** Kind of mechanism. */
  type: RecommendationBodyType;
};

/** Kinds of human-rights mechanisms. */
export type RecommendationBodyType =
  /** A special procedure of the Human Rights Council (special rapporteur, working group, independent expert). */
  | 'SPECIAL_PROCEDURE'
  /** A treaty body (committee of a human-rights treaty). */
  | 'TREATY_BODY'
  /** The Universal Periodic Review. */
  | 'UPR';

/** A page of recommendations. */
export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  /** The recommendations on this page. */
  edges: Array<RecommendationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of recommendations matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A recommendation on a page. */
export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The recommendation. */
  node: Recommendation;
};

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

/** The follow-up of a recommendation. */
export type RecommendationFollowUp = {
  __typename?: 'RecommendationFollowUp';
  /** Linked activities first, then matched ones; only those the caller may see (restricted ones count for their organisations' liaisons, editors and admins). */
  activities: Array<FollowUpActivity>;
  /** Derived from the follow-up activities' stages. */
  progress: FollowUpProgress;
  /** The project proposed, in a sentence. */
  projectProposal: Maybe<Scalars['String']['output']>;
  /** True when the recommendation proposes a specific project (para 16). */
  proposesSpecificProject: Scalars['Boolean']['output'];
  /** The budgets of the linked activities the caller may see, per currency (matched ones are not counted: they were not committed to it). */
  resourcesIdentified: Array<Money>;
  /** The resources required to implement it, as entered by an editor; null when none were. */
  resourcesRequired: Maybe<Money>;
  /** What the identified budgets in the required currency leave uncovered (0 or more; other currencies are not converted); null without a requirement. */
  resourcesUncovered: Maybe<Money>;
  /** When an editor last changed the follow-up; null when never. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A recommendation after a change to its follow-up. */
export type RecommendationFollowUpPayload = {
  __typename?: 'RecommendationFollowUpPayload';
  /** The audit entry of the change; null when nothing changed. */
  auditEntry: Maybe<AuditEntry>;
  /** The recommendation. */
  recommendation: Recommendation;
};

/** The outcome of a change to a recommendation's follow-up. */
export type RecommendationFollowUpResult = RecommendationFollowUpPayload | ValidationFailed;

/** Where and when a recommendation was imported from. */
export type RecommendationSource = {
  __typename?: 'RecommendationSource';
  /** File name read. */
  file: Scalars['String']['output'];
  /** sha256 of the imported record; unchanged when a re-import brings nothing new. */
  hash: Scalars['String']['output'];
  /** The import run that last wrote the recommendation. */
  importRunId: Scalars['ID']['output'];
  /** When Concord imported it. */
  importedAt: Scalars['DateTime']['output'];
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

/** The outcome of recording a decision in a meeting. */
export type RecordMeetingDecisionResult = CoordinationDecisionPayload | ValidationFailed;

/** The outcome of recording a decision. */
export type RecordOverlapDecisionResult = OverlapDecisionPayload | ValidationFailed;

/** A problem met while reading a record. */
export type RecordWarning = {
  __typename?: 'RecordWarning';
  /** Element or field concerned, e.g. sector/@code. */
  element: Scalars['String']['output'];
  /** Line in the source file, when known. */
  line: Maybe<Scalars['Int']['output']>;
  /** What was wrong and what was kept. */
  message: Scalars['String']['output'];
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

/** Experts for one region of experience. */
export type RegionCount = {
  __typename?: 'RegionCount';
  /** Number of experts. */
  count: Scalars['Int']['output'];
  /** The region. */
  region: Region;
};

/** A recipient region and its share of the activity. */
export type RegionShare = {
  __typename?: 'RegionShare';
  /** Region code. */
  code: Scalars['String']['output'];
  /** Region name, for DAC regions. */
  name: Maybe<Scalars['String']['output']>;
  /** Percentage, when given. */
  percentage: Maybe<Scalars['Float']['output']>;
  /** IATI RegionVocabulary (1 = OECD DAC). */
  vocabulary: Scalars['String']['output'];
};


/** A recipient region and its share of the activity. */
export type RegionShareNameArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

/** A rendered report. */
export type ReportFile = {
  __typename?: 'ReportFile';
  /** The file's content in that encoding. */
  content: Scalars['String']['output'];
  /** MIME type. */
  contentType: Scalars['String']['output'];
  /** UTF8 for text formats, BASE64 for binary ones (XLSX). */
  encoding: Scalars['String']['output'];
  /** Suggested file name. */
  filename: Scalars['String']['output'];
};

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

/** A sector classification of the activity. */
export type SectorShare = {
  __typename?: 'SectorShare';
  /** Sector code in that vocabulary. */
  code: Scalars['String']['output'];
  /** Codelist name for DAC and SDG vocabularies. */
  name: Maybe<Scalars['String']['output']>;
  /** Percentage, when given. */
  percentage: Maybe<Scalars['Float']['output']>;
  /** IATI SectorVocabulary: 1 DAC 5-digit, 2 DAC 3-digit, 7 SDG goal, 8 SDG target, others as published. */
  vocabulary: Scalars['String']['output'];
};


/** A sector classification of the activity. */
export type SectorShareNameArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

/** A DAC 5-digit sector (e.g. 15160 Human rights) and its share of the activity. */
export type SectorShareInput = {
  /** DAC 5-digit sector code. */
  code: Scalars['String']['input'];
  /** Percentage of the activity in this sector (0–100). */
  percentage?: InputMaybe<Scalars['Float']['input']>;
};

/** A record an import could not keep. */
export type SkippedRecord = {
  __typename?: 'SkippedRecord';
  /** Identifier of the record, when it could be read. */
  identifier: Maybe<Scalars['String']['output']>;
  /** Line in the file, when known. */
  line: Maybe<Scalars['Int']['output']>;
  /** Why it was skipped. */
  reason: Scalars['String']['output'];
};

/** Sort direction. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/**
 * Live updates, so that a dashboard refetches exactly what changed instead of polling. Served as
 * GraphQL over Server-Sent Events at `/graphql/stream` (the `graphql-sse` protocol, distinct
 * connections mode: one stream per subscription, by GET or POST with `Accept: text/event-stream`),
 * with the same API keys, rate limit and query limits as `/graphql`. Imports run by the CLI and
 * changes made through other gateway processes are found within a few seconds.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** A coordination decision was recorded or its follow-up updated: which decision, meeting and overlap or gap it concerns. */
  decisionChanged: DecisionChange;
  /** An import run ended (succeeded, failed, was interrupted, or was a dry run): the run as it was closed. When it wrote to the mirror (`counts`), activities, overlaps, gaps and coverage may have changed. */
  importRunFinished: ImportRun;
};


/**
 * Live updates, so that a dashboard refetches exactly what changed instead of polling. Served as
 * GraphQL over Server-Sent Events at `/graphql/stream` (the `graphql-sse` protocol, distinct
 * connections mode: one stream per subscription, by GET or POST with `Accept: text/event-stream`),
 * with the same API keys, rate limit and query limits as `/graphql`. Imports run by the CLI and
 * changes made through other gateway processes are found within a few seconds.
 */
export type SubscriptionDecisionChangedArgs = {
  filter?: InputMaybe<DecisionChangeFilter>;
};


/**
 * Live updates, so that a dashboard refetches exactly what changed instead of polling. Served as
 * GraphQL over Server-Sent Events at `/graphql/stream` (the `graphql-sse` protocol, distinct
 * connections mode: one stream per subscription, by GET or POST with `Accept: text/event-stream`),
 * with the same API keys, rate limit and query limits as `/graphql`. Imports run by the CLI and
 * changes made through other gateway processes are found within a few seconds.
 */
export type SubscriptionImportRunFinishedArgs = {
  kind?: InputMaybe<Array<ImportKind>>;
};

/** A human-rights theme of Concord's taxonomy (data/themes.json). */
export type Theme = {
  __typename?: 'Theme';
  /** Organisations with a universal mandate and a coordinating role (OHCHR). */
  coordinatingOrganisations: Array<Organisation>;
  /** Stable id, e.g. administration-of-justice. */
  id: Scalars['ID']['output'];
  /** Label in `lang` (en, fr or es; English otherwise). */
  label: Scalars['String']['output'];
  /** Organisations with a specific mandate for this theme (data/mandates.json). */
  mandatedOrganisations: Array<Organisation>;
  /** UHRI theme names that map onto this theme. */
  uhriThemes: Array<Scalars['String']['output']>;
};


/** A human-rights theme of Concord's taxonomy (data/themes.json). */
export type ThemeLabelArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

/** Experts for one theme. */
export type ThemeCount = {
  __typename?: 'ThemeCount';
  /** Number of experts. */
  count: Scalars['Int']['output'];
  /** The theme. */
  theme: Theme;
};

/** An organisation a 3W import could not match to an IATI organisation identifier. */
export type UnmatchedOrganisation = {
  __typename?: 'UnmatchedOrganisation';
  /** Acronym as written. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Name as written. */
  name: Maybe<Scalars['String']['output']>;
  /** The identity it was given instead (<country>-3W-<ACRONYM>). */
  ref: Scalars['String']['output'];
  /** Rows naming it. */
  rows: Scalars['Int']['output'];
};

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

/** The outcome of updating a follow-up. */
export type UpdateFollowUpResult = CoordinationDecisionPayload | ValidationFailed;

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

/** The input of a mutation was refused; nothing was written. */
export type ValidationFailed = {
  __typename?: 'ValidationFailed';
  /** Every problem found, by input field. */
  fieldErrors: Array<FieldError>;
  /** A summary for people. */
  message: Scalars['String']['output'];
};

/** Who the request is made as. */
export type Viewer = {
  __typename?: 'Viewer';
  /** False for anonymous requests (no Authorization header). */
  authenticated: Scalars['Boolean']['output'];
  /** The API key's public id. */
  keyId: Maybe<Scalars['String']['output']>;
  /** The API key's label. */
  label: Maybe<Scalars['String']['output']>;
  /** For LIAISON keys, the organisation they are scoped to. */
  organisationRef: Maybe<Scalars['String']['output']>;
  /** The API key's role. */
  role: Maybe<ApiKeyRole>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CreateMeetingResult:
    | ( Omit<MeetingPayload, 'meeting'> & { meeting: _RefType['Meeting'] } )
    | ( ValidationFailed )
  ;
  ExpertResult:
    | ( Omit<ExpertPayload, 'expert'> & { expert: _RefType['Expert'] } )
    | ( ValidationFailed )
  ;
  FieldOperationResult:
    | ( Omit<FieldOperationPayload, 'auditEntry' | 'fieldOperation'> & { auditEntry?: Maybe<_RefType['AuditEntry']>, fieldOperation: _RefType['FieldOperation'] } )
    | ( ValidationFailed )
  ;
  InstitutionResult:
    | ( Omit<InstitutionPayload, 'institution'> & { institution: _RefType['Institution'] } )
    | ( ValidationFailed )
  ;
  OhchrActivityResult:
    | ( Omit<OhchrActivityPayload, 'activity' | 'auditEntry'> & { activity: _RefType['Activity'], auditEntry?: Maybe<_RefType['AuditEntry']> } )
    | ( ValidationFailed )
  ;
  RecommendationFollowUpResult:
    | ( Omit<RecommendationFollowUpPayload, 'auditEntry' | 'recommendation'> & { auditEntry?: Maybe<_RefType['AuditEntry']>, recommendation: _RefType['Recommendation'] } )
    | ( ValidationFailed )
  ;
  RecordMeetingDecisionResult:
    | ( Omit<CoordinationDecisionPayload, 'decision'> & { decision: _RefType['CoordinationDecision'] } )
    | ( ValidationFailed )
  ;
  RecordOverlapDecisionResult:
    | ( DecisionPayloadModel )
    | ( ValidationFailed )
  ;
  UpdateFollowUpResult:
    | ( Omit<CoordinationDecisionPayload, 'decision'> & { decision: _RefType['CoordinationDecision'] } )
    | ( ValidationFailed )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( ActivityModel )
    | ( AuditEntryModel )
    | ( CoordinationDecisionModel )
    | ( ExpertModel )
    | ( FieldOperationModel )
    | ( GapModel )
    | ( ImportRunModel )
    | ( InstitutionModel )
    | ( MeetingModel )
    | ( OrganisationModel )
    | ( OverlapModel )
    | ( OverlapClusterModel )
    | ( OverlapDecisionModel )
    | ( PresenceRecordModel )
    | ( RecommendationModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  About: ResolverTypeWrapper<About>;
  Accreditation: Accreditation;
  Activity: ResolverTypeWrapper<ActivityModel>;
  ActivityConnection: ResolverTypeWrapper<ActivityConnectionModel>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityFilter: ActivityFilter;
  ActivityOrder: ActivityOrder;
  ActivityOrderField: ActivityOrderField;
  ActivityOrigin: ActivityOrigin;
  ActivityQuality: ResolverTypeWrapper<ActivityQuality>;
  ActivityQualityFlag: ActivityQualityFlag;
  ActivityTheme: ResolverTypeWrapper<ThemeDerivationModel>;
  ApiKeyRole: ApiKeyRole;
  AuditAction: AuditAction;
  AuditActor: ResolverTypeWrapper<AuditActor>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Budget: ResolverTypeWrapper<Budget>;
  BudgetYear: ResolverTypeWrapper<BudgetYearRowModel>;
  CacheControlScope: CacheControlScope;
  CodeName: ResolverTypeWrapper<CodeNameParentModel>;
  CoordinationDecision: ResolverTypeWrapper<CoordinationDecisionModel>;
  CoordinationDecisionConnection: ResolverTypeWrapper<CoordinationDecisionConnectionModel>;
  CoordinationDecisionEdge: ResolverTypeWrapper<Omit<CoordinationDecisionEdge, 'node'> & { node: ResolversTypes['CoordinationDecision'] }>;
  CoordinationDecisionKind: CoordinationDecisionKind;
  CoordinationDecisionPayload: ResolverTypeWrapper<Omit<CoordinationDecisionPayload, 'decision'> & { decision: ResolversTypes['CoordinationDecision'] }>;
  Country: ResolverTypeWrapper<CountryRefModel>;
  CountryConnection: ResolverTypeWrapper<CountryConnectionModel>;
  CountryEdge: ResolverTypeWrapper<Omit<CountryEdge, 'node'> & { node: ResolversTypes['Country'] }>;
  CountryShare: ResolverTypeWrapper<CountryShareModel>;
  CountryShareInput: CountryShareInput;
  Coverage: ResolverTypeWrapper<CoverageReportModel>;
  CoverageDimension: CoverageDimension;
  CoverageFilter: CoverageFilter;
  CoverageRow: ResolverTypeWrapper<CoverageRowModel>;
  CreateExpertInput: CreateExpertInput;
  CreateFieldOperationInput: CreateFieldOperationInput;
  CreateInstitutionInput: CreateInstitutionInput;
  CreateMeetingInput: CreateMeetingInput;
  CreateMeetingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateMeetingResult']>;
  CreateOhchrActivityInput: CreateOhchrActivityInput;
  DataWeakness: ResolverTypeWrapper<DataWeakness>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateBasis: DateBasis;
  DateRange: DateRange;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecisionChange: ResolverTypeWrapper<DecisionChangeModel>;
  DecisionChangeAction: DecisionChangeAction;
  DecisionChangeFilter: DecisionChangeFilter;
  DecisionHistoryEntry: ResolverTypeWrapper<DecisionHistoryEntryModel>;
  DecisionSubject: DecisionSubject;
  ExitStrategy: ResolverTypeWrapper<ExitStrategyAssessmentModel>;
  ExitStrategyStatus: ExitStrategyStatus;
  Expert: ResolverTypeWrapper<ExpertModel>;
  ExpertAvailability: ExpertAvailability;
  ExpertConnection: ResolverTypeWrapper<ExpertConnectionModelModel>;
  ExpertCounts: ResolverTypeWrapper<RosterCountsModel>;
  ExpertEdge: ResolverTypeWrapper<Omit<ExpertEdge, 'node'> & { node: ResolversTypes['Expert'] }>;
  ExpertFilter: ExpertFilter;
  ExpertMatch: ResolverTypeWrapper<ExpertMatchModelModel>;
  ExpertPayload: ResolverTypeWrapper<Omit<ExpertPayload, 'expert'> & { expert: ResolversTypes['Expert'] }>;
  ExpertResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ExpertResult']>;
  FieldChange: ResolverTypeWrapper<FieldChangeModel>;
  FieldError: ResolverTypeWrapper<FieldError>;
  FieldOperation: ResolverTypeWrapper<FieldOperationModel>;
  FieldOperationConnection: ResolverTypeWrapper<FieldOperationConnectionModel>;
  FieldOperationEdge: ResolverTypeWrapper<Omit<FieldOperationEdge, 'node'> & { node: ResolversTypes['FieldOperation'] }>;
  FieldOperationFilter: FieldOperationFilter;
  FieldOperationKind: FieldOperationKind;
  FieldOperationPayload: ResolverTypeWrapper<Omit<FieldOperationPayload, 'auditEntry' | 'fieldOperation'> & { auditEntry?: Maybe<ResolversTypes['AuditEntry']>, fieldOperation: ResolversTypes['FieldOperation'] }>;
  FieldOperationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['FieldOperationResult']>;
  FieldOperationState: FieldOperationState;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUpActivity: ResolverTypeWrapper<Omit<FollowUpActivity, 'activity'> & { activity: ResolversTypes['Activity'] }>;
  FollowUpFilter: FollowUpFilter;
  FollowUpProgress: FollowUpProgress;
  FollowUpStage: FollowUpStage;
  FollowUpState: FollowUpState;
  FollowUpStatus: FollowUpStatus;
  FollowUpVia: FollowUpVia;
  Gap: ResolverTypeWrapper<GapModel>;
  GapConnection: ResolverTypeWrapper<GapConnectionModel>;
  GapEdge: ResolverTypeWrapper<Omit<GapEdge, 'node'> & { node: ResolversTypes['Gap'] }>;
  GapFilter: GapFilter;
  GapKind: GapKind;
  GapMatches: ResolverTypeWrapper<GapMatchesModelModel>;
  GapPresence: ResolverTypeWrapper<PresenceModel>;
  HumanitarianCluster: ResolverTypeWrapper<HumanitarianCluster>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportCounts: ResolverTypeWrapper<ImportCounts>;
  ImportKind: ImportKind;
  ImportRun: ResolverTypeWrapper<ImportRunModel>;
  ImportRunConnection: ResolverTypeWrapper<ImportRunConnectionModel>;
  ImportRunEdge: ResolverTypeWrapper<Omit<ImportRunEdge, 'node'> & { node: ResolversTypes['ImportRun'] }>;
  ImportRunOwner: ResolverTypeWrapper<ImportRunOwner>;
  ImportStatus: ImportStatus;
  ImportWarningSample: ResolverTypeWrapper<ImportWarningSample>;
  Institution: ResolverTypeWrapper<InstitutionModel>;
  InstitutionConnection: ResolverTypeWrapper<InstitutionConnectionModelModel>;
  InstitutionEdge: ResolverTypeWrapper<Omit<InstitutionEdge, 'node'> & { node: ResolversTypes['Institution'] }>;
  InstitutionFilter: InstitutionFilter;
  InstitutionKind: InstitutionKind;
  InstitutionMatch: ResolverTypeWrapper<InstitutionMatchModelModel>;
  InstitutionPayload: ResolverTypeWrapper<Omit<InstitutionPayload, 'institution'> & { institution: ResolversTypes['Institution'] }>;
  InstitutionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['InstitutionResult']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Location: ResolverTypeWrapper<Location>;
  MatchPlace: MatchPlace;
  MatchReason: ResolverTypeWrapper<MatchReason>;
  MatchReasonKind: MatchReasonKind;
  Meeting: ResolverTypeWrapper<MeetingModel>;
  MeetingAgenda: ResolverTypeWrapper<MeetingAgendaModel>;
  MeetingConnection: ResolverTypeWrapper<MeetingConnectionModel>;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingPayload: ResolverTypeWrapper<Omit<MeetingPayload, 'meeting'> & { meeting: ResolversTypes['Meeting'] }>;
  MirrorState: MirrorState;
  Money: ResolverTypeWrapper<MoneyModel>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Narrative: ResolverTypeWrapper<Narrative>;
  NationalityGroupCount: ResolverTypeWrapper<NationalityGroupCount>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Nomination: ResolverTypeWrapper<NominationModel>;
  NominationInput: NominationInput;
  OhchrActivityPayload: ResolverTypeWrapper<Omit<OhchrActivityPayload, 'activity' | 'auditEntry'> & { activity: ResolversTypes['Activity'], auditEntry?: Maybe<ResolversTypes['AuditEntry']> }>;
  OhchrActivityResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['OhchrActivityResult']>;
  OrgReference: ResolverTypeWrapper<OrgRefModel>;
  Organisation: ResolverTypeWrapper<OrganisationModel>;
  OrganisationConnection: ResolverTypeWrapper<OrganisationConnectionModel>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  Overlap: ResolverTypeWrapper<OverlapModel>;
  OverlapCluster: ResolverTypeWrapper<OverlapClusterModel>;
  OverlapClusterConnection: ResolverTypeWrapper<OverlapClusterConnectionModel>;
  OverlapClusterEdge: ResolverTypeWrapper<Omit<OverlapClusterEdge, 'node'> & { node: ResolversTypes['OverlapCluster'] }>;
  OverlapConnection: ResolverTypeWrapper<OverlapConnectionModel>;
  OverlapDecision: ResolverTypeWrapper<OverlapDecisionModel>;
  OverlapDecisionKind: OverlapDecisionKind;
  OverlapDecisionPayload: ResolverTypeWrapper<DecisionPayloadModel>;
  OverlapEdge: ResolverTypeWrapper<Omit<OverlapEdge, 'node'> & { node: ResolversTypes['Overlap'] }>;
  OverlapExplanation: ResolverTypeWrapper<OverlapExplanationModel>;
  OverlapFilter: OverlapFilter;
  OverlapKind: OverlapKind;
  OverlapScoreParts: ResolverTypeWrapper<OverlapScoreParts>;
  OverlapSide: ResolverTypeWrapper<OverlapSideModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipatingOrg: ResolverTypeWrapper<ParticipatingOrgModel>;
  ParticipatingOrgInput: ParticipatingOrgInput;
  Period: ResolverTypeWrapper<Period>;
  PolicyMarker: ResolverTypeWrapper<PolicyMarker>;
  Presence: ResolverTypeWrapper<PresenceRecordModel>;
  PresenceConnection: ResolverTypeWrapper<PresenceConnectionModel>;
  PresenceEdge: ResolverTypeWrapper<Omit<PresenceEdge, 'node'> & { node: ResolversTypes['Presence'] }>;
  PresenceFilter: PresenceFilter;
  PresencePlace: ResolverTypeWrapper<PresencePlace>;
  PresenceProvenance: ResolverTypeWrapper<PresenceProvenance>;
  Provenance: ResolverTypeWrapper<Provenance>;
  QualityFlagCount: ResolverTypeWrapper<QualityFlagCount>;
  QualityIssue: ResolverTypeWrapper<QualityIssue>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recommendation: ResolverTypeWrapper<RecommendationModel>;
  RecommendationBody: ResolverTypeWrapper<RecommendationBody>;
  RecommendationBodyType: RecommendationBodyType;
  RecommendationConnection: ResolverTypeWrapper<RecommendationConnectionModel>;
  RecommendationEdge: ResolverTypeWrapper<Omit<RecommendationEdge, 'node'> & { node: ResolversTypes['Recommendation'] }>;
  RecommendationFilter: RecommendationFilter;
  RecommendationFollowUp: ResolverTypeWrapper<RecommendationFollowUpViewModel>;
  RecommendationFollowUpPayload: ResolverTypeWrapper<Omit<RecommendationFollowUpPayload, 'auditEntry' | 'recommendation'> & { auditEntry?: Maybe<ResolversTypes['AuditEntry']>, recommendation: ResolversTypes['Recommendation'] }>;
  RecommendationFollowUpResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecommendationFollowUpResult']>;
  RecommendationSource: ResolverTypeWrapper<RecommendationSource>;
  RecommendationStatus: RecommendationStatus;
  RecordMeetingDecisionInput: RecordMeetingDecisionInput;
  RecordMeetingDecisionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordMeetingDecisionResult']>;
  RecordOverlapDecisionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordOverlapDecisionResult']>;
  RecordWarning: ResolverTypeWrapper<RecordWarning>;
  Region: Region;
  RegionCount: ResolverTypeWrapper<RegionCount>;
  RegionShare: ResolverTypeWrapper<RegionShare>;
  ReportFile: ResolverTypeWrapper<ReportFile>;
  ReportFormat: ReportFormat;
  SectorShare: ResolverTypeWrapper<SectorShare>;
  SectorShareInput: SectorShareInput;
  SkippedRecord: ResolverTypeWrapper<SkippedRecord>;
  SortDirection: SortDirection;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Theme: ResolverTypeWrapper<ThemeModel>;
  ThemeCount: ResolverTypeWrapper<ThemeCountModelModel>;
  UnmatchedOrganisation: ResolverTypeWrapper<UnmatchedOrganisation>;
  UpdateExpertInput: UpdateExpertInput;
  UpdateFieldOperationInput: UpdateFieldOperationInput;
  UpdateFollowUpInput: UpdateFollowUpInput;
  UpdateFollowUpResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateFollowUpResult']>;
  UpdateInstitutionInput: UpdateInstitutionInput;
  UpdateOhchrActivityInput: UpdateOhchrActivityInput;
  UpdateRecommendationFollowUpInput: UpdateRecommendationFollowUpInput;
  UprPosition: UprPosition;
  ValidationFailed: ResolverTypeWrapper<ValidationFailed>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  About: About;
  Activity: ActivityModel;
  ActivityConnection: ActivityConnectionModel;
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivityFilter: ActivityFilter;
  ActivityOrder: ActivityOrder;
  ActivityQuality: ActivityQuality;
  ActivityTheme: ThemeDerivationModel;
  AuditActor: AuditActor;
  AuditEntry: AuditEntryModel;
  Boolean: Scalars['Boolean']['output'];
  Budget: Budget;
  BudgetYear: BudgetYearRowModel;
  CodeName: CodeNameParentModel;
  CoordinationDecision: CoordinationDecisionModel;
  CoordinationDecisionConnection: CoordinationDecisionConnectionModel;
  CoordinationDecisionEdge: Omit<CoordinationDecisionEdge, 'node'> & { node: ResolversParentTypes['CoordinationDecision'] };
  CoordinationDecisionPayload: Omit<CoordinationDecisionPayload, 'decision'> & { decision: ResolversParentTypes['CoordinationDecision'] };
  Country: CountryRefModel;
  CountryConnection: CountryConnectionModel;
  CountryEdge: Omit<CountryEdge, 'node'> & { node: ResolversParentTypes['Country'] };
  CountryShare: CountryShareModel;
  CountryShareInput: CountryShareInput;
  Coverage: CoverageReportModel;
  CoverageFilter: CoverageFilter;
  CoverageRow: CoverageRowModel;
  CreateExpertInput: CreateExpertInput;
  CreateFieldOperationInput: CreateFieldOperationInput;
  CreateInstitutionInput: CreateInstitutionInput;
  CreateMeetingInput: CreateMeetingInput;
  CreateMeetingResult: ResolversUnionTypes<ResolversParentTypes>['CreateMeetingResult'];
  CreateOhchrActivityInput: CreateOhchrActivityInput;
  DataWeakness: DataWeakness;
  Date: Scalars['Date']['output'];
  DateRange: DateRange;
  DateTime: Scalars['DateTime']['output'];
  DecisionChange: DecisionChangeModel;
  DecisionChangeFilter: DecisionChangeFilter;
  DecisionHistoryEntry: DecisionHistoryEntryModel;
  ExitStrategy: ExitStrategyAssessmentModel;
  Expert: ExpertModel;
  ExpertConnection: ExpertConnectionModelModel;
  ExpertCounts: RosterCountsModel;
  ExpertEdge: Omit<ExpertEdge, 'node'> & { node: ResolversParentTypes['Expert'] };
  ExpertFilter: ExpertFilter;
  ExpertMatch: ExpertMatchModelModel;
  ExpertPayload: Omit<ExpertPayload, 'expert'> & { expert: ResolversParentTypes['Expert'] };
  ExpertResult: ResolversUnionTypes<ResolversParentTypes>['ExpertResult'];
  FieldChange: FieldChangeModel;
  FieldError: FieldError;
  FieldOperation: FieldOperationModel;
  FieldOperationConnection: FieldOperationConnectionModel;
  FieldOperationEdge: Omit<FieldOperationEdge, 'node'> & { node: ResolversParentTypes['FieldOperation'] };
  FieldOperationFilter: FieldOperationFilter;
  FieldOperationPayload: Omit<FieldOperationPayload, 'auditEntry' | 'fieldOperation'> & { auditEntry?: Maybe<ResolversParentTypes['AuditEntry']>, fieldOperation: ResolversParentTypes['FieldOperation'] };
  FieldOperationResult: ResolversUnionTypes<ResolversParentTypes>['FieldOperationResult'];
  Float: Scalars['Float']['output'];
  FollowUpActivity: Omit<FollowUpActivity, 'activity'> & { activity: ResolversParentTypes['Activity'] };
  FollowUpFilter: FollowUpFilter;
  Gap: GapModel;
  GapConnection: GapConnectionModel;
  GapEdge: Omit<GapEdge, 'node'> & { node: ResolversParentTypes['Gap'] };
  GapFilter: GapFilter;
  GapMatches: GapMatchesModelModel;
  GapPresence: PresenceModel;
  HumanitarianCluster: HumanitarianCluster;
  ID: Scalars['ID']['output'];
  ImportCounts: ImportCounts;
  ImportRun: ImportRunModel;
  ImportRunConnection: ImportRunConnectionModel;
  ImportRunEdge: Omit<ImportRunEdge, 'node'> & { node: ResolversParentTypes['ImportRun'] };
  ImportRunOwner: ImportRunOwner;
  ImportWarningSample: ImportWarningSample;
  Institution: InstitutionModel;
  InstitutionConnection: InstitutionConnectionModelModel;
  InstitutionEdge: Omit<InstitutionEdge, 'node'> & { node: ResolversParentTypes['Institution'] };
  InstitutionFilter: InstitutionFilter;
  InstitutionMatch: InstitutionMatchModelModel;
  InstitutionPayload: Omit<InstitutionPayload, 'institution'> & { institution: ResolversParentTypes['Institution'] };
  InstitutionResult: ResolversUnionTypes<ResolversParentTypes>['InstitutionResult'];
  Int: Scalars['Int']['output'];
  Location: Location;
  MatchReason: MatchReason;
  Meeting: MeetingModel;
  MeetingAgenda: MeetingAgendaModel;
  MeetingConnection: MeetingConnectionModel;
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  MeetingPayload: Omit<MeetingPayload, 'meeting'> & { meeting: ResolversParentTypes['Meeting'] };
  Money: MoneyModel;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Narrative: Narrative;
  NationalityGroupCount: NationalityGroupCount;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Nomination: NominationModel;
  NominationInput: NominationInput;
  OhchrActivityPayload: Omit<OhchrActivityPayload, 'activity' | 'auditEntry'> & { activity: ResolversParentTypes['Activity'], auditEntry?: Maybe<ResolversParentTypes['AuditEntry']> };
  OhchrActivityResult: ResolversUnionTypes<ResolversParentTypes>['OhchrActivityResult'];
  OrgReference: OrgRefModel;
  Organisation: OrganisationModel;
  OrganisationConnection: OrganisationConnectionModel;
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  Overlap: OverlapModel;
  OverlapCluster: OverlapClusterModel;
  OverlapClusterConnection: OverlapClusterConnectionModel;
  OverlapClusterEdge: Omit<OverlapClusterEdge, 'node'> & { node: ResolversParentTypes['OverlapCluster'] };
  OverlapConnection: OverlapConnectionModel;
  OverlapDecision: OverlapDecisionModel;
  OverlapDecisionPayload: DecisionPayloadModel;
  OverlapEdge: Omit<OverlapEdge, 'node'> & { node: ResolversParentTypes['Overlap'] };
  OverlapExplanation: OverlapExplanationModel;
  OverlapFilter: OverlapFilter;
  OverlapScoreParts: OverlapScoreParts;
  OverlapSide: OverlapSideModel;
  PageInfo: PageInfo;
  ParticipatingOrg: ParticipatingOrgModel;
  ParticipatingOrgInput: ParticipatingOrgInput;
  Period: Period;
  PolicyMarker: PolicyMarker;
  Presence: PresenceRecordModel;
  PresenceConnection: PresenceConnectionModel;
  PresenceEdge: Omit<PresenceEdge, 'node'> & { node: ResolversParentTypes['Presence'] };
  PresenceFilter: PresenceFilter;
  PresencePlace: PresencePlace;
  PresenceProvenance: PresenceProvenance;
  Provenance: Provenance;
  QualityFlagCount: QualityFlagCount;
  QualityIssue: QualityIssue;
  Query: Record<PropertyKey, never>;
  Recommendation: RecommendationModel;
  RecommendationBody: RecommendationBody;
  RecommendationConnection: RecommendationConnectionModel;
  RecommendationEdge: Omit<RecommendationEdge, 'node'> & { node: ResolversParentTypes['Recommendation'] };
  RecommendationFilter: RecommendationFilter;
  RecommendationFollowUp: RecommendationFollowUpViewModel;
  RecommendationFollowUpPayload: Omit<RecommendationFollowUpPayload, 'auditEntry' | 'recommendation'> & { auditEntry?: Maybe<ResolversParentTypes['AuditEntry']>, recommendation: ResolversParentTypes['Recommendation'] };
  RecommendationFollowUpResult: ResolversUnionTypes<ResolversParentTypes>['RecommendationFollowUpResult'];
  RecommendationSource: RecommendationSource;
  RecordMeetingDecisionInput: RecordMeetingDecisionInput;
  RecordMeetingDecisionResult: ResolversUnionTypes<ResolversParentTypes>['RecordMeetingDecisionResult'];
  RecordOverlapDecisionResult: ResolversUnionTypes<ResolversParentTypes>['RecordOverlapDecisionResult'];
  RecordWarning: RecordWarning;
  RegionCount: RegionCount;
  RegionShare: RegionShare;
  ReportFile: ReportFile;
  SectorShare: SectorShare;
  SectorShareInput: SectorShareInput;
  SkippedRecord: SkippedRecord;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Theme: ThemeModel;
  ThemeCount: ThemeCountModelModel;
  UnmatchedOrganisation: UnmatchedOrganisation;
  UpdateExpertInput: UpdateExpertInput;
  UpdateFieldOperationInput: UpdateFieldOperationInput;
  UpdateFollowUpInput: UpdateFollowUpInput;
  UpdateFollowUpResult: ResolversUnionTypes<ResolversParentTypes>['UpdateFollowUpResult'];
  UpdateInstitutionInput: UpdateInstitutionInput;
  UpdateOhchrActivityInput: UpdateOhchrActivityInput;
  UpdateRecommendationFollowUpInput: UpdateRecommendationFollowUpInput;
  ValidationFailed: ValidationFailed;
  Viewer: ViewerModel;
}>;

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AboutResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['About'] = ResolversParentTypes['About']> = ResolversObject<{
  embeddedEngine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = ResolversObject<{
  actualEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  actualStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType>;
  budgets?: Resolver<Array<ResolversTypes['Budget']>, ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ActivityDescriptionArgs>>;
  disbursements?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  humanitarian?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  iatiIdentifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internalNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUpdated?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  mirrorState?: Resolver<ResolversTypes['MirrorState'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['ActivityOrigin'], ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['Overlap']>, ParentType, ContextType, RequireFields<ActivityOverlapsArgs, 'minScore'>>;
  participatingOrgs?: Resolver<Array<ResolversTypes['ParticipatingOrg']>, ParentType, ContextType>;
  plannedEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  plannedStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  policyMarkers?: Resolver<Array<ResolversTypes['PolicyMarker']>, ParentType, ContextType>;
  quality?: Resolver<ResolversTypes['ActivityQuality'], ParentType, ContextType>;
  recipientCountries?: Resolver<Array<ResolversTypes['CountryShare']>, ParentType, ContextType>;
  recipientRegions?: Resolver<Array<ResolversTypes['RegionShare']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType, RequireFields<ActivityRecommendationsArgs, 'first'>>;
  reportingOrg?: Resolver<ResolversTypes['OrgReference'], ParentType, ContextType>;
  restricted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sdgGoals?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sdgTargets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['SectorShare']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ActivityStatusNameArgs, 'lang'>>;
  themes?: Resolver<Array<ResolversTypes['ActivityTheme']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ActivityTitleArgs>>;
  titles?: Resolver<Array<ResolversTypes['Narrative']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['RecordWarning']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ActivityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
}>;

export type ActivityQualityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityQuality'] = ResolversParentTypes['ActivityQuality']> = ResolversObject<{
  crediblePeriod?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  endBasis?: Resolver<Maybe<ResolversTypes['DateBasis']>, ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['ActivityQualityFlag']>, ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['QualityIssue']>, ParentType, ContextType>;
  startBasis?: Resolver<Maybe<ResolversTypes['DateBasis']>, ParentType, ContextType>;
}>;

export type ActivityThemeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityTheme'] = ResolversParentTypes['ActivityTheme']> = ResolversObject<{
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type AuditActorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditActor'] = ResolversParentTypes['AuditActor']> = ResolversObject<{
  keyId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ApiKeyRole']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['AuditActor'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BudgetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type BudgetYearResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BudgetYear'] = ResolversParentTypes['BudgetYear']> = ResolversObject<{
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['OrgReference'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CodeNameResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CodeName'] = ResolversParentTypes['CodeName']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<CodeNameNameArgs, 'lang'>>;
}>;

export type CoordinationDecisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoordinationDecision'] = ResolversParentTypes['CoordinationDecision']> = ResolversObject<{
  countries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  followUp?: Resolver<ResolversTypes['FollowUpState'], ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Gap']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['DecisionHistoryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CoordinationDecisionKind'], ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overlap?: Resolver<Maybe<ResolversTypes['Overlap']>, ParentType, ContextType>;
  ownerOrganisation?: Resolver<ResolversTypes['OrgReference'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FollowUpStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['DecisionSubject'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CoordinationDecisionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoordinationDecisionConnection'] = ResolversParentTypes['CoordinationDecisionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CoordinationDecisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CoordinationDecisionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoordinationDecisionEdge'] = ResolversParentTypes['CoordinationDecisionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CoordinationDecision'], ParentType, ContextType>;
}>;

export type CoordinationDecisionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoordinationDecisionPayload'] = ResolversParentTypes['CoordinationDecisionPayload']> = ResolversObject<{
  decision?: Resolver<ResolversTypes['CoordinationDecision'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CountryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<CountryActivitiesArgs, 'first'>>;
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<CountryNameArgs, 'lang'>>;
  names?: Resolver<Array<ResolversTypes['Narrative']>, ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['RecommendationConnection'], ParentType, ContextType, RequireFields<CountryRecommendationsArgs, 'first'>>;
}>;

export type CountryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountryConnection'] = ResolversParentTypes['CountryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CountryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CountryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountryEdge'] = ResolversParentTypes['CountryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
}>;

export type CountryShareResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountryShare'] = ResolversParentTypes['CountryShare']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<CountryShareNameArgs, 'lang'>>;
  percentage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type CoverageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Coverage'] = ResolversParentTypes['Coverage']> = ResolversObject<{
  groupBy?: Resolver<Array<ResolversTypes['CoverageDimension']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['CoverageRow']>, ParentType, ContextType>;
  totalActivities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalBudgets?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  totalPresences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalUndatedActivities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CoverageRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoverageRow'] = ResolversParentTypes['CoverageRow']> = ResolversObject<{
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<CoverageRowActivitiesArgs, 'first'>>;
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  budgets?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['OrgReference']>, ParentType, ContextType>;
  presenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
  undatedActivityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CreateMeetingResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateMeetingResult'] = ResolversParentTypes['CreateMeetingResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'MeetingPayload' | 'ValidationFailed', ParentType, ContextType>;
}>;

export type DataWeaknessResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DataWeakness'] = ResolversParentTypes['DataWeakness']> = ResolversObject<{
  factor?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecisionChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionChange'] = ResolversParentTypes['DecisionChange']> = ResolversObject<{
  action?: Resolver<ResolversTypes['DecisionChangeAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['CoordinationDecision']>, ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  overlap?: Resolver<Maybe<ResolversTypes['Overlap']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['DecisionSubject'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DecisionHistoryEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionHistoryEntry'] = ResolversParentTypes['DecisionHistoryEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FollowUpStatus'], ParentType, ContextType>;
}>;

export type ExitStrategyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExitStrategy'] = ResolversParentTypes['ExitStrategy']> = ResolversObject<{
  coveringActivities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastYear?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  latestPlanEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExitStrategyStatus'], ParentType, ContextType>;
}>;

export type ExpertResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Expert'] = ResolversParentTypes['Expert']> = ResolversObject<{
  auditTrail?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  availability?: Resolver<ResolversTypes['ExpertAvailability'], ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  developingCountry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationality?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  nominatedBy?: Resolver<Maybe<ResolversTypes['Nomination']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  removedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  rosterYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExpertConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExpertConnection'] = ResolversParentTypes['ExpertConnection']> = ResolversObject<{
  counts?: Resolver<ResolversTypes['ExpertCounts'], ParentType, ContextType>;
  edges?: Resolver<Maybe<Array<ResolversTypes['ExpertEdge']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpertCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExpertCounts'] = ResolversParentTypes['ExpertCounts']> = ResolversObject<{
  byNationalityGroup?: Resolver<Array<ResolversTypes['NationalityGroupCount']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['RegionCount']>, ParentType, ContextType>;
  byTheme?: Resolver<Array<ResolversTypes['ThemeCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpertEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExpertEdge'] = ResolversParentTypes['ExpertEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Expert'], ParentType, ContextType>;
}>;

export type ExpertMatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExpertMatch'] = ResolversParentTypes['ExpertMatch']> = ResolversObject<{
  developingCountry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expert?: Resolver<ResolversTypes['Expert'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['MatchPlace']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
}>;

export type ExpertPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExpertPayload'] = ResolversParentTypes['ExpertPayload']> = ResolversObject<{
  expert?: Resolver<ResolversTypes['Expert'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExpertResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExpertResult'] = ResolversParentTypes['ExpertResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ExpertPayload' | 'ValidationFailed', ParentType, ContextType>;
}>;

export type FieldChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FieldErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FieldOperationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldOperation'] = ResolversParentTypes['FieldOperation']> = ResolversObject<{
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  exitStrategy?: Resolver<ResolversTypes['ExitStrategy'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FieldOperationKind'], ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mandate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceFile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['FieldOperationState'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FieldOperationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldOperationConnection'] = ResolversParentTypes['FieldOperationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FieldOperationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FieldOperationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldOperationEdge'] = ResolversParentTypes['FieldOperationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FieldOperation'], ParentType, ContextType>;
}>;

export type FieldOperationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldOperationPayload'] = ResolversParentTypes['FieldOperationPayload']> = ResolversObject<{
  auditEntry?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  fieldOperation?: Resolver<ResolversTypes['FieldOperation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FieldOperationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldOperationResult'] = ResolversParentTypes['FieldOperationResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'FieldOperationPayload' | 'ValidationFailed', ParentType, ContextType>;
}>;

export type FollowUpActivityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowUpActivity'] = ResolversParentTypes['FollowUpActivity']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['FollowUpStage']>, ParentType, ContextType>;
  via?: Resolver<ResolversTypes['FollowUpVia'], ParentType, ContextType>;
}>;

export type GapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Gap'] = ResolversParentTypes['Gap']> = ResolversObject<{
  absentOrganisations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GapKind'], ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mandatedOrganisations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['GapMatches'], ParentType, ContextType, RequireFields<GapMatchesArgs, 'first'>>;
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  presence?: Resolver<Array<ResolversTypes['GapPresence']>, ParentType, ContextType>;
  presentOrganisations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GapConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapConnection'] = ResolversParentTypes['GapConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GapEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GapEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapEdge'] = ResolversParentTypes['GapEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Gap'], ParentType, ContextType>;
}>;

export type GapMatchesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapMatches'] = ResolversParentTypes['GapMatches']> = ResolversObject<{
  expertCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  experts?: Resolver<Maybe<Array<ResolversTypes['ExpertMatch']>>, ParentType, ContextType>;
  institutionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  institutions?: Resolver<Array<ResolversTypes['InstitutionMatch']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GapPresenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapPresence'] = ResolversParentTypes['GapPresence']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  dated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HumanitarianClusterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HumanitarianCluster'] = ResolversParentTypes['HumanitarianCluster']> = ResolversObject<{
  asWritten?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportCounts'] = ResolversParentTypes['ImportCounts']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportRunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRun'] = ResolversParentTypes['ImportRun']> = ResolversObject<{
  counts?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  durationMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ImportKind'], ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['ImportRunOwner']>, ParentType, ContextType>;
  qualityFlags?: Resolver<Array<ResolversTypes['QualityFlagCount']>, ParentType, ContextType>;
  redoesRunId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  skippedRecords?: Resolver<Array<ResolversTypes['SkippedRecord']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportStatus'], ParentType, ContextType>;
  unmatchedOrganisations?: Resolver<Array<ResolversTypes['UnmatchedOrganisation']>, ParentType, ContextType>;
  warningSamples?: Resolver<Array<ResolversTypes['ImportWarningSample']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportRunConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRunConnection'] = ResolversParentTypes['ImportRunConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ImportRunEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportRunEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRunEdge'] = ResolversParentTypes['ImportRunEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ImportRun'], ParentType, ContextType>;
}>;

export type ImportRunOwnerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRunOwner'] = ResolversParentTypes['ImportRunOwner']> = ResolversObject<{
  host?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportWarningSampleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportWarningSample'] = ResolversParentTypes['ImportWarningSample']> = ResolversObject<{
  element?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InstitutionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = ResolversObject<{
  accreditation?: Resolver<Maybe<ResolversTypes['Accreditation']>, ParentType, ContextType>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  developingCountry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InstitutionKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  removedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InstitutionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InstitutionConnection'] = ResolversParentTypes['InstitutionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InstitutionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstitutionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InstitutionEdge'] = ResolversParentTypes['InstitutionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
}>;

export type InstitutionMatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InstitutionMatch'] = ResolversParentTypes['InstitutionMatch']> = ResolversObject<{
  developingCountry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['MatchPlace']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
}>;

export type InstitutionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InstitutionPayload'] = ResolversParentTypes['InstitutionPayload']> = ResolversObject<{
  institution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InstitutionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InstitutionResult'] = ResolversParentTypes['InstitutionResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InstitutionPayload' | 'ValidationFailed', ParentType, ContextType>;
}>;

export type LocationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = ResolversObject<{
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lng?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MatchReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MatchReason'] = ResolversParentTypes['MatchReason']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['MatchReasonKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MeetingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = ResolversObject<{
  agenda?: Resolver<ResolversTypes['MeetingAgenda'], ParentType, ContextType>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['CoordinationDecision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['ReportFile'], ParentType, ContextType, RequireFields<MeetingMinutesArgs, 'format'>>;
  organisations?: Resolver<Array<ResolversTypes['OrgReference']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MeetingAgendaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeetingAgenda'] = ResolversParentTypes['MeetingAgenda']> = ResolversObject<{
  gaps?: Resolver<Array<ResolversTypes['Gap']>, ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['Overlap']>, ParentType, ContextType>;
}>;

export type MeetingConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MeetingEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
}>;

export type MeetingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeetingPayload'] = ResolversParentTypes['MeetingPayload']> = ResolversObject<{
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createExpert?: Resolver<ResolversTypes['ExpertResult'], ParentType, ContextType, RequireFields<MutationCreateExpertArgs, 'input'>>;
  createFieldOperation?: Resolver<ResolversTypes['FieldOperationResult'], ParentType, ContextType, RequireFields<MutationCreateFieldOperationArgs, 'input'>>;
  createInstitution?: Resolver<ResolversTypes['InstitutionResult'], ParentType, ContextType, RequireFields<MutationCreateInstitutionArgs, 'input'>>;
  createMeeting?: Resolver<ResolversTypes['CreateMeetingResult'], ParentType, ContextType, RequireFields<MutationCreateMeetingArgs, 'input'>>;
  createOhchrActivity?: Resolver<ResolversTypes['OhchrActivityResult'], ParentType, ContextType, RequireFields<MutationCreateOhchrActivityArgs, 'input'>>;
  recordMeetingDecision?: Resolver<ResolversTypes['RecordMeetingDecisionResult'], ParentType, ContextType, RequireFields<MutationRecordMeetingDecisionArgs, 'input'>>;
  recordOverlapDecision?: Resolver<ResolversTypes['RecordOverlapDecisionResult'], ParentType, ContextType, RequireFields<MutationRecordOverlapDecisionArgs, 'decision' | 'overlapId'>>;
  removeExpert?: Resolver<ResolversTypes['ExpertResult'], ParentType, ContextType, RequireFields<MutationRemoveExpertArgs, 'id'>>;
  removeInstitution?: Resolver<ResolversTypes['InstitutionResult'], ParentType, ContextType, RequireFields<MutationRemoveInstitutionArgs, 'id'>>;
  updateExpert?: Resolver<ResolversTypes['ExpertResult'], ParentType, ContextType, RequireFields<MutationUpdateExpertArgs, 'id' | 'input'>>;
  updateFieldOperation?: Resolver<ResolversTypes['FieldOperationResult'], ParentType, ContextType, RequireFields<MutationUpdateFieldOperationArgs, 'id' | 'input'>>;
  updateFollowUp?: Resolver<ResolversTypes['UpdateFollowUpResult'], ParentType, ContextType, RequireFields<MutationUpdateFollowUpArgs, 'input'>>;
  updateInstitution?: Resolver<ResolversTypes['InstitutionResult'], ParentType, ContextType, RequireFields<MutationUpdateInstitutionArgs, 'id' | 'input'>>;
  updateOhchrActivity?: Resolver<ResolversTypes['OhchrActivityResult'], ParentType, ContextType, RequireFields<MutationUpdateOhchrActivityArgs, 'id' | 'input'>>;
  updateRecommendationFollowUp?: Resolver<ResolversTypes['RecommendationFollowUpResult'], ParentType, ContextType, RequireFields<MutationUpdateRecommendationFollowUpArgs, 'input'>>;
  withdrawFieldOperation?: Resolver<ResolversTypes['FieldOperationResult'], ParentType, ContextType, RequireFields<MutationWithdrawFieldOperationArgs, 'id' | 'reason'>>;
  withdrawOhchrActivity?: Resolver<ResolversTypes['OhchrActivityResult'], ParentType, ContextType, RequireFields<MutationWithdrawOhchrActivityArgs, 'id' | 'reason'>>;
}>;

export type NarrativeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Narrative'] = ResolversParentTypes['Narrative']> = ResolversObject<{
  lang?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NationalityGroupCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NationalityGroupCount'] = ResolversParentTypes['NationalityGroupCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  developingCountry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Activity' | 'AuditEntry' | 'CoordinationDecision' | 'Expert' | 'FieldOperation' | 'Gap' | 'ImportRun' | 'Institution' | 'Meeting' | 'Organisation' | 'Overlap' | 'OverlapCluster' | 'OverlapDecision' | 'Presence' | 'Recommendation', ParentType, ContextType>;
}>;

export type NominationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Nomination'] = ResolversParentTypes['Nomination']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
}>;

export type OhchrActivityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OhchrActivityPayload'] = ResolversParentTypes['OhchrActivityPayload']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  auditEntry?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OhchrActivityResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OhchrActivityResult'] = ResolversParentTypes['OhchrActivityResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'OhchrActivityPayload' | 'ValidationFailed', ParentType, ContextType>;
}>;

export type OrgReferenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrgReference'] = ResolversParentTypes['OrgReference']> = ResolversObject<{
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  ref?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type OrganisationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = ResolversObject<{
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<OrganisationActivitiesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participatingActivities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<OrganisationParticipatingActivitiesArgs, 'first'>>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['CodeName']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganisationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganisationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
}>;

export type OverlapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Overlap'] = ResolversParentTypes['Overlap']> = ResolversObject<{
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['OverlapDecision']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['OverlapDecision']>, ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['OverlapExplanation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OverlapKind'], ParentType, ContextType>;
  kindReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['OrgReference']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scoreParts?: Resolver<ResolversTypes['OverlapScoreParts'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OverlapClusterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverlapCluster'] = ResolversParentTypes['OverlapCluster']> = ResolversObject<{
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  overlapCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OverlapClusterConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverlapClusterConnection'] = ResolversParentTypes['OverlapClusterConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OverlapClusterEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OverlapClusterEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverlapClusterEdge'] = ResolversParentTypes['OverlapClusterEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OverlapCluster'], ParentType, ContextType>;
}>;

export type OverlapConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverlapConnection'] = ResolversParentTypes['OverlapConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OverlapEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OverlapDecisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverlapDecision'] = ResolversParentTypes['OverlapDecision']> = ResolversObject<{
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['OverlapDecisionKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overlapId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OverlapDecisionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverlapDecisionPayload'] = ResolversParentTypes['OverlapDecisionPayload']> = ResolversObject<{
  decision?: Resolver<ResolversTypes['OverlapDecision'], ParentType, ContextType>;
  overlap?: Resolver<ResolversTypes['Overlap'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OverlapEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverlapEdge'] = ResolversParentTypes['OverlapEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Overlap'], ParentType, ContextType>;
}>;

export type OverlapExplanationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverlapExplanation'] = ResolversParentTypes['OverlapExplanation']> = ResolversObject<{
  reliability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sides?: Resolver<Array<ResolversTypes['OverlapSide']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OverlapScorePartsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverlapScoreParts'] = ResolversParentTypes['OverlapScoreParts']> = ResolversObject<{
  country?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reliability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type OverlapSideResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverlapSide'] = ResolversParentTypes['OverlapSide']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  endBasis?: Resolver<ResolversTypes['DateBasis'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  presences?: Resolver<Array<ResolversTypes['Presence']>, ParentType, ContextType>;
  startBasis?: Resolver<ResolversTypes['DateBasis'], ParentType, ContextType>;
  weaknesses?: Resolver<Array<ResolversTypes['DataWeakness']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ParticipatingOrgResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParticipatingOrg'] = ResolversParentTypes['ParticipatingOrg']> = ResolversObject<{
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  ref?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  roleName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ParticipatingOrgRoleNameArgs, 'lang'>>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = ResolversObject<{
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type PolicyMarkerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyMarker'] = ResolversParentTypes['PolicyMarker']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<PolicyMarkerNameArgs, 'lang'>>;
  significance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vocabulary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PresenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Presence'] = ResolversParentTypes['Presence']> = ResolversObject<{
  cluster?: Resolver<ResolversTypes['HumanitarianCluster'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mirrorState?: Resolver<ResolversTypes['MirrorState'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['OrgReference'], ParentType, ContextType>;
  organisationAcronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisationIdentified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organisationType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['PresencePlace'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['PresenceProvenance'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PresenceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PresenceConnection'] = ResolversParentTypes['PresenceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PresenceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PresenceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PresenceEdge'] = ResolversParentTypes['PresenceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Presence'], ParentType, ContextType>;
}>;

export type PresencePlaceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PresencePlace'] = ResolversParentTypes['PresencePlace']> = ResolversObject<{
  adm1Code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adm1Name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adm2Code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adm2Name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PresenceProvenanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PresenceProvenance'] = ResolversParentTypes['PresenceProvenance']> = ResolversObject<{
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileModified?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hdxMetadata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  importRunId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importRunId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastUpdated?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QualityFlagCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityFlagCount'] = ResolversParentTypes['QualityFlagCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  flag?: Resolver<ResolversTypes['ActivityQualityFlag'], ParentType, ContextType>;
}>;

export type QualityIssueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityIssue'] = ResolversParentTypes['QualityIssue']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flag?: Resolver<ResolversTypes['ActivityQualityFlag'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  about?: Resolver<ResolversTypes['About'], ParentType, ContextType>;
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<QueryActivitiesArgs>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, Partial<QueryActivityArgs>>;
  analyticalReport?: Resolver<ResolversTypes['ReportFile'], ParentType, ContextType, RequireFields<QueryAnalyticalReportArgs, 'format'>>;
  budgetsByYear?: Resolver<Array<ResolversTypes['BudgetYear']>, ParentType, ContextType, Partial<QueryBudgetsByYearArgs>>;
  countries?: Resolver<ResolversTypes['CountryConnection'], ParentType, ContextType, RequireFields<QueryCountriesArgs, 'first'>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'code'>>;
  coverage?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType, Partial<QueryCoverageArgs>>;
  expert?: Resolver<Maybe<ResolversTypes['Expert']>, ParentType, ContextType, RequireFields<QueryExpertArgs, 'id'>>;
  expertRoster?: Resolver<ResolversTypes['ReportFile'], ParentType, ContextType, RequireFields<QueryExpertRosterArgs, 'format' | 'year'>>;
  experts?: Resolver<ResolversTypes['ExpertConnection'], ParentType, ContextType, RequireFields<QueryExpertsArgs, 'first'>>;
  fieldOperation?: Resolver<Maybe<ResolversTypes['FieldOperation']>, ParentType, ContextType, Partial<QueryFieldOperationArgs>>;
  fieldOperations?: Resolver<ResolversTypes['FieldOperationConnection'], ParentType, ContextType, RequireFields<QueryFieldOperationsArgs, 'first'>>;
  followUps?: Resolver<ResolversTypes['CoordinationDecisionConnection'], ParentType, ContextType, RequireFields<QueryFollowUpsArgs, 'first'>>;
  gaps?: Resolver<ResolversTypes['GapConnection'], ParentType, ContextType, RequireFields<QueryGapsArgs, 'first'>>;
  importRuns?: Resolver<ResolversTypes['ImportRunConnection'], ParentType, ContextType, RequireFields<QueryImportRunsArgs, 'first'>>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType, RequireFields<QueryInstitutionArgs, 'id'>>;
  institutions?: Resolver<ResolversTypes['InstitutionConnection'], ParentType, ContextType, RequireFields<QueryInstitutionsArgs, 'first'>>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<QueryMeetingsArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'ref'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first'>>;
  overlap?: Resolver<Maybe<ResolversTypes['Overlap']>, ParentType, ContextType, RequireFields<QueryOverlapArgs, 'id'>>;
  overlapClusters?: Resolver<ResolversTypes['OverlapClusterConnection'], ParentType, ContextType, RequireFields<QueryOverlapClustersArgs, 'first'>>;
  overlaps?: Resolver<ResolversTypes['OverlapConnection'], ParentType, ContextType, RequireFields<QueryOverlapsArgs, 'first'>>;
  presences?: Resolver<ResolversTypes['PresenceConnection'], ParentType, ContextType, RequireFields<QueryPresencesArgs, 'first'>>;
  qualitySummary?: Resolver<Array<ResolversTypes['QualityFlagCount']>, ParentType, ContextType, Partial<QueryQualitySummaryArgs>>;
  recommendation?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType, Partial<QueryRecommendationArgs>>;
  recommendations?: Resolver<ResolversTypes['RecommendationConnection'], ParentType, ContextType, RequireFields<QueryRecommendationsArgs, 'first'>>;
  regions?: Resolver<Array<ResolversTypes['CodeName']>, ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType, RequireFields<QueryThemeArgs, 'id'>>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type RecommendationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = ResolversObject<{
  affectedPersons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  annotationId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['RecommendationBody'], ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  countryCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  followUp?: Resolver<ResolversTypes['RecommendationFollowUp'], ParentType, ContextType>;
  followUpAuditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legacyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkedActivities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  publicationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sdgs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['RecommendationSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themeIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  uprPosition?: Resolver<Maybe<ResolversTypes['UprPosition']>, ParentType, ContextType>;
  uprRecommendingState?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RecommendationBodyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationBody'] = ResolversParentTypes['RecommendationBody']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RecommendationBodyType'], ParentType, ContextType>;
}>;

export type RecommendationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationConnection'] = ResolversParentTypes['RecommendationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RecommendationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecommendationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationEdge'] = ResolversParentTypes['RecommendationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
}>;

export type RecommendationFollowUpResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationFollowUp'] = ResolversParentTypes['RecommendationFollowUp']> = ResolversObject<{
  activities?: Resolver<Array<ResolversTypes['FollowUpActivity']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['FollowUpProgress'], ParentType, ContextType>;
  projectProposal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposesSpecificProject?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resourcesIdentified?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  resourcesRequired?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  resourcesUncovered?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type RecommendationFollowUpPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationFollowUpPayload'] = ResolversParentTypes['RecommendationFollowUpPayload']> = ResolversObject<{
  auditEntry?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RecommendationFollowUpResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationFollowUpResult'] = ResolversParentTypes['RecommendationFollowUpResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RecommendationFollowUpPayload' | 'ValidationFailed', ParentType, ContextType>;
}>;

export type RecommendationSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationSource'] = ResolversParentTypes['RecommendationSource']> = ResolversObject<{
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importRunId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type RecordMeetingDecisionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordMeetingDecisionResult'] = ResolversParentTypes['RecordMeetingDecisionResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CoordinationDecisionPayload' | 'ValidationFailed', ParentType, ContextType>;
}>;

export type RecordOverlapDecisionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordOverlapDecisionResult'] = ResolversParentTypes['RecordOverlapDecisionResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'OverlapDecisionPayload' | 'ValidationFailed', ParentType, ContextType>;
}>;

export type RecordWarningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordWarning'] = ResolversParentTypes['RecordWarning']> = ResolversObject<{
  element?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RegionCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegionCount'] = ResolversParentTypes['RegionCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type RegionShareResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegionShare'] = ResolversParentTypes['RegionShare']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<RegionShareNameArgs, 'lang'>>;
  percentage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  vocabulary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReportFileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportFile'] = ResolversParentTypes['ReportFile']> = ResolversObject<{
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  encoding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SectorShareResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectorShare'] = ResolversParentTypes['SectorShare']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<SectorShareNameArgs, 'lang'>>;
  percentage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  vocabulary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SkippedRecordResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkippedRecord'] = ResolversParentTypes['SkippedRecord']> = ResolversObject<{
  identifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  decisionChanged?: SubscriptionResolver<ResolversTypes['DecisionChange'], "decisionChanged", ParentType, ContextType, Partial<SubscriptionDecisionChangedArgs>>;
  importRunFinished?: SubscriptionResolver<ResolversTypes['ImportRun'], "importRunFinished", ParentType, ContextType, Partial<SubscriptionImportRunFinishedArgs>>;
}>;

export type ThemeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = ResolversObject<{
  coordinatingOrganisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ThemeLabelArgs, 'lang'>>;
  mandatedOrganisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  uhriThemes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ThemeCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ThemeCount'] = ResolversParentTypes['ThemeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
}>;

export type UnmatchedOrganisationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnmatchedOrganisation'] = ResolversParentTypes['UnmatchedOrganisation']> = ResolversObject<{
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UpdateFollowUpResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateFollowUpResult'] = ResolversParentTypes['UpdateFollowUpResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CoordinationDecisionPayload' | 'ValidationFailed', ParentType, ContextType>;
}>;

export type ValidationFailedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ValidationFailed'] = ResolversParentTypes['ValidationFailed']> = ResolversObject<{
  fieldErrors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  authenticated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  keyId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisationRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ApiKeyRole']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  About?: AboutResolvers<ContextType>;
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  ActivityQuality?: ActivityQualityResolvers<ContextType>;
  ActivityTheme?: ActivityThemeResolvers<ContextType>;
  AuditActor?: AuditActorResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Budget?: BudgetResolvers<ContextType>;
  BudgetYear?: BudgetYearResolvers<ContextType>;
  CodeName?: CodeNameResolvers<ContextType>;
  CoordinationDecision?: CoordinationDecisionResolvers<ContextType>;
  CoordinationDecisionConnection?: CoordinationDecisionConnectionResolvers<ContextType>;
  CoordinationDecisionEdge?: CoordinationDecisionEdgeResolvers<ContextType>;
  CoordinationDecisionPayload?: CoordinationDecisionPayloadResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  CountryConnection?: CountryConnectionResolvers<ContextType>;
  CountryEdge?: CountryEdgeResolvers<ContextType>;
  CountryShare?: CountryShareResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  CoverageRow?: CoverageRowResolvers<ContextType>;
  CreateMeetingResult?: CreateMeetingResultResolvers<ContextType>;
  DataWeakness?: DataWeaknessResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DecisionChange?: DecisionChangeResolvers<ContextType>;
  DecisionHistoryEntry?: DecisionHistoryEntryResolvers<ContextType>;
  ExitStrategy?: ExitStrategyResolvers<ContextType>;
  Expert?: ExpertResolvers<ContextType>;
  ExpertConnection?: ExpertConnectionResolvers<ContextType>;
  ExpertCounts?: ExpertCountsResolvers<ContextType>;
  ExpertEdge?: ExpertEdgeResolvers<ContextType>;
  ExpertMatch?: ExpertMatchResolvers<ContextType>;
  ExpertPayload?: ExpertPayloadResolvers<ContextType>;
  ExpertResult?: ExpertResultResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FieldError?: FieldErrorResolvers<ContextType>;
  FieldOperation?: FieldOperationResolvers<ContextType>;
  FieldOperationConnection?: FieldOperationConnectionResolvers<ContextType>;
  FieldOperationEdge?: FieldOperationEdgeResolvers<ContextType>;
  FieldOperationPayload?: FieldOperationPayloadResolvers<ContextType>;
  FieldOperationResult?: FieldOperationResultResolvers<ContextType>;
  FollowUpActivity?: FollowUpActivityResolvers<ContextType>;
  Gap?: GapResolvers<ContextType>;
  GapConnection?: GapConnectionResolvers<ContextType>;
  GapEdge?: GapEdgeResolvers<ContextType>;
  GapMatches?: GapMatchesResolvers<ContextType>;
  GapPresence?: GapPresenceResolvers<ContextType>;
  HumanitarianCluster?: HumanitarianClusterResolvers<ContextType>;
  ImportCounts?: ImportCountsResolvers<ContextType>;
  ImportRun?: ImportRunResolvers<ContextType>;
  ImportRunConnection?: ImportRunConnectionResolvers<ContextType>;
  ImportRunEdge?: ImportRunEdgeResolvers<ContextType>;
  ImportRunOwner?: ImportRunOwnerResolvers<ContextType>;
  ImportWarningSample?: ImportWarningSampleResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  InstitutionConnection?: InstitutionConnectionResolvers<ContextType>;
  InstitutionEdge?: InstitutionEdgeResolvers<ContextType>;
  InstitutionMatch?: InstitutionMatchResolvers<ContextType>;
  InstitutionPayload?: InstitutionPayloadResolvers<ContextType>;
  InstitutionResult?: InstitutionResultResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  MatchReason?: MatchReasonResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingAgenda?: MeetingAgendaResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  MeetingPayload?: MeetingPayloadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Narrative?: NarrativeResolvers<ContextType>;
  NationalityGroupCount?: NationalityGroupCountResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Nomination?: NominationResolvers<ContextType>;
  OhchrActivityPayload?: OhchrActivityPayloadResolvers<ContextType>;
  OhchrActivityResult?: OhchrActivityResultResolvers<ContextType>;
  OrgReference?: OrgReferenceResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  Overlap?: OverlapResolvers<ContextType>;
  OverlapCluster?: OverlapClusterResolvers<ContextType>;
  OverlapClusterConnection?: OverlapClusterConnectionResolvers<ContextType>;
  OverlapClusterEdge?: OverlapClusterEdgeResolvers<ContextType>;
  OverlapConnection?: OverlapConnectionResolvers<ContextType>;
  OverlapDecision?: OverlapDecisionResolvers<ContextType>;
  OverlapDecisionPayload?: OverlapDecisionPayloadResolvers<ContextType>;
  OverlapEdge?: OverlapEdgeResolvers<ContextType>;
  OverlapExplanation?: OverlapExplanationResolvers<ContextType>;
  OverlapScoreParts?: OverlapScorePartsResolvers<ContextType>;
  OverlapSide?: OverlapSideResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParticipatingOrg?: ParticipatingOrgResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  PolicyMarker?: PolicyMarkerResolvers<ContextType>;
  Presence?: PresenceResolvers<ContextType>;
  PresenceConnection?: PresenceConnectionResolvers<ContextType>;
  PresenceEdge?: PresenceEdgeResolvers<ContextType>;
  PresencePlace?: PresencePlaceResolvers<ContextType>;
  PresenceProvenance?: PresenceProvenanceResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  QualityFlagCount?: QualityFlagCountResolvers<ContextType>;
  QualityIssue?: QualityIssueResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationBody?: RecommendationBodyResolvers<ContextType>;
  RecommendationConnection?: RecommendationConnectionResolvers<ContextType>;
  RecommendationEdge?: RecommendationEdgeResolvers<ContextType>;
  RecommendationFollowUp?: RecommendationFollowUpResolvers<ContextType>;
  RecommendationFollowUpPayload?: RecommendationFollowUpPayloadResolvers<ContextType>;
  RecommendationFollowUpResult?: RecommendationFollowUpResultResolvers<ContextType>;
  RecommendationSource?: RecommendationSourceResolvers<ContextType>;
  RecordMeetingDecisionResult?: RecordMeetingDecisionResultResolvers<ContextType>;
  RecordOverlapDecisionResult?: RecordOverlapDecisionResultResolvers<ContextType>;
  RecordWarning?: RecordWarningResolvers<ContextType>;
  RegionCount?: RegionCountResolvers<ContextType>;
  RegionShare?: RegionShareResolvers<ContextType>;
  ReportFile?: ReportFileResolvers<ContextType>;
  SectorShare?: SectorShareResolvers<ContextType>;
  SkippedRecord?: SkippedRecordResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  ThemeCount?: ThemeCountResolvers<ContextType>;
  UnmatchedOrganisation?: UnmatchedOrganisationResolvers<ContextType>;
  UpdateFollowUpResult?: UpdateFollowUpResultResolvers<ContextType>;
  ValidationFailed?: ValidationFailedResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = GraphQLContext> = ResolversObject<{
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
}>;
