/**
 * The benchmarked request: a page of activities with every join a liaison dashboard shows
 * (the batching test, test/integration/query-batching.test.ts, counts its database commands).
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
