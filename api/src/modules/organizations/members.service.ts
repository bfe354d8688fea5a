import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { authorize } from '../../common/access/policy';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { hashPassword } from '../../common/security/passwords';
import { hashToken, newSecretToken } from '../../common/security/tokens';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { UserAccounts } from '../users/user-accounts.service';
import { User } from '../users/user.entity';
import { Invitation } from './invitation.entity';
import { Organization } from './organization.entity';

const LINK_INVALID = () => new DomainError('LINK_INVALID', 'This invitation is invalid, used, revoked or expired; ask for a new one.');

/** Members of an organisation: invitations by the organisation admin, acceptance, removal. */
@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly accounts: UserAccounts,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private organizationIdOf(ctx: SignedInContext): string {
    const id = ctx.principal.organization?.id;
    if (!id) throw new DomainError('NOT_FOUND', 'You do not belong to an organisation.');
    return id;
  }

  async members(ctx: SignedInContext): Promise<User[]> {
    const organizationId = this.organizationIdOf(ctx);
    authorize(ctx.principal, 'organization.read', { organizationId });
    return this.dataSource.getRepository(User).find({ where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  async invitations(ctx: SignedInContext): Promise<Invitation[]> {
    const organizationId = this.organizationIdOf(ctx);
    authorize(ctx.principal, 'organization.manage', { organizationId });
    return this.dataSource.getRepository(Invitation).find({ where: { organizationId }, order: { createdAt: 'DESC' }, take: 100 });
  }

  /** Invites a colleague; returns the invitation and its one-time link (shown once, stored hashed). */
  async invite(ctx: SignedInContext, email: string): Promise<{ invitation: Invitation; link: string }> {
    const organizationId = this.organizationIdOf(ctx);
    authorize(ctx.principal, 'organization.manage', { organizationId });
    return this.dataSource.transaction(async (manager) => {
      // Whether the address has an account elsewhere is not the inviter's to learn (anyone can
      // register an organisation and invite): the invitation goes out the same, and only its
      // recipient is told, on accepting, that the address is taken.
      const existing = await manager.findOneBy(User, { email });
      if (existing && existing.organizationId === organizationId && existing.active) {
        throw new DomainError('ALREADY_MEMBER', 'This person is already a member of your organisation.');
      }
      const now = this.clock.now();
      const pending = await manager.existsBy(Invitation, {
        organizationId,
        email,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(now),
      });
      if (pending)
        throw new DomainError('INVITATION_PENDING', 'This person already has a pending invitation; revoke it to send a new one.');
      const token = newSecretToken();
      const invitation = await manager.save(
        manager.create(Invitation, {
          organizationId,
          email,
          tokenHash: hashToken(token),
          invitedByUserId: ctx.principal.userId,
          expiresAt: new Date(now.getTime() + this.config.LINK_TTL_HOURS * 3_600_000),
          acceptedAt: null,
          revokedAt: null,
        }),
      );
      await this.audit.record(manager, ctx, {
        action: 'member.invited',
        targetType: 'invitation',
        targetId: invitation.id,
        summary: { email, expiresAt: invitation.expiresAt },
      });
      // The secret goes in the fragment: browsers never send it to the server, so it stays out of access logs.
      return { invitation, link: `${this.config.publicUrl}/invite#token=${token}` };
    });
  }

  async revokeInvitation(ctx: SignedInContext, invitationId: string): Promise<Invitation> {
    const organizationId = this.organizationIdOf(ctx);
    authorize(ctx.principal, 'organization.manage', { organizationId });
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(Invitation, {
        where: { id: invitationId, organizationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw new DomainError('NOT_FOUND', 'No such invitation.');
      if (invitation.acceptedAt || invitation.revokedAt)
        throw new DomainError('INVALID_STATE', 'This invitation was already accepted or revoked.');
      invitation.revokedAt = this.clock.now();
      await manager.save(invitation);
      await this.audit.record(manager, ctx, {
        action: 'member.invitation_revoked',
        targetType: 'invitation',
        targetId: invitation.id,
        summary: { email: invitation.email },
      });
      return invitation;
    });
  }

  /**
   * removeMember: the person loses access at once (sessions revoked, account deactivated);
   * the record stays for the audit trail. The organisation admin cannot remove themself.
   */
  async remove(ctx: SignedInContext, userId: string): Promise<User> {
    const organizationId = this.organizationIdOf(ctx);
    authorize(ctx.principal, 'organization.manage', { organizationId });
    if (userId === ctx.principal.userId) throw new DomainError('CANNOT_REMOVE_SELF', 'You cannot remove yourself from your organisation.');
    return this.dataSource.transaction(async (manager) => {
      const member = await manager.findOne(User, { where: { id: userId, organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!member) throw new DomainError('NOT_FOUND', 'No such member.');
      if (!member.active) throw new DomainError('INVALID_STATE', 'This member was already removed.');
      await this.accounts.deactivate(manager, member);
      await this.audit.record(manager, ctx, {
        action: 'member.removed',
        targetType: 'user',
        targetId: member.id,
        summary: { email: member.email },
      });
      return member;
    });
  }

  /** What an invitee sees before accepting: which organisation, for which address. */
  async preview(token: string): Promise<{ invitation: Invitation; organization: Organization }> {
    const invitation = await this.dataSource
      .getRepository(Invitation)
      .findOne({ where: { tokenHash: hashToken(token) }, relations: { organization: true } });
    if (!invitation || !this.usable(invitation)) throw LINK_INVALID();
    return { invitation, organization: invitation.organization! };
  }

  /** acceptInvitation: creates (or re-activates) the member account; the link is spent. */
  async accept(
    ctx: RequestContext,
    token: string,
    displayName: string,
    password: string,
  ): Promise<{ user: User; organization: Organization }> {
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(Invitation, { where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
      if (!invitation || !this.usable(invitation)) throw LINK_INVALID();
      const organization = await manager.findOneByOrFail(Organization, { id: invitation.organizationId });
      let user = await manager.findOneBy(User, { email: invitation.email });
      if (user && user.organizationId !== organization.id)
        throw new DomainError('EMAIL_TAKEN', 'This e-mail address already has an account.');
      if (user) {
        Object.assign(user, { active: true, displayName, passwordHash, memberRole: 'member' });
      } else {
        user = manager.create(User, {
          email: invitation.email,
          displayName,
          passwordHash,
          organizationId: organization.id,
          memberRole: 'member',
          platformRole: null,
        });
      }
      user = await manager.save(user);
      invitation.acceptedAt = this.clock.now();
      await manager.save(invitation);
      await this.audit.record(manager, ctx, {
        action: 'member.joined',
        targetType: 'user',
        targetId: user.id,
        actorUserId: user.id,
        actorOrganizationId: organization.id,
        summary: { email: user.email, invitationId: invitation.id },
      });
      await this.notifications.notify(manager, [invitation.invitedByUserId], 'member.joined', {
        email: user.email,
        displayName: user.displayName,
      });
      return { user, organization };
    });
  }

  private usable(invitation: Invitation): boolean {
    return !invitation.acceptedAt && !invitation.revokedAt && invitation.expiresAt > this.clock.now();
  }
}
