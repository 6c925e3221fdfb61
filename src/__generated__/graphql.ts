/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schema/*.graphql, config: codegen.yml. Run `npm run codegen`.
import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Activity as ActivityModel } from '../modules/activity/activity.entity';
import { Organisation as OrganisationModel } from '../modules/organisation/organisation.entity';
import { OrgRef as OrgRefModel } from '../modules/activity/activity.model';
import { ActivityConnection as ActivityConnectionModel } from '../modules/activity/activity.service';
import { OrganisationConnection as OrganisationConnectionModel } from '../modules/organisation/organisation.service';
import { CodeNameParent as CodeNameParentModel } from '../modules/codelist/codelist.resolvers';
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

/** One record of work: an IATI activity mirrored from its publisher, or an OHCHR activity. */
export type Activity = {
  __typename?: 'Activity';
  /** Actual end date. */
  actualEnd: Maybe<Scalars['Date']['output']>;
  /** Actual start date. */
  actualStart: Maybe<Scalars['Date']['output']>;
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
  /** IATI last-updated-datetime given by the publisher. */
  lastUpdated: Maybe<Scalars['DateTime']['output']>;
  /** Named places and points where the activity happens. */
  locations: Array<Location>;
  /** ACTIVE, or WITHDRAWN when the source no longer publishes it. */
  mirrorState: MirrorState;
  /** Where the record comes from: IATI (mirrored) or OHCHR (entered through Concord). */
  origin: ActivityOrigin;
  /** Organisations taking part, with their roles. */
  participatingOrgs: Array<ParticipatingOrg>;
  /** Planned end date. */
  plannedEnd: Maybe<Scalars['Date']['output']>;
  /** Planned start date. */
  plannedStart: Maybe<Scalars['Date']['output']>;
  /** Policy markers with significance. */
  policyMarkers: Array<PolicyMarker>;
  /** Recipient countries with their shares. */
  recipientCountries: Array<CountryShare>;
  /** Recipient regions with their shares. */
  recipientRegions: Array<RegionShare>;
  /** The organisation that publishes the record. */
  reportingOrg: OrgReference;
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

/** A recipient country and its share of the activity. */
export type CountryShare = {
  __typename?: 'CountryShare';
  /** ISO 3166-1 alpha-2 code. */
  code: Scalars['String']['output'];
  /** Country name from the IATI codelist. */
  name: Maybe<Scalars['String']['output']>;
  /** Percentage of the activity for this country, when given. */
  percentage: Maybe<Scalars['Float']['output']>;
};


/** A recipient country and its share of the activity. */
export type CountryShareNameArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

/** A date range; either end may be open. */
export type DateRange = {
  /** First day (inclusive). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day (inclusive). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

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

/** Lifecycle of a record in the mirror. */
export type MirrorState =
  /** Published by its source at the last import. */
  | 'ACTIVE'
  /** No longer in its source's dataset; kept, never silently deleted. */
  | 'WITHDRAWN';

/** An amount of money. */
export type Money = {
  __typename?: 'Money';
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
  /** Amount in that currency. */
  value: Scalars['Float']['output'];
};

/** Text in one language. */
export type Narrative = {
  __typename?: 'Narrative';
  /** ISO 639-1 language code, lower case. */
  lang: Scalars['String']['output'];
  /** The text. */
  text: Scalars['String']['output'];
};

/** An organisation as a record names it. */
export type OrgReference = {
  __typename?: 'OrgReference';
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
export type Organisation = {
  __typename?: 'Organisation';
  /** Short name, e.g. UNDP. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Activities this organisation reports, newest first. */
  activities: ActivityConnection;
  /** Concord's id for the organisation. */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Maybe<Scalars['String']['output']>;
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

export type Query = {
  __typename?: 'Query';
  /** Concord's version and the engine it runs on. */
  about: About;
  /** Activities matching `filter`, `first` at a time (at most 500) after the cursor `after`. */
  activities: ActivityConnection;
  /** One activity by Concord id, or by IATI identifier. */
  activity: Maybe<Activity>;
  /** One organisation by its identifier (e.g. XM-DAC-41114). */
  organisation: Maybe<Organisation>;
  /** Organisations known to Concord, by identifier. */
  organisations: OrganisationConnection;
};


export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ActivityOrder>;
};


export type QueryActivityArgs = {
  iatiIdentifier?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOrganisationArgs = {
  ref: Scalars['String']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

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

/** Sort direction. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  About: ResolverTypeWrapper<About>;
  Activity: ResolverTypeWrapper<ActivityModel>;
  ActivityConnection: ResolverTypeWrapper<ActivityConnectionModel>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityFilter: ActivityFilter;
  ActivityOrder: ActivityOrder;
  ActivityOrderField: ActivityOrderField;
  ActivityOrigin: ActivityOrigin;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Budget: ResolverTypeWrapper<Budget>;
  CodeName: ResolverTypeWrapper<CodeNameParentModel>;
  CountryShare: ResolverTypeWrapper<CountryShare>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateRange: DateRange;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Location: ResolverTypeWrapper<Location>;
  MirrorState: MirrorState;
  Money: ResolverTypeWrapper<Money>;
  Narrative: ResolverTypeWrapper<Narrative>;
  OrgReference: ResolverTypeWrapper<OrgRefModel>;
  Organisation: ResolverTypeWrapper<OrganisationModel>;
  OrganisationConnection: ResolverTypeWrapper<OrganisationConnectionModel>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipatingOrg: ResolverTypeWrapper<ParticipatingOrg>;
  PolicyMarker: ResolverTypeWrapper<PolicyMarker>;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordWarning: ResolverTypeWrapper<RecordWarning>;
  RegionShare: ResolverTypeWrapper<RegionShare>;
  SectorShare: ResolverTypeWrapper<SectorShare>;
  SortDirection: SortDirection;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  About: About;
  Activity: ActivityModel;
  ActivityConnection: ActivityConnectionModel;
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivityFilter: ActivityFilter;
  ActivityOrder: ActivityOrder;
  Boolean: Scalars['Boolean']['output'];
  Budget: Budget;
  CodeName: CodeNameParentModel;
  CountryShare: CountryShare;
  Date: Scalars['Date']['output'];
  DateRange: DateRange;
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Location: Location;
  Money: Money;
  Narrative: Narrative;
  OrgReference: OrgRefModel;
  Organisation: OrganisationModel;
  OrganisationConnection: OrganisationConnectionModel;
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  PageInfo: PageInfo;
  ParticipatingOrg: ParticipatingOrg;
  PolicyMarker: PolicyMarker;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  RecordWarning: RecordWarning;
  RegionShare: RegionShare;
  SectorShare: SectorShare;
  String: Scalars['String']['output'];
}>;

export type AboutResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['About'] = ResolversParentTypes['About']> = ResolversObject<{
  embeddedEngine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = ResolversObject<{
  actualEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  actualStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  budgets?: Resolver<Array<ResolversTypes['Budget']>, ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ActivityDescriptionArgs>>;
  disbursements?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  humanitarian?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  iatiIdentifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUpdated?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  mirrorState?: Resolver<ResolversTypes['MirrorState'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['ActivityOrigin'], ParentType, ContextType>;
  participatingOrgs?: Resolver<Array<ResolversTypes['ParticipatingOrg']>, ParentType, ContextType>;
  plannedEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  plannedStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  policyMarkers?: Resolver<Array<ResolversTypes['PolicyMarker']>, ParentType, ContextType>;
  recipientCountries?: Resolver<Array<ResolversTypes['CountryShare']>, ParentType, ContextType>;
  recipientRegions?: Resolver<Array<ResolversTypes['RegionShare']>, ParentType, ContextType>;
  reportingOrg?: Resolver<ResolversTypes['OrgReference'], ParentType, ContextType>;
  sdgGoals?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sdgTargets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['SectorShare']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ActivityStatusNameArgs, 'lang'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ActivityTitleArgs>>;
  titles?: Resolver<Array<ResolversTypes['Narrative']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['RecordWarning']>, ParentType, ContextType>;
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

export type BudgetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CodeNameResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CodeName'] = ResolversParentTypes['CodeName']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<CodeNameNameArgs, 'lang'>>;
}>;

export type CountryShareResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountryShare'] = ResolversParentTypes['CountryShare']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<CountryShareNameArgs, 'lang'>>;
  percentage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LocationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = ResolversObject<{
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lng?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type NarrativeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Narrative'] = ResolversParentTypes['Narrative']> = ResolversObject<{
  lang?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrgReferenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrgReference'] = ResolversParentTypes['OrgReference']> = ResolversObject<{
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  ref?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type OrganisationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = ResolversObject<{
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<OrganisationActivitiesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['CodeName']>, ParentType, ContextType>;
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

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ParticipatingOrgResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParticipatingOrg'] = ResolversParentTypes['ParticipatingOrg']> = ResolversObject<{
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  roleName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ParticipatingOrgRoleNameArgs, 'lang'>>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PolicyMarkerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyMarker'] = ResolversParentTypes['PolicyMarker']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<PolicyMarkerNameArgs, 'lang'>>;
  significance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vocabulary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importRunId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastUpdated?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  about?: Resolver<ResolversTypes['About'], ParentType, ContextType>;
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<QueryActivitiesArgs, 'first'>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, Partial<QueryActivityArgs>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'ref'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first'>>;
}>;

export type RecordWarningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordWarning'] = ResolversParentTypes['RecordWarning']> = ResolversObject<{
  element?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RegionShareResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegionShare'] = ResolversParentTypes['RegionShare']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<RegionShareNameArgs, 'lang'>>;
  percentage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  vocabulary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SectorShareResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectorShare'] = ResolversParentTypes['SectorShare']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<SectorShareNameArgs, 'lang'>>;
  percentage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  vocabulary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  About?: AboutResolvers<ContextType>;
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  Budget?: BudgetResolvers<ContextType>;
  CodeName?: CodeNameResolvers<ContextType>;
  CountryShare?: CountryShareResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Location?: LocationResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Narrative?: NarrativeResolvers<ContextType>;
  OrgReference?: OrgReferenceResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParticipatingOrg?: ParticipatingOrgResolvers<ContextType>;
  PolicyMarker?: PolicyMarkerResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordWarning?: RecordWarningResolvers<ContextType>;
  RegionShare?: RegionShareResolvers<ContextType>;
  SectorShare?: SectorShareResolvers<ContextType>;
}>;

