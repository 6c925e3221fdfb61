import type { ActivityRecord } from '../modules/activity/activity.model';
import type { Viewer } from '../viewer';

/**
 * Who may do what, as pure decisions over the viewer. Which activities a viewer sees at all is
 * `visibleActivities` (viewer.ts); these decide the restricted fields and the writes.
 */

/** OHCHR_EDITOR and ADMIN create, edit and withdraw OHCHR's own activities. */
export function canEditOhchrActivities(viewer: Viewer): boolean {
  return viewer.role === 'OHCHR_EDITOR' || viewer.role === 'ADMIN';
}

/** The audit trail (who changed what) is for editors and admins. */
export function canReadAuditTrail(viewer: Viewer): boolean {
  return viewer.role === 'OHCHR_EDITOR' || viewer.role === 'ADMIN';
}

/**
 * Restricted fields of an activity (internal notes): editors and admins, and the liaison of an
 * organisation that reports or takes part in the activity.
 */
export function canReadRestrictedFields(viewer: Viewer, activity: Pick<ActivityRecord, 'reportingOrg' | 'participatingOrgs'>): boolean {
  if (viewer.role === 'OHCHR_EDITOR' || viewer.role === 'ADMIN') return true;
  if (viewer.role !== 'LIAISON' || !viewer.organisationRef) return false;
  const org = viewer.organisationRef;
  return activity.reportingOrg.ref === org || activity.participatingOrgs.some((p) => p.ref === org);
}

/** Meetings are created, and decisions recorded in them, by OHCHR editors and admins. */
export function canRunMeetings(viewer: Viewer): boolean {
  return viewer.role === 'OHCHR_EDITOR' || viewer.role === 'ADMIN';
}

/** A decision's follow-up is updated by editors and admins, or by a liaison of the organisation that owns it. */
export function canUpdateFollowUp(viewer: Viewer, decision: { ownerOrganisation: string }): boolean {
  if (canRunMeetings(viewer)) return true;
  return viewer.role === 'LIAISON' && viewer.organisationRef !== null && viewer.organisationRef === decision.ownerOrganisation;
}

/**
 * Experts' personal data (names, nationality, languages, nominations) and institutions' contacts:
 * OHCHR editors and admins only. Everyone else reads the roster's counts by theme, region and
 * nationality group, and institutions without their contact.
 */
export function canReadExpertDetails(viewer: Viewer): boolean {
  return viewer.role === 'OHCHR_EDITOR' || viewer.role === 'ADMIN';
}

/** The roster of experts and the compendium of institutions are written by OHCHR editors and admins. */
export function canEditRegisters(viewer: Viewer): boolean {
  return viewer.role === 'OHCHR_EDITOR' || viewer.role === 'ADMIN';
}
