/**
 * The benchmarked requests. PAGE_WITH_JOINS is the page the batching test counts
 * (test/integration/query-batching.test.ts); the others are what a coordination meeting on one
 * country opens, Kenya here.
 */
export const PAGE_WITH_JOINS = `query Page($first: Int!) {
  activities(first: $first) {
    totalCount
    edges { node {
      id iatiIdentifier title status plannedStart
      reportingOrg { ref name organisation { acronym name } }
      participatingOrgs { role ref name organisation { acronym } }
      recipientCountries { code percentage country { code name activityCount } }
      recommendations(first: 3) { annotationId publicationDate body { type } countries { code } linkedActivities { iatiIdentifier } }
    } }
  }
}`;

/** A country's page of activities with organisations, countries and themes; the raw-driver endpoint answers the same JSON. */
export const COUNTRY_PAGE = `query CountryPage($country: String!, $first: Int!, $after: String) {
  activities(filter: { country: [$country] }, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id iatiIdentifier title status
      reportingOrg { ref name organisation { acronym name } }
      participatingOrgs { role ref name organisation { acronym } }
      recipientCountries { code percentage country { code name activityCount } }
      themes { theme { id label } via weight }
    } }
  }
}`;

export const COVERAGE_COUNTRY_THEME = `query Coverage {
  coverage(groupBy: [COUNTRY, THEME]) {
    totalActivities totalUndatedActivities
    rows { country theme { id } activityCount undatedActivityCount budgets { currency value } }
  }
}`;

export const COUNTRY_OVERLAPS = `query Overlaps($country: String!) {
  overlaps(filter: { country: [$country] }, first: 20) {
    totalCount
    edges { node { id score kind countries themes { id } period { start end } activities { id iatiIdentifier title } organisations { ref name } } }
  }
}`;

export const COUNTRY_GAPS = `query Gaps($country: String!) {
  gaps(filter: { country: [$country] }, first: 20) {
    totalCount
    edges { node { id kind country themes { id } recommendations { annotationId } mandatedOrganisations absentOrganisations presentOrganisations } }
  }
}`;
