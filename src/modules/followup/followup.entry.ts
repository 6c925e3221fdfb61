import type { Money } from '../activity/activity.model';

/** What editors enter on a recommendation's follow-up, kept on the recommendation (re-imports leave it alone). */
export interface RecommendationFollowUpEntry {
  resourcesRequired: Money | null;
  proposesSpecificProject: boolean;
  projectProposal: string | null;
  updatedAt: Date;
}
