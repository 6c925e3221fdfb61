import type { FollowUpState, FollowUpStatus } from '../api/types';
import type { CoordinationDecisionKind } from '../gql/graphql';

export const DECISION_KIND_WORDS: Record<string, string> = {
  REVIEWED: 'Reviewed',
  COMPLEMENTARY: 'Complementary',
  DUPLICATION_TO_RESOLVE: 'Duplication to resolve',
  JOINT_PROGRAMME_AGREED: 'Joint programme agreed',
  RESPONSE_TO_PLAN: 'Response to plan',
  MANDATED_AGENCY_TO_ENGAGE: 'Mandated agency to engage',
  NOT_A_GAP: 'Not a gap',
};

export const OVERLAP_DECISION_KINDS: CoordinationDecisionKind[] = ['REVIEWED', 'COMPLEMENTARY', 'DUPLICATION_TO_RESOLVE', 'JOINT_PROGRAMME_AGREED'];
export const GAP_DECISION_KINDS: CoordinationDecisionKind[] = ['REVIEWED', 'RESPONSE_TO_PLAN', 'MANDATED_AGENCY_TO_ENGAGE', 'NOT_A_GAP'];

export const STATE_WORDS: Record<FollowUpState, string> = { OPEN: 'Open', DUE_SOON: 'Due soon', OVERDUE: 'Overdue', DONE: 'Done' };
export const STATUS_WORDS: Record<FollowUpStatus, string> = { OPEN: 'Open', IN_PROGRESS: 'In progress', DONE: 'Done' };
/** A shape with each state, so that it is never told by colour alone. */
export const STATE_ICONS: Record<FollowUpState, string> = { OPEN: '○', DUE_SOON: '◔', OVERDUE: '⚠', DONE: '✓' };

export const todayIso = () => new Date().toISOString().slice(0, 10);
