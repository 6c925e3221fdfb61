/**
 * Every operation the dashboard sends; all of them public GraphQL any client can send. Typed by
 * GraphQL Code Generator's client preset from schema/ (`npm run codegen:client`, output in ../gql):
 * a schema change that breaks one of them fails codegen or the type-check.
 */
import { gql } from '../gql';

export const OPTIONS = gql(`
  query DashboardOptions($lang: String) {
    viewer { authenticated role organisationRef label }
    themes { id label(lang: $lang) }
    organisations(first: 500) { edges { node { ref acronym name } } }
    regions { code name(lang: $lang) }
    countries(first: 500) { edges { node { code name(lang: $lang) } } }
  }
`);

export const OVERVIEW = gql(`
  query Overview($coverage: CoverageFilter, $overlaps: OverlapFilter, $gaps: GapFilter) {
    coverage(filter: $coverage, groupBy: [COUNTRY]) { totalActivities totalUndatedActivities totalBudgets { currency value } rows { country activityCount } }
    overlaps(filter: $overlaps, first: 500) { totalCount edges { node { id countries kind } } }
    gaps(filter: $gaps, first: 500) { totalCount edges { node { id countries kind } } }
  }
`);

export const ACTIVITY_FIELDS = gql(`
  fragment ActivityFields on Activity {
    id iatiIdentifier origin title(lang: $lang) restricted reportingOrg { ref name } statusName(lang: $lang)
    plannedStart actualStart plannedEnd actualEnd recipientCountries { code percentage }
    participatingOrgs { ref name roleName(lang: $lang) } budgets { value currency periodStart }
  }
`);

export const OVERLAP_FIELDS = gql(`
  fragment OverlapFields on Overlap {
    id score kind kindReason countries period { start end }
    scoreParts { theme time country reliability }
    themes { id label(lang: $lang) }
    decision { decision note decidedBy decidedAt }
    explanation { summary reliability sides { organisation origin startBasis endBasis period { start end } weaknesses { kind factor message } presences { id organisation { name } organisationAcronym cluster { name } place { adm1Code adm1Name adm2Code adm2Name } } } }
    activities { ...ActivityFields }
  }
`);

export const GAP_FIELDS = gql(`
  fragment GapFields on Gap {
    id kind countries period { start end } themes { id label(lang: $lang) }
    mandatedOrganisations absentOrganisations presentOrganisations
    recommendations { id symbol text publicationDate body { name } }
    matches(first: 3) { expertCount institutionCount institutions { rank institution { id name country { code } kind } reasons { kind text } } }
  }
`);

export const COUNTRY_PAGE = gql(`
  query CountryPage($code: String!, $coverage: CoverageFilter, $overlaps: OverlapFilter, $gaps: GapFilter, $lang: String) {
    country(code: $code) { code name(lang: $lang) }
    coverage(filter: $coverage, groupBy: [THEME, ORGANISATION]) {
      totalActivities totalUndatedActivities totalPresences
      rows { theme { id label(lang: $lang) } organisation { ref acronym } activityCount undatedActivityCount presenceCount }
    }
    overlaps(filter: $overlaps, first: 100) { totalCount edges { node { ...OverlapFields } } }
    gaps(filter: $gaps, first: 100) { totalCount edges { node { ...GapFields } } }
    budgetsByYear(filter: $coverage) { organisation { ref } year currency value activityCount }
  }
`);

export const PRESENCE_FIELDS = gql(`
  fragment PresenceFields on Presence {
    id origin organisation { ref name acronym } organisationAcronym organisationType organisationIdentified
    cluster { id name } themes { id label(lang: $lang) }
    place { adm1Code adm1Name adm2Code adm2Name } period { start end }
  }
`);

/** A country's OCHA 3W presence records, a page at a time; `imported` counts every presence of the country, whatever the filters. */
export const COUNTRY_PRESENCES = gql(`
  query CountryPresences($country: String!, $filter: PresenceFilter, $first: Int, $after: String, $lang: String) {
    presences(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...PresenceFields } } }
    imported: presences(filter: { country: [$country] }, first: 1) { totalCount }
  }
`);

export const MEETINGS = gql(`
  query Meetings {
    meetings(first: 100) { totalCount edges { node { id title date countries themes { id } organisations { ref } decisions { id } createdBy } } }
  }
`);

export const CREATE_MEETING = gql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      __typename
      ... on MeetingPayload { meeting { id } }
      ... on ValidationFailed { message fieldErrors { field message } }
    }
  }
`);

export const DECISION_FIELDS = gql(`
  fragment DecisionFields on CoordinationDecision {
    id subject subjectId subjectLabel countries kind ownerOrganisation { ref } dueDate note status followUp decidedBy decidedAt
    meeting { id title date }
    history { at by action status dueDate note }
  }
`);

export const MEETING = gql(`
  query Meeting($id: ID!, $lang: String) {
    meeting(id: $id) {
      id title date countries themes { id label(lang: $lang) } organisations { ref } period { start end } createdBy
      agenda {
        overlaps { ...OverlapFields }
        gaps { ...GapFields }
      }
      decisions { ...DecisionFields }
    }
  }
`);

export const RECORD_DECISION = gql(`
  mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {
    recordMeetingDecision(input: $input) {
      __typename
      ... on CoordinationDecisionPayload { decision { id } }
      ... on ValidationFailed { message fieldErrors { field message } }
    }
  }
`);

export const MINUTES = gql(`
  query Minutes($id: ID!, $format: ReportFormat!) {
    meeting(id: $id) { minutes(format: $format) { filename contentType encoding content } }
  }
`);

export const FOLLOW_UPS = gql(`
  query FollowUps($filter: FollowUpFilter) {
    followUps(filter: $filter, first: 500) { totalCount edges { node { ...DecisionFields } } }
  }
`);

export const UPDATE_FOLLOW_UP = gql(`
  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {
    updateFollowUp(input: $input) {
      __typename
      ... on CoordinationDecisionPayload { decision { id status followUp } }
      ... on ValidationFailed { message fieldErrors { field message } }
    }
  }
`);
