/** Every operation the dashboard sends; all of them public GraphQL any client can send. */

export const OPTIONS = /* GraphQL */ `
  query DashboardOptions($lang: String) {
    viewer { authenticated role organisationRef label }
    themes { id label(lang: $lang) }
    organisations(first: 500) { edges { node { ref acronym name } } }
    regions { code name(lang: $lang) }
    countries(first: 500) { edges { node { code name(lang: $lang) } } }
  }
`;

export const OVERVIEW = /* GraphQL */ `
  query Overview($coverage: CoverageFilter, $overlaps: OverlapFilter, $gaps: GapFilter) {
    coverage(filter: $coverage, groupBy: [COUNTRY]) { totalActivities totalUndatedActivities totalBudgets { currency value } rows { country activityCount } }
    overlaps(filter: $overlaps, first: 500) { totalCount edges { node { id countries kind } } }
    gaps(filter: $gaps, first: 500) { totalCount edges { node { id countries kind } } }
  }
`;

const ACTIVITY_FIELDS = `id iatiIdentifier origin title(lang: $lang) restricted reportingOrg { ref name } statusName(lang: $lang)
  plannedStart actualStart plannedEnd actualEnd recipientCountries { code percentage }
  participatingOrgs { ref name roleName(lang: $lang) } budgets { value currency periodStart }`;

export const OVERLAP_FIELDS = `id score kind kindReason countries period { start end }
  scoreParts { theme time country reliability }
  themes { id label(lang: $lang) }
  decision { decision note decidedBy decidedAt }
  explanation { summary reliability sides { organisation startBasis endBasis period { start end } weaknesses { kind factor message } } }
  activities { ${ACTIVITY_FIELDS} }`;

export const GAP_FIELDS = `id kind countries period { start end } themes { id label(lang: $lang) }
  mandatedOrganisations absentOrganisations presentOrganisations
  recommendations { id symbol text publicationDate body { name } }`;

export const COUNTRY_PAGE = /* GraphQL */ `
  query CountryPage($code: String!, $coverage: CoverageFilter, $overlaps: OverlapFilter, $gaps: GapFilter, $lang: String) {
    country(code: $code) { code name(lang: $lang) }
    coverage(filter: $coverage, groupBy: [THEME, ORGANISATION]) {
      totalActivities totalUndatedActivities
      rows { theme { id label(lang: $lang) } organisation { ref } activityCount undatedActivityCount }
    }
    overlaps(filter: $overlaps, first: 100) { totalCount edges { node { ${OVERLAP_FIELDS} } } }
    gaps(filter: $gaps, first: 100) { totalCount edges { node { ${GAP_FIELDS} } } }
    budgetsByYear(filter: $coverage) { organisation { ref } year currency value activityCount }
  }
`;

export const MEETINGS = /* GraphQL */ `
  query Meetings {
    meetings(first: 100) { totalCount edges { node { id title date countries themes { id } organisations { ref } decisions { id } createdBy } } }
  }
`;

export const CREATE_MEETING = /* GraphQL */ `
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      __typename
      ... on MeetingPayload { meeting { id } }
      ... on ValidationFailed { message fieldErrors { field message } }
    }
  }
`;

const DECISION_FIELDS = `id subject subjectId subjectLabel countries kind ownerOrganisation { ref } dueDate note status followUp decidedBy decidedAt
  meeting { id title date }
  history { at by action status dueDate note }`;

export const MEETING = /* GraphQL */ `
  query Meeting($id: ID!, $lang: String) {
    meeting(id: $id) {
      id title date countries themes { id label(lang: $lang) } organisations { ref } period { start end } createdBy
      agenda {
        overlaps { ${OVERLAP_FIELDS} }
        gaps { ${GAP_FIELDS} }
      }
      decisions { ${DECISION_FIELDS} }
    }
  }
`;

export const RECORD_DECISION = /* GraphQL */ `
  mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {
    recordMeetingDecision(input: $input) {
      __typename
      ... on CoordinationDecisionPayload { decision { id } }
      ... on ValidationFailed { message fieldErrors { field message } }
    }
  }
`;

export const MINUTES = /* GraphQL */ `
  query Minutes($id: ID!, $format: ReportFormat!) {
    meeting(id: $id) { minutes(format: $format) { filename contentType encoding content } }
  }
`;

export const FOLLOW_UPS = /* GraphQL */ `
  query FollowUps($filter: FollowUpFilter) {
    followUps(filter: $filter, first: 500) { totalCount edges { node { ${DECISION_FIELDS} } } }
  }
`;

export const UPDATE_FOLLOW_UP = /* GraphQL */ `
  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {
    updateFollowUp(input: $input) {
      __typename
      ... on CoordinationDecisionPayload { decision { id status followUp } }
      ... on ValidationFailed { message fieldErrors { field message } }
    }
  }
`;
