import { Injectable } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { hashPassword, verifyPassword } from '../../common/security/passwords';
import { hashToken } from '../../common/security/tokens';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Organization } from '../organizations/organization.entity';
import { toOrganizationView } from '../organizations/organization.views';
import { User } from '../users/user.entity';
import { toUserView, type UserView } from '../users/user.views';
import type { RegisterDto, RegisteredView } from './dto/auth.dto';
import { PasswordToken } from './password-token.entity';
import { SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';

export interface SignedIn {
  user: UserView;
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

/** Registration, sign-in, refresh, sign-out and password setup. */
@Injectable()
export class AuthService {
  // Verified against when the e-mail is unknown, so both failures take the same time.
  private readonly decoyHash = hash('decoy-password-for-timing');

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottleService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Creates a pending organisation and its first member (the organisation admin). */
  async register(ctx: RequestContext, input: RegisterDto): Promise<RegisteredView> {
    const passwordHash = await hashPassword(input.password);
    return this.dataSource
      .transaction(async (manager) => {
        if (await manager.existsBy(User, { email: input.email })) {
          throw new DomainError('EMAIL_TAKEN', 'An account with this e-mail address already exists.', [
            { field: 'email', code: 'EMAIL_TAKEN' },
          ]);
        }
        if (await manager.existsBy(Organization, { creditCode: input.organization.creditCode })) {
          throw new DomainError('CREDIT_CODE_TAKEN', 'An organisation with this unified social credit code is already registered.', [
            { field: 'organization.creditCode', code: 'CREDIT_CODE_TAKEN' },
          ]);
        }
        const organization = await manager.save(
          manager.create(Organization, { ...input.organization, status: 'pending', rejectionReason: null, verifiedAt: null }),
        );
        const user = await manager.save(
          manager.create(User, {
            email: input.email,
            passwordHash,
            displayName: input.displayName,
            organizationId: organization.id,
            memberRole: 'owner',
            platformRole: null,
          }),
        );
        await this.audit.record(manager, ctx, {
          action: 'organization.registered',
          targetType: 'organization',
          targetId: organization.id,
          actorUserId: user.id,
          actorOrganizationId: organization.id,
          summary: {
            kind: organization.kind,
            name: organization.name,
            creditCode: organization.creditCode,
            region: organization.region,
            firstMember: user.email,
          },
        });
        await this.notifications.notifyPlatformAdmins(manager, 'organization.pending_review', {
          organizationId: organization.id,
          organizationName: organization.name,
          kind: organization.kind,
        });
        return { user: toUserView(user, organization), organization: toOrganizationView(organization) };
      })
      .catch((error: unknown) => {
        // Two registrations racing for the same e-mail or code: the unique index decides.
        const constraint = (error as { constraint?: string }).constraint;
        if (constraint === 'users_email_key') throw new DomainError('EMAIL_TAKEN', 'An account with this e-mail address already exists.');
        if (constraint === 'organizations_credit_code_key')
          throw new DomainError('CREDIT_CODE_TAKEN', 'An organisation with this unified social credit code is already registered.');
        throw error;
      });
  }

  /**
   * Checks e-mail and password. Unknown e-mail and wrong password get the same answer and
   * take the same time; failures slow down further answers and then lock the account (and a
   * noisy IP address) for SIGN_IN_LOCK_MINUTES.
   */
  async signIn(ctx: RequestContext, email: string, password: string): Promise<SignedIn> {
    const keys = { account: email, ip: ctx.ip };
    const lockedUntil = await this.throttle.lockedUntil(keys);
    if (lockedUntil) {
      const retryAfterSeconds = Math.ceil((lockedUntil.getTime() - this.clock.now().getTime()) / 1000);
      throw new DomainError('SIGN_IN_LOCKED', 'Too many failed sign-ins; try again later.', [{ retryAfterSeconds }]);
    }
    const user = await this.dataSource.getRepository(User).findOne({ where: { email } });
    const valid = user?.passwordHash
      ? await verifyPassword(user.passwordHash, password)
      : (await verifyPassword(await this.decoyHash, password), false);
    if (!user || !valid) {
      const failures = await this.throttle.recordFailure(keys);
      await this.dataSource.transaction((manager) =>
        this.audit.record(manager, ctx, {
          action: 'auth.sign_in_failed',
          targetType: 'user',
          targetId: user?.id ?? null,
          actorUserId: null,
          actorOrganizationId: null,
          summary: { email, failures },
        }),
      );
      await sleep(Math.min(this.config.SIGN_IN_SLOWDOWN_MS * 2 ** (failures - 1), 4_000));
      throw new DomainError('INVALID_CREDENTIALS', 'The e-mail address or password is not correct.');
    }
    if (!user.active) throw new DomainError('ACCOUNT_DISABLED', 'This account has been deactivated.');
    await this.throttle.reset(keys);
    return this.dataSource.transaction(async (manager) => {
      user.lastSignInAt = this.clock.now();
      await manager.update(User, { id: user.id }, { lastSignInAt: user.lastSignInAt });
      const issued = await this.sessions.start(manager, user.id, ctx);
      await this.audit.record(manager, ctx, {
        action: 'auth.signed_in',
        targetType: 'user',
        targetId: user.id,
        actorUserId: user.id,
        actorOrganizationId: user.organizationId,
        summary: { email },
      });
      return {
        user: toUserView(user, await organizationOf(manager, user)),
        accessToken: issued.accessToken,
        expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
        refreshToken: issued.refreshToken,
      };
    });
  }

  /** A new access token (and rotated refresh token) from the refresh cookie. */
  async refresh(ctx: RequestContext, refreshToken: string | undefined): Promise<SignedIn> {
    if (!refreshToken) throw new DomainError('SESSION_EXPIRED', 'You are not signed in.');
    const issued = await this.sessions.rotate(refreshToken, ctx);
    const user = await this.dataSource.getRepository(User).findOneOrFail({ where: { id: issued.session.userId } });
    if (!user.active) throw new DomainError('SESSION_EXPIRED', 'Your session has ended; please sign in again.');
    return {
      user: toUserView(user, await organizationOf(this.dataSource.manager, user)),
      accessToken: issued.accessToken,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      refreshToken: issued.refreshToken,
    };
  }

  /** Ends the session of the refresh cookie and of the access token, whichever are present. */
  async signOut(ctx: RequestContext, refreshToken: string | undefined): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const session = refreshToken ? await this.sessions.revokeByRefreshToken(manager, refreshToken) : null;
      if (ctx.principal) await this.sessions.revokeBySessionId(manager, ctx.principal.sessionId);
      const userId = ctx.principal?.userId ?? session?.userId;
      if (userId)
        await this.audit.record(manager, ctx, { action: 'auth.signed_out', targetType: 'user', targetId: userId, actorUserId: userId });
    });
  }

  async me(ctx: SignedInContext): Promise<UserView> {
    const user = await this.dataSource.getRepository(User).findOneOrFail({ where: { id: ctx.principal.userId } });
    return toUserView(user, await organizationOf(this.dataSource.manager, user));
  }

  /** Sets a password through a one-time link (new reviewers); the link is spent. */
  async setPassword(ctx: RequestContext, token: string, password: string): Promise<UserView> {
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const link = await manager.findOne(PasswordToken, { where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
      if (!link || link.usedAt || link.expiresAt <= this.clock.now()) {
        throw new DomainError('LINK_INVALID', 'This link is invalid, used or expired; ask for a new one.');
      }
      const user = await manager.findOneOrFail(User, { where: { id: link.userId } });
      if (!user.active) throw new DomainError('LINK_INVALID', 'This link is invalid, used or expired; ask for a new one.');
      link.usedAt = this.clock.now();
      await manager.save(link);
      await manager.update(User, { id: user.id }, { passwordHash });
      await this.sessions.revokeAllForUser(manager, user.id);
      await this.audit.record(manager, ctx, {
        action: 'auth.password_set',
        targetType: 'user',
        targetId: user.id,
        actorUserId: user.id,
        actorOrganizationId: user.organizationId,
      });
      return toUserView(user, await organizationOf(manager, user));
    });
  }
}

/** A user's organisation (none for platform admins and reviewers). */
function organizationOf(manager: EntityManager, user: User): Promise<Organization | null> {
  return user.organizationId ? manager.findOneBy(Organization, { id: user.organizationId }) : Promise.resolve(null);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
