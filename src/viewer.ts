import type { Document, Filter } from 'mongodb';

export type Role = 'LIAISON' | 'OHCHR_EDITOR' | 'ADMIN';

/** Who is asking: anonymous, or the holder of an API key with a role (and, for liaisons, an organisation). */
export interface Viewer {
  readonly kind: 'ANONYMOUS' | 'KEY';
  readonly role: Role | null;
  readonly organisationRef: string | null;
  readonly keyId: string | null;
  /** The key's label (who holds it), for audit entries. */
  readonly keyLabel: string | null;
}

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'ANONYMOUS', role: null, organisationRef: null, keyId: null, keyLabel: null });

/** The activities a viewer may see: public ones, plus restricted ones of their organisation. */
export function visibleActivities(viewer: Viewer): Filter<Document> {
  if (viewer.role === 'ADMIN' || viewer.role === 'OHCHR_EDITOR') return {};
  if (viewer.role === 'LIAISON' && viewer.organisationRef) {
    const org = viewer.organisationRef;
    return { $or: [{ restricted: false }, { 'reportingOrg.ref': org }, { 'participatingOrgs.ref': org }] };
  }
  return { restricted: false };
}

/** The same rule as visibleActivities, for records already in memory (computed analyses). */
export function canSeeActivity(
  viewer: Viewer,
  activity: { restricted: boolean; reportingOrg: { ref: string }; participatingOrgs: readonly { ref: string | null }[] },
): boolean {
  if (!activity.restricted) return true;
  if (viewer.role === 'ADMIN' || viewer.role === 'OHCHR_EDITOR') return true;
  const org = viewer.role === 'LIAISON' ? viewer.organisationRef : null;
  return org !== null && (activity.reportingOrg.ref === org || activity.participatingOrgs.some((p) => p.ref === org));
}
