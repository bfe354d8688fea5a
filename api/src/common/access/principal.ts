import type { MemberRole, OrganizationKind, OrganizationStatus, PlatformRole, Role } from '@scenebridge/shared';

/** Who is calling: resolved from the access token on every request (never trusted from the client). */
export interface Principal {
  userId: string;
  email: string;
  displayName: string;
  platformRole: PlatformRole | null;
  roles: Role[];
  organization: { id: string; kind: OrganizationKind; name: string; status: OrganizationStatus } | null;
  memberRole: MemberRole | null;
  sessionId: string;
}

/** What a service needs to know about the request it serves: who, and how to find it in the logs. */
export interface RequestContext {
  principal: Principal | null;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

export interface SignedInContext extends RequestContext {
  principal: Principal;
}

/** Roles implied by a user's platform role and organisation kind. */
export function rolesOf(platformRole: PlatformRole | null, organizationKind: OrganizationKind | null | undefined): Role[] {
  const roles: Role[] = [];
  if (platformRole === 'admin') roles.push('admin');
  if (platformRole === 'reviewer') roles.push('reviewer');
  if (organizationKind === 'agency') roles.push('publisher');
  if (organizationKind === 'enterprise') roles.push('solver');
  return roles;
}
