import type { Principal } from './principal';
import { authorize, decide } from './policy';

function principal(overrides: Partial<Principal> = {}): Principal {
  return {
    userId: 'u-1',
    email: 'x@example.com',
    displayName: 'X',
    platformRole: null,
    roles: ['publisher'],
    organization: { id: 'org-a', kind: 'agency', name: 'A', status: 'verified' },
    memberRole: 'member',
    sessionId: 's',
    ...overrides,
  };
}

const admin = principal({ platformRole: 'admin', roles: ['admin'], organization: null, memberRole: null });
const owner = principal({ memberRole: 'owner' });
const member = principal();
const pendingAgency = principal({ organization: { id: 'org-a', kind: 'agency', name: 'A', status: 'pending' } });
const enterprise = principal({ roles: ['solver'], organization: { id: 'org-e', kind: 'enterprise', name: 'E', status: 'verified' } });
const pendingEnterprise = principal({ roles: ['solver'], organization: { id: 'org-e', kind: 'enterprise', name: 'E', status: 'pending' } });
const reviewer = principal({ platformRole: 'reviewer', roles: ['reviewer'], organization: null, memberRole: null });

describe('policy', () => {
  it('lets members and admins read an organisation, and hides it (404) from everyone else', () => {
    expect(decide(member, 'organization.read', { organizationId: 'org-a' }).allowed).toBe(true);
    expect(decide(admin, 'organization.read', { organizationId: 'org-a' }).allowed).toBe(true);
    expect(decide(enterprise, 'organization.read', { organizationId: 'org-a' })).toMatchObject({ allowed: false, code: 'NOT_FOUND' });
    expect(decide(reviewer, 'organization.read', { organizationId: 'org-a' })).toMatchObject({ allowed: false, code: 'NOT_FOUND' });
  });

  it('lets only the organisation admin manage it; other members get 403, outsiders 404', () => {
    expect(decide(owner, 'organization.manage', { organizationId: 'org-a' }).allowed).toBe(true);
    expect(decide(member, 'organization.manage', { organizationId: 'org-a' })).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    expect(decide(owner, 'organization.manage', { organizationId: 'org-b' })).toMatchObject({ allowed: false, code: 'NOT_FOUND' });
    expect(decide(admin, 'organization.manage', { organizationId: 'org-a' })).toMatchObject({ allowed: false, code: 'NOT_FOUND' });
  });

  it('reserves platform administration to admins', () => {
    expect(decide(admin, 'platform.administer').allowed).toBe(true);
    for (const p of [owner, enterprise, reviewer])
      expect(decide(p, 'platform.administer')).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
  });

  it('lets unverified organisations prepare drafts but not submit them', () => {
    expect(decide(pendingAgency, 'scenario.draft').allowed).toBe(true);
    expect(decide(pendingAgency, 'scenario.submit')).toMatchObject({ allowed: false, code: 'ORGANIZATION_NOT_VERIFIED' });
    expect(decide(member, 'scenario.submit').allowed).toBe(true);
    expect(decide(pendingEnterprise, 'solution.draft').allowed).toBe(true);
    expect(decide(pendingEnterprise, 'solution.submit')).toMatchObject({ allowed: false, code: 'ORGANIZATION_NOT_VERIFIED' });
    expect(decide(enterprise, 'solution.submit').allowed).toBe(true);
  });

  it('keeps agencies and enterprises to their own side', () => {
    expect(decide(enterprise, 'scenario.draft')).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    expect(decide(member, 'solution.draft')).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    expect(decide(admin, 'solution.submit')).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
  });

  it('authorize throws 404 for hidden records and 403 otherwise', () => {
    expect(() => authorize(enterprise, 'organization.read', { organizationId: 'org-a' })).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => authorize(pendingAgency, 'scenario.submit')).toThrow(
      expect.objectContaining({ status: 403, code: 'ORGANIZATION_NOT_VERIFIED' }),
    );
    expect(() => authorize(owner, 'organization.manage', { organizationId: 'org-a' })).not.toThrow();
  });
});
