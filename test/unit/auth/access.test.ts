import { canEditOhchrActivities, canReadAuditTrail, canReadRestrictedFields } from '../../../src/auth/access';
import { ANONYMOUS, type Role, type Viewer } from '../../../src/viewer';

const key = (role: Role, organisationRef: string | null = null): Viewer => ({ kind: 'KEY', role, organisationRef, keyId: 'k', keyLabel: null });
const activity = { reportingOrg: { ref: 'XM-DAC-41313', name: null, type: null }, participatingOrgs: [{ ref: 'XM-DAC-41114', name: null, type: null, role: 4 }] };

describe('access decisions', () => {
  it.each<[string, Viewer, boolean]>([
    ['anonymous', ANONYMOUS, false],
    ['a liaison of a participating organisation', key('LIAISON', 'XM-DAC-41114'), true],
    ['a liaison of the reporting organisation', key('LIAISON', 'XM-DAC-41313'), true],
    ['a liaison of another organisation', key('LIAISON', 'XM-DAC-928'), false],
    ['a liaison key without organisation', key('LIAISON'), false],
    ['an OHCHR editor', key('OHCHR_EDITOR'), true],
    ['an admin', key('ADMIN'), true],
  ])('restricted fields: %s → %s', (_, viewer, allowed) => {
    expect(canReadRestrictedFields(viewer, activity)).toBe(allowed);
  });

  it.each<[string, Viewer, boolean]>([
    ['anonymous', ANONYMOUS, false],
    ['a liaison', key('LIAISON', 'XM-DAC-41114'), false],
    ['an OHCHR editor', key('OHCHR_EDITOR'), true],
    ['an admin', key('ADMIN'), true],
  ])('writes and audit trail: %s → %s', (_, viewer, allowed) => {
    expect([canEditOhchrActivities(viewer), canReadAuditTrail(viewer)]).toEqual([allowed, allowed]);
  });
});
