import type { OrgRef, ParticipatingOrg } from '../../modules/activity/activity.model';
import type { ActivityScope } from './activity-scope';
import { isKnownCode } from '../../codelists/codelists';
import { attr, childrenNamed, type IatiElement } from './iati-element';
import { legacyCode, ORGANISATION_TYPE_BY_NAME, ROLE_BY_NAME } from './legacy-codes';
import { narrativesOf, preferredText } from './narratives';

/** An organisation element (reporting-org, participating-org) reduced to ref, name and type. */
export function orgRefOf(element: IatiElement, path: string, scope: ActivityScope): OrgRef {
  return {
    ref: attr(element, 'ref'),
    name: preferredText(narrativesOf(element, path, scope), scope),
    type: organisationTypeOf(element, path, scope),
  };
}

/** The OrganisationType code; a 1.0x textual type ("Multilateral") is mapped, with a warning. */
function organisationTypeOf(element: IatiElement, path: string, scope: ActivityScope): string | null {
  const raw = attr(element, 'type');
  if (raw === null || /^\d+$/.test(raw.trim())) return raw;
  const mapped = legacyCode(ORGANISATION_TYPE_BY_NAME, raw);
  if (mapped === null) return raw;
  scope.warnings.add(`${path}/@type`, element.line, `IATI 1.0x textual organisation type "${raw}" mapped to ${mapped}`);
  return mapped;
}

/** Participating organisations in document order, roles read as 2.0x numbers. */
export function participatingOrgsOf(activity: IatiElement, scope: ActivityScope): ParticipatingOrg[] {
  return childrenNamed(activity, 'participating-org').map((element) => ({
    ...orgRefOf(element, 'participating-org', scope),
    role: roleOf(element, scope),
  }));
}

/**
 * The 2.0x role: numeric as published (an unknown number is kept with a warning), or a 1.0x
 * textual role (Funding, Accountable, Extending, Implementing) mapped; otherwise null.
 */
function roleOf(element: IatiElement, scope: ActivityScope): number | null {
  const raw = attr(element, 'role');
  const where = 'participating-org/@role';
  if (raw === null) {
    scope.warnings.add(where, element.line, 'participating-org without a role');
    return null;
  }
  if (/^\d+$/.test(raw)) {
    const role = Number(raw);
    if (!isKnownCode('OrganisationRole', String(role))) {
      scope.warnings.add(where, element.line, `unknown organisation role "${raw}" (kept)`);
    }
    return role;
  }
  const legacy = ROLE_BY_NAME[raw.trim().toUpperCase()];
  if (legacy !== undefined) {
    scope.warnings.add(where, element.line, `IATI 1.0x textual role "${raw}" mapped to ${legacy}`);
    return legacy;
  }
  scope.warnings.add(where, element.line, `unreadable organisation role "${raw}"; role left empty`);
  return null;
}
