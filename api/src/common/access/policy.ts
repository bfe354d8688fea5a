import type { ErrorCode } from '@scenebridge/shared';
import type { Principal } from './principal';
import { DomainError } from '../errors/domain-error';

/**
 * The one place that decides what a signed-in person may do with a record. Route guards
 * decide by role; services call `authorize` where the record is loaded.
 */
export type Action =
  /** See an organisation's private details and members. */
  | 'organization.read'
  /** Edit an organisation's settings, invite and remove members (organisation admin). */
  | 'organization.manage'
  /** Verify or reject organisations; manage the expert pool; read the audit log. */
  | 'platform.administer'
  /** Prepare a scenario draft (any agency member, verified or not). */
  | 'scenario.draft'
  /** Submit a scenario for publication (members of verified agencies only). */
  | 'scenario.submit'
  /** Prepare a solution draft (any enterprise member). */
  | 'solution.draft'
  /** Submit a solution (members of verified enterprises only). */
  | 'solution.submit';

export interface PolicyTarget {
  /** The organisation that owns the record. */
  organizationId?: string | null;
}

export type Decision = { allowed: true } | { allowed: false; code: ErrorCode; message: string };

const ALLOW: Decision = { allowed: true };
const deny = (code: ErrorCode, message: string): Decision => ({ allowed: false, code, message });

const isAdmin = (p: Principal) => p.roles.includes('admin');
const isMemberOf = (p: Principal, organizationId: string | null | undefined) => !!organizationId && p.organization?.id === organizationId;
const verified = (p: Principal) => p.organization?.status === 'verified';

export function decide(principal: Principal, action: Action, target: PolicyTarget = {}): Decision {
  switch (action) {
    case 'organization.read':
      return isAdmin(principal) || isMemberOf(principal, target.organizationId) ? ALLOW : deny('NOT_FOUND', 'No such organisation.');
    case 'organization.manage':
      if (!isMemberOf(principal, target.organizationId)) return deny('NOT_FOUND', 'No such organisation.');
      return principal.memberRole === 'owner' ? ALLOW : deny('FORBIDDEN', 'Only the organisation admin may do this.');
    case 'platform.administer':
      return isAdmin(principal) ? ALLOW : deny('FORBIDDEN', 'Only platform admins may do this.');
    case 'scenario.draft':
      return principal.roles.includes('publisher') ? ALLOW : deny('FORBIDDEN', 'Only agency members may prepare scenarios.');
    case 'scenario.submit':
      if (!principal.roles.includes('publisher')) return deny('FORBIDDEN', 'Only agency members may submit scenarios.');
      return verified(principal)
        ? ALLOW
        : deny('ORGANIZATION_NOT_VERIFIED', 'Your organisation must be verified before it can submit scenarios.');
    case 'solution.draft':
      return principal.roles.includes('solver') ? ALLOW : deny('FORBIDDEN', 'Only enterprise members may prepare solutions.');
    case 'solution.submit':
      if (!principal.roles.includes('solver')) return deny('FORBIDDEN', 'Only enterprise members may submit solutions.');
      return verified(principal)
        ? ALLOW
        : deny('ORGANIZATION_NOT_VERIFIED', 'Your organisation must be verified before it can submit solutions.');
  }
}

/** Throws the decision's error (404 when the record's existence is private, else 403). */
export function authorize(principal: Principal, action: Action, target: PolicyTarget = {}): void {
  const decision = decide(principal, action, target);
  if (!decision.allowed) throw new DomainError(decision.code, decision.message);
}
