/**
 * The shapes the dashboard's queries return: the client preset's types for the documents of
 * api/queries.ts (../gql), so that they follow the schema instead of restating it.
 */
import type {
  ActivityFieldsFragment,
  CountryPageQuery,
  DashboardOptionsQuery,
  DecisionFieldsFragment,
  FollowUpState as SchemaFollowUpState,
  FollowUpStatus as SchemaFollowUpStatus,
  GapFieldsFragment,
  OverlapFieldsFragment,
  PresenceFieldsFragment,
} from '../gql/graphql';

export interface Period {
  start: string | null;
  end: string | null;
}

export interface ThemeRef {
  id: string;
  label: string;
}

export type Activity = ActivityFieldsFragment;
export type Overlap = OverlapFieldsFragment;
export type Presence = PresenceFieldsFragment;
export type OverlapSide = NonNullable<Overlap['explanation']>['sides'][number];
export type Gap = GapFieldsFragment;
export type BudgetYear = CountryPageQuery['budgetsByYear'][number];
export type FollowUpState = SchemaFollowUpState;
export type FollowUpStatus = SchemaFollowUpStatus;
export type Decision = DecisionFieldsFragment;
export type Options = DashboardOptionsQuery;
