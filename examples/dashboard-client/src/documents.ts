/**
 * The operations of the example dashboard client, typed by GraphQL Code Generator's client preset
 * from the gateway's schema (`npm run codegen:client`, output in ./gql).
 */
import { graphql } from './gql';

/** One page of a country's activities, `first` at a time after the cursor `after`. */
export const ActivitiesPage = graphql(`
  query ActivitiesPage($country: [String!], $first: Int!, $after: String) {
    activities(filter: { country: $country }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id iatiIdentifier title reportingOrg { ref name } } }
    }
  }
`);

/** Any record again by its global id (Relay's object identification). */
export const RecordById = graphql(`
  query RecordById($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Activity { iatiIdentifier title reportingOrg { ref name } }
      ... on ImportRun { kind file status }
    }
  }
`);

/** Import runs as they finish, with what they changed. */
export const ImportRunFinished = graphql(`
  subscription ImportRunFinished($kind: [ImportKind!]) {
    importRunFinished(kind: $kind) { id kind file status finishedAt counts { read created updated withdrawn skipped } }
  }
`);

/** Coordination decisions as they are recorded or their follow-up updated. */
export const DecisionChanged = graphql(`
  subscription DecisionChanged($filter: DecisionChangeFilter) {
    decisionChanged(filter: $filter) {
      action at subject subjectId countries
      decision { id kind status followUp dueDate }
      meeting { id title }
    }
  }
`);
