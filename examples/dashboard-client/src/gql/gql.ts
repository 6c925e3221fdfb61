/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query ActivitiesPage($country: [String!], $first: Int!, $after: String) {\n    activities(filter: { country: $country }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id iatiIdentifier title reportingOrg { ref name } } }\n    }\n  }\n": typeof types.ActivitiesPageDocument,
    "\n  query RecordById($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Activity { iatiIdentifier title reportingOrg { ref name } }\n      ... on ImportRun { kind file status }\n    }\n  }\n": typeof types.RecordByIdDocument,
    "\n  subscription ImportRunFinished($kind: [ImportKind!]) {\n    importRunFinished(kind: $kind) { id kind file status finishedAt counts { read created updated withdrawn skipped } }\n  }\n": typeof types.ImportRunFinishedDocument,
    "\n  subscription DecisionChanged($filter: DecisionChangeFilter) {\n    decisionChanged(filter: $filter) {\n      action at subject subjectId countries\n      decision { id kind status followUp dueDate }\n      meeting { id title }\n    }\n  }\n": typeof types.DecisionChangedDocument,
};
const documents: Documents = {
    "\n  query ActivitiesPage($country: [String!], $first: Int!, $after: String) {\n    activities(filter: { country: $country }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id iatiIdentifier title reportingOrg { ref name } } }\n    }\n  }\n": types.ActivitiesPageDocument,
    "\n  query RecordById($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Activity { iatiIdentifier title reportingOrg { ref name } }\n      ... on ImportRun { kind file status }\n    }\n  }\n": types.RecordByIdDocument,
    "\n  subscription ImportRunFinished($kind: [ImportKind!]) {\n    importRunFinished(kind: $kind) { id kind file status finishedAt counts { read created updated withdrawn skipped } }\n  }\n": types.ImportRunFinishedDocument,
    "\n  subscription DecisionChanged($filter: DecisionChangeFilter) {\n    decisionChanged(filter: $filter) {\n      action at subject subjectId countries\n      decision { id kind status followUp dueDate }\n      meeting { id title }\n    }\n  }\n": types.DecisionChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesPage($country: [String!], $first: Int!, $after: String) {\n    activities(filter: { country: $country }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id iatiIdentifier title reportingOrg { ref name } } }\n    }\n  }\n"): (typeof documents)["\n  query ActivitiesPage($country: [String!], $first: Int!, $after: String) {\n    activities(filter: { country: $country }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id iatiIdentifier title reportingOrg { ref name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordById($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Activity { iatiIdentifier title reportingOrg { ref name } }\n      ... on ImportRun { kind file status }\n    }\n  }\n"): (typeof documents)["\n  query RecordById($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Activity { iatiIdentifier title reportingOrg { ref name } }\n      ... on ImportRun { kind file status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ImportRunFinished($kind: [ImportKind!]) {\n    importRunFinished(kind: $kind) { id kind file status finishedAt counts { read created updated withdrawn skipped } }\n  }\n"): (typeof documents)["\n  subscription ImportRunFinished($kind: [ImportKind!]) {\n    importRunFinished(kind: $kind) { id kind file status finishedAt counts { read created updated withdrawn skipped } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DecisionChanged($filter: DecisionChangeFilter) {\n    decisionChanged(filter: $filter) {\n      action at subject subjectId countries\n      decision { id kind status followUp dueDate }\n      meeting { id title }\n    }\n  }\n"): (typeof documents)["\n  subscription DecisionChanged($filter: DecisionChangeFilter) {\n    decisionChanged(filter: $filter) {\n      action at subject subjectId countries\n      decision { id kind status followUp dueDate }\n      meeting { id title }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;