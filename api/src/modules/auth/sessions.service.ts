import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { hashToken, newSecretToken } from '../../common/security/tokens';
import { AppConfig } from '../../config/app-config';
import { UserAccounts } from '../users/user-accounts.service';
import { Session } from './session.entity';

/** Claims of an access token: the user and the session it belongs to. */
export interface AccessClaims {
  sub: string;
  sid: string;
}

export interface IssuedSession {
  session: Session;
  refreshToken: string;
  accessToken: string;
}

// Two tabs refreshing at once present the same token twice; within this grace the second is
// told to retry instead of being treated as a stolen token.
const ROTATION_GRACE_MS = 30_000;

/** Access tokens (short-lived JWTs) and refresh tokens (rotating, stored hashed). */
@Injectable()
export class SessionsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly accounts: UserAccounts,
  ) {}

  onModuleInit(): void {
    // A deactivated account keeps no session.
    this.accounts.whenDeactivated((manager, userId) => this.revokeAllForUser(manager, userId));
  }

  /** Starts a new session family for a successful sign-in. */
  async start(manager: EntityManager, userId: string, client: { ip: string | null; userAgent: string | null }): Promise<IssuedSession> {
    return this.issue(manager, userId, randomUUID(), client);
  }

  /**
   * Exchanges a refresh token for a new one (and a new access token). A token that was
   * already exchanged earlier means it leaked: the whole family is revoked.
   */
  async rotate(refreshToken: string, client: { ip: string | null; userAgent: string | null }): Promise<IssuedSession> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<IssuedSession | DomainError> => {
      const now = this.clock.now();
      const current = await manager.findOne(Session, {
        where: { tokenHash: hashToken(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current || current.revokedAt || current.expiresAt <= now) {
        return new DomainError('SESSION_EXPIRED', 'Your session has ended; please sign in again.');
      }
      if (current.rotatedAt) {
        if (now.getTime() - current.rotatedAt.getTime() < ROTATION_GRACE_MS) {
          return new DomainError('SESSION_ROTATED', 'This session was just refreshed elsewhere; retry with the newer cookie.');
        }
        // Returned, not thrown: the revocation must commit.
        await this.revokeFamily(manager, current.familyId);
        return new DomainError('SESSION_EXPIRED', 'Your session has ended; please sign in again.');
      }
      current.rotatedAt = now;
      await manager.save(current);
      return this.issue(manager, current.userId, current.familyId, client);
    });
    if (outcome instanceof DomainError) throw outcome;
    return outcome;
  }

  /** Ends the session family a refresh token belongs to. Unknown tokens are ignored. */
  async revokeByRefreshToken(manager: EntityManager, refreshToken: string): Promise<Session | null> {
    const session = await manager.findOneBy(Session, { tokenHash: hashToken(refreshToken) });
    if (session) await this.revokeFamily(manager, session.familyId);
    return session;
  }

  /** Ends the session family of an access token's session. */
  async revokeBySessionId(manager: EntityManager, sessionId: string): Promise<void> {
    const session = await manager.findOneBy(Session, { id: sessionId });
    if (session) await this.revokeFamily(manager, session.familyId);
  }

  /** Ends every session of a user (removed member, deactivated reviewer, new password). */
  async revokeAllForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(Session, { userId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  verifyAccessToken(token: string): AccessClaims {
    try {
      const claims = this.jwt.verify<AccessClaims & { typ?: string }>(token, { algorithms: ['HS256'] });
      if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string')
        throw new Error('not an access token');
      return { sub: claims.sub, sid: claims.sid };
    } catch {
      throw new DomainError('UNAUTHENTICATED', 'Your sign-in is missing, invalid or expired.');
    }
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(Session, { familyId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  private async issue(
    manager: EntityManager,
    userId: string,
    familyId: string,
    client: { ip: string | null; userAgent: string | null },
  ): Promise<IssuedSession> {
    const refreshToken = newSecretToken();
    const now = this.clock.now();
    const session = await manager.save(
      manager.create(Session, {
        userId,
        familyId,
        tokenHash: hashToken(refreshToken),
        expiresAt: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
        revokedAt: null,
        rotatedAt: null,
        ip: client.ip,
        userAgent: client.userAgent,
      }),
    );
    const accessToken = this.jwt.sign(
      { sub: userId, sid: session.id, typ: 'access' },
      { algorithm: 'HS256', expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS },
    );
    return { session, refreshToken, accessToken };
  }
}
