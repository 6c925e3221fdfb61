/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  subscription DashboardImportRunFinished {\n    importRunFinished { id status counts { created updated withdrawn } }\n  }\n": typeof types.DashboardImportRunFinishedDocument,
    "\n  subscription DashboardDecisionChanged($filter: DecisionChangeFilter) {\n    decisionChanged(filter: $filter) { action subject subjectId decision { id } meeting { id } }\n  }\n": typeof types.DashboardDecisionChangedDocument,
    "\n  query DashboardOptions($lang: String) {\n    viewer { authenticated role organisationRef label }\n    themes { id label(lang: $lang) }\n    organisations(first: 500) { edges { node { ref acronym name } } }\n    regions { code name(lang: $lang) }\n    countries(first: 500) { edges { node { code name(lang: $lang) } } }\n  }\n": typeof types.DashboardOptionsDocument,
    "\n  query Overview($coverage: CoverageFilter, $overlaps: OverlapFilter, $gaps: GapFilter) {\n    coverage(filter: $coverage, groupBy: [COUNTRY]) { totalActivities totalUndatedActivities totalBudgets { currency value } rows { country activityCount } }\n    overlaps(filter: $overlaps, first: 500) { totalCount edges { node { id countries kind } } }\n    gaps(filter: $gaps, first: 500) { totalCount edges { node { id countries kind } } }\n  }\n": typeof types.OverviewDocument,
    "\n  fragment ActivityFields on Activity {\n    id iatiIdentifier origin title(lang: $lang) restricted reportingOrg { ref name } statusName(lang: $lang)\n    plannedStart actualStart plannedEnd actualEnd recipientCountries { code percentage }\n    participatingOrgs { ref name roleName(lang: $lang) } budgets { value currency periodStart }\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  fragment OverlapFields on Overlap {\n    id score kind kindReason countries period { start end }\n    scoreParts { theme time country reliability }\n    themes { id label(lang: $lang) }\n    decision { decision note decidedBy decidedAt }\n    explanation { summary reliability sides { organisation origin startBasis endBasis period { start end } weaknesses { kind factor message } presences { id organisation { name } organisationAcronym cluster { name } place { adm1Code adm1Name adm2Code adm2Name } } } }\n    activities { ...ActivityFields }\n  }\n": typeof types.OverlapFieldsFragmentDoc,
    "\n  fragment GapFields on Gap {\n    id kind countries period { start end } themes { id label(lang: $lang) }\n    mandatedOrganisations absentOrganisations presentOrganisations\n    recommendations { id symbol text publicationDate body { name } }\n    matches(first: 3) { expertCount institutionCount institutions { rank institution { id name country { code } kind } reasons { kind text } } }\n  }\n": typeof types.GapFieldsFragmentDoc,
    "\n  query CountryPage($code: String!, $coverage: CoverageFilter, $overlaps: OverlapFilter, $gaps: GapFilter, $lang: String) {\n    country(code: $code) { code name(lang: $lang) }\n    coverage(filter: $coverage, groupBy: [THEME, ORGANISATION]) {\n      totalActivities totalUndatedActivities totalPresences\n      rows { theme { id label(lang: $lang) } organisation { ref acronym } activityCount undatedActivityCount presenceCount }\n    }\n    overlaps(filter: $overlaps, first: 100) { totalCount edges { node { ...OverlapFields } } }\n    gaps(filter: $gaps, first: 100) { totalCount edges { node { ...GapFields } } }\n    budgetsByYear(filter: $coverage) { organisation { ref } year currency value activityCount }\n  }\n": typeof types.CountryPageDocument,
    "\n  fragment PresenceFields on Presence {\n    id origin organisation { ref name acronym } organisationAcronym organisationType organisationIdentified\n    cluster { id name } themes { id label(lang: $lang) }\n    place { adm1Code adm1Name adm2Code adm2Name } period { start end }\n  }\n": typeof types.PresenceFieldsFragmentDoc,
    "\n  query CountryPresences($country: String!, $filter: PresenceFilter, $first: Int, $after: String, $lang: String) {\n    presences(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...PresenceFields } } }\n    imported: presences(filter: { country: [$country] }, first: 1) { totalCount }\n  }\n": typeof types.CountryPresencesDocument,
    "\n  query Meetings {\n    meetings(first: 100) { totalCount edges { node { id title date countries themes { id } organisations { ref } decisions { id } createdBy } } }\n  }\n": typeof types.MeetingsDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      __typename\n      ... on MeetingPayload { meeting { id } }\n      ... on ValidationFailed { message fieldErrors { field message } }\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  fragment DecisionFields on CoordinationDecision {\n    id subject subjectId subjectLabel countries kind ownerOrganisation { ref } dueDate note status followUp decidedBy decidedAt\n    meeting { id title date }\n    history { at by action status dueDate note }\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  query Meeting($id: ID!, $lang: String) {\n    meeting(id: $id) {\n      id title date countries themes { id label(lang: $lang) } organisations { ref } period { start end } createdBy\n      agenda {\n        overlaps { ...OverlapFields }\n        gaps { ...GapFields }\n      }\n      decisions { ...DecisionFields }\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {\n    recordMeetingDecision(input: $input) {\n      __typename\n      ... on CoordinationDecisionPayload { decision { id } }\n      ... on ValidationFailed { message fieldErrors { field message } }\n    }\n  }\n": typeof types.RecordMeetingDecisionDocument,
    "\n  query Minutes($id: ID!, $format: ReportFormat!) {\n    meeting(id: $id) { minutes(format: $format) { filename contentType encoding content } }\n  }\n": typeof types.MinutesDocument,
    "\n  query FollowUps($filter: FollowUpFilter) {\n    followUps(filter: $filter, first: 500) { totalCount edges { node { ...DecisionFields } } }\n  }\n": typeof types.FollowUpsDocument,
    "\n  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      __typename\n      ... on CoordinationDecisionPayload { decision { id status followUp } }\n      ... on ValidationFailed { message fieldErrors { field message } }\n    }\n  }\n": typeof types.UpdateFollowUpDocument,
};
const documents: Documents = {
    "\n  subscription DashboardImportRunFinished {\n    importRunFinished { id status counts { created updated withdrawn } }\n  }\n": types.DashboardImportRunFinishedDocument,
    "\n  subscription DashboardDecisionChanged($filter: DecisionChangeFilter) {\n    decisionChanged(filter: $filter) { action subject subjectId decision { id } meeting { id } }\n  }\n": types.DashboardDecisionChangedDocument,
    "\n  query DashboardOptions($lang: String) {\n    viewer { authenticated role organisationRef label }\n    themes { id label(lang: $lang) }\n    organisations(first: 500) { edges { node { ref acronym name } } }\n    regions { code name(lang: $lang) }\n    countries(first: 500) { edges { node { code name(lang: $lang) } } }\n  }\n": types.DashboardOptionsDocument,
    "\n  query Overview($coverage: CoverageFilter, $overlaps: OverlapFilter, $gaps: GapFilter) {\n    coverage(filter: $coverage, groupBy: [COUNTRY]) { totalActivities totalUndatedActivities totalBudgets { currency value } rows { country activityCount } }\n    overlaps(filter: $overlaps, first: 500) { totalCount edges { node { id countries kind } } }\n    gaps(filter: $gaps, first: 500) { totalCount edges { node { id countries kind } } }\n  }\n": types.OverviewDocument,
    "\n  fragment ActivityFields on Activity {\n    id iatiIdentifier origin title(lang: $lang) restricted reportingOrg { ref name } statusName(lang: $lang)\n    plannedStart actualStart plannedEnd actualEnd recipientCountries { code percentage }\n    participatingOrgs { ref name roleName(lang: $lang) } budgets { value currency periodStart }\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  fragment OverlapFields on Overlap {\n    id score kind kindReason countries period { start end }\n    scoreParts { theme time country reliability }\n    themes { id label(lang: $lang) }\n    decision { decision note decidedBy decidedAt }\n    explanation { summary reliability sides { organisation origin startBasis endBasis period { start end } weaknesses { kind factor message } presences { id organisation { name } organisationAcronym cluster { name } place { adm1Code adm1Name adm2Code adm2Name } } } }\n    activities { ...ActivityFields }\n  }\n": types.OverlapFieldsFragmentDoc,
    "\n  fragment GapFields on Gap {\n    id kind countries period { start end } themes { id label(lang: $lang) }\n    mandatedOrganisations absentOrganisations presentOrganisations\n    recommendations { id symbol text publicationDate body { name } }\n    matches(first: 3) { expertCount institutionCount institutions { rank institution { id name country { code } kind } reasons { kind text } } }\n  }\n": types.GapFieldsFragmentDoc,
    "\n  query CountryPage($code: String!, $coverage: CoverageFilter, $overlaps: OverlapFilter, $gaps: GapFilter, $lang: String) {\n    country(code: $code) { code name(lang: $lang) }\n    coverage(filter: $coverage, groupBy: [THEME, ORGANISATION]) {\n      totalActivities totalUndatedActivities totalPresences\n      rows { theme { id label(lang: $lang) } organisation { ref acronym } activityCount undatedActivityCount presenceCount }\n    }\n    overlaps(filter: $overlaps, first: 100) { totalCount edges { node { ...OverlapFields } } }\n    gaps(filter: $gaps, first: 100) { totalCount edges { node { ...GapFields } } }\n    budgetsByYear(filter: $coverage) { organisation { ref } year currency value activityCount }\n  }\n": types.CountryPageDocument,
    "\n  fragment PresenceFields on Presence {\n    id origin organisation { ref name acronym } organisationAcronym organisationType organisationIdentified\n    cluster { id name } themes { id label(lang: $lang) }\n    place { adm1Code adm1Name adm2Code adm2Name } period { start end }\n  }\n": types.PresenceFieldsFragmentDoc,
    "\n  query CountryPresences($country: String!, $filter: PresenceFilter, $first: Int, $after: String, $lang: String) {\n    presences(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...PresenceFields } } }\n    imported: presences(filter: { country: [$country] }, first: 1) { totalCount }\n  }\n": types.CountryPresencesDocument,
    "\n  query Meetings {\n    meetings(first: 100) { totalCount edges { node { id title date countries themes { id } organisations { ref } decisions { id } createdBy } } }\n  }\n": types.MeetingsDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      __typename\n      ... on MeetingPayload { meeting { id } }\n      ... on ValidationFailed { message fieldErrors { field message } }\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  fragment DecisionFields on CoordinationDecision {\n    id subject subjectId subjectLabel countries kind ownerOrganisation { ref } dueDate note status followUp decidedBy decidedAt\n    meeting { id title date }\n    history { at by action status dueDate note }\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  query Meeting($id: ID!, $lang: String) {\n    meeting(id: $id) {\n      id title date countries themes { id label(lang: $lang) } organisations { ref } period { start end } createdBy\n      agenda {\n        overlaps { ...OverlapFields }\n        gaps { ...GapFields }\n      }\n      decisions { ...DecisionFields }\n    }\n  }\n": types.MeetingDocument,
    "\n  mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {\n    recordMeetingDecision(input: $input) {\n      __typename\n      ... on CoordinationDecisionPayload { decision { id } }\n      ... on ValidationFailed { message fieldErrors { field message } }\n    }\n  }\n": types.RecordMeetingDecisionDocument,
    "\n  query Minutes($id: ID!, $format: ReportFormat!) {\n    meeting(id: $id) { minutes(format: $format) { filename contentType encoding content } }\n  }\n": types.MinutesDocument,
    "\n  query FollowUps($filter: FollowUpFilter) {\n    followUps(filter: $filter, first: 500) { totalCount edges { node { ...DecisionFields } } }\n  }\n": types.FollowUpsDocument,
    "\n  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      __typename\n      ... on CoordinationDecisionPayload { decision { id status followUp } }\n      ... on ValidationFailed { message fieldErrors { field message } }\n    }\n  }\n": types.UpdateFollowUpDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  subscription DashboardImportRunFinished {\n    importRunFinished { id status counts { created updated withdrawn } }\n  }\n"): typeof import('./graphql').DashboardImportRunFinishedDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  subscription DashboardDecisionChanged($filter: DecisionChangeFilter) {\n    decisionChanged(filter: $filter) { action subject subjectId decision { id } meeting { id } }\n  }\n"): typeof import('./graphql').DashboardDecisionChangedDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query DashboardOptions($lang: String) {\n    viewer { authenticated role organisationRef label }\n    themes { id label(lang: $lang) }\n    organisations(first: 500) { edges { node { ref acronym name } } }\n    regions { code name(lang: $lang) }\n    countries(first: 500) { edges { node { code name(lang: $lang) } } }\n  }\n"): typeof import('./graphql').DashboardOptionsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query Overview($coverage: CoverageFilter, $overlaps: OverlapFilter, $gaps: GapFilter) {\n    coverage(filter: $coverage, groupBy: [COUNTRY]) { totalActivities totalUndatedActivities totalBudgets { currency value } rows { country activityCount } }\n    overlaps(filter: $overlaps, first: 500) { totalCount edges { node { id countries kind } } }\n    gaps(filter: $gaps, first: 500) { totalCount edges { node { id countries kind } } }\n  }\n"): typeof import('./graphql').OverviewDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  fragment ActivityFields on Activity {\n    id iatiIdentifier origin title(lang: $lang) restricted reportingOrg { ref name } statusName(lang: $lang)\n    plannedStart actualStart plannedEnd actualEnd recipientCountries { code percentage }\n    participatingOrgs { ref name roleName(lang: $lang) } budgets { value currency periodStart }\n  }\n"): typeof import('./graphql').ActivityFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  fragment OverlapFields on Overlap {\n    id score kind kindReason countries period { start end }\n    scoreParts { theme time country reliability }\n    themes { id label(lang: $lang) }\n    decision { decision note decidedBy decidedAt }\n    explanation { summary reliability sides { organisation origin startBasis endBasis period { start end } weaknesses { kind factor message } presences { id organisation { name } organisationAcronym cluster { name } place { adm1Code adm1Name adm2Code adm2Name } } } }\n    activities { ...ActivityFields }\n  }\n"): typeof import('./graphql').OverlapFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  fragment GapFields on Gap {\n    id kind countries period { start end } themes { id label(lang: $lang) }\n    mandatedOrganisations absentOrganisations presentOrganisations\n    recommendations { id symbol text publicationDate body { name } }\n    matches(first: 3) { expertCount institutionCount institutions { rank institution { id name country { code } kind } reasons { kind text } } }\n  }\n"): typeof import('./graphql').GapFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query CountryPage($code: String!, $coverage: CoverageFilter, $overlaps: OverlapFilter, $gaps: GapFilter, $lang: String) {\n    country(code: $code) { code name(lang: $lang) }\n    coverage(filter: $coverage, groupBy: [THEME, ORGANISATION]) {\n      totalActivities totalUndatedActivities totalPresences\n      rows { theme { id label(lang: $lang) } organisation { ref acronym } activityCount undatedActivityCount presenceCount }\n    }\n    overlaps(filter: $overlaps, first: 100) { totalCount edges { node { ...OverlapFields } } }\n    gaps(filter: $gaps, first: 100) { totalCount edges { node { ...GapFields } } }\n    budgetsByYear(filter: $coverage) { organisation { ref } year currency value activityCount }\n  }\n"): typeof import('./graphql').CountryPageDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  fragment PresenceFields on Presence {\n    id origin organisation { ref name acronym } organisationAcronym organisationType organisationIdentified\n    cluster { id name } themes { id label(lang: $lang) }\n    place { adm1Code adm1Name adm2Code adm2Name } period { start end }\n  }\n"): typeof import('./graphql').PresenceFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query CountryPresences($country: String!, $filter: PresenceFilter, $first: Int, $after: String, $lang: String) {\n    presences(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...PresenceFields } } }\n    imported: presences(filter: { country: [$country] }, first: 1) { totalCount }\n  }\n"): typeof import('./graphql').CountryPresencesDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query Meetings {\n    meetings(first: 100) { totalCount edges { node { id title date countries themes { id } organisations { ref } decisions { id } createdBy } } }\n  }\n"): typeof import('./graphql').MeetingsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      __typename\n      ... on MeetingPayload { meeting { id } }\n      ... on ValidationFailed { message fieldErrors { field message } }\n    }\n  }\n"): typeof import('./graphql').CreateMeetingDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  fragment DecisionFields on CoordinationDecision {\n    id subject subjectId subjectLabel countries kind ownerOrganisation { ref } dueDate note status followUp decidedBy decidedAt\n    meeting { id title date }\n    history { at by action status dueDate note }\n  }\n"): typeof import('./graphql').DecisionFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query Meeting($id: ID!, $lang: String) {\n    meeting(id: $id) {\n      id title date countries themes { id label(lang: $lang) } organisations { ref } period { start end } createdBy\n      agenda {\n        overlaps { ...OverlapFields }\n        gaps { ...GapFields }\n      }\n      decisions { ...DecisionFields }\n    }\n  }\n"): typeof import('./graphql').MeetingDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {\n    recordMeetingDecision(input: $input) {\n      __typename\n      ... on CoordinationDecisionPayload { decision { id } }\n      ... on ValidationFailed { message fieldErrors { field message } }\n    }\n  }\n"): typeof import('./graphql').RecordMeetingDecisionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query Minutes($id: ID!, $format: ReportFormat!) {\n    meeting(id: $id) { minutes(format: $format) { filename contentType encoding content } }\n  }\n"): typeof import('./graphql').MinutesDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query FollowUps($filter: FollowUpFilter) {\n    followUps(filter: $filter, first: 500) { totalCount edges { node { ...DecisionFields } } }\n  }\n"): typeof import('./graphql').FollowUpsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      __typename\n      ... on CoordinationDecisionPayload { decision { id status followUp } }\n      ... on ValidationFailed { message fieldErrors { field message } }\n    }\n  }\n"): typeof import('./graphql').UpdateFollowUpDocument;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
