import { isKnownCode } from '../../codelists/codelists';
import type { Money } from '../activity/activity.model';

export const PROJECT_PROPOSAL_MAX_LENGTH = 2000;

/** An editor's change to a recommendation's follow-up; fields left out keep their value, null clears. */
export interface FollowUpChanges {
  linkActivities?: readonly string[] | null;
  unlinkActivities?: readonly string[] | null;
  resourcesRequired?: Money | null;
  proposesSpecificProject?: boolean | null;
  projectProposal?: string | null;
}

export interface FollowUpProblem {
  field: string;
  message: string;
}

/** Every problem with the change, by input field (the activities' existence is checked by the service). */
export function validateFollowUpChanges(changes: FollowUpChanges): FollowUpProblem[] {
  const problems: FollowUpProblem[] = [];
  const money = changes.resourcesRequired;
  if (money) {
    if (!Number.isFinite(money.value) || money.value < 0) problems.push({ field: 'resourcesRequired.value', message: 'must be ≥ 0' });
    if (!isKnownCode('Currency', money.currency.trim().toUpperCase())) problems.push({ field: 'resourcesRequired.currency', message: `"${money.currency}" is not an ISO 4217 currency code` });
  }
  if ((changes.projectProposal?.trim().length ?? 0) > PROJECT_PROPOSAL_MAX_LENGTH) {
    problems.push({ field: 'projectProposal', message: `must be at most ${PROJECT_PROPOSAL_MAX_LENGTH} characters` });
  }
  const unlink = new Set(changes.unlinkActivities ?? []);
  for (const id of new Set(changes.linkActivities ?? [])) if (unlink.has(id)) problems.push({ field: 'unlinkActivities', message: `${id} is also in linkActivities` });
  return problems;
}
