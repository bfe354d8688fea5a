import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PrincipalResolver } from '../../common/access/principal-resolver';
import { rolesOf, type Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { Session } from './session.entity';
import type { UserOrganization } from '../users/user.views';
import { SessionsService } from './sessions.service';

/**
 * Resolves a bearer token on every request, from the database: a signed-out session, a
 * deactivated account or a changed verification status takes effect at once.
 */
@Injectable()
export class PrincipalService extends PrincipalResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
  ) {
    super();
  }

  userIdOf(accessToken: string): string | null {
    try {
      return this.sessions.verifyAccessToken(accessToken).sub;
    } catch {
      return null;
    }
  }

  async resolve(accessToken: string): Promise<Principal> {
    const claims = this.sessions.verifyAccessToken(accessToken);
    const session = (await this.dataSource
      .getRepository(Session)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      // The user's organisation, joined by its entity's name (users know no other module).
      .leftJoinAndMapOne('s.organization', 'Organization', 'o', 'o.id = u.organizationId')
      .where('s.id = :sid', { sid: claims.sid })
      .andWhere('s.user_id = :sub', { sub: claims.sub })
      .getOne()) as (Session & { organization?: UserOrganization | null }) | null;
    const user = session?.user;
    if (!session || !user || session.revokedAt || session.expiresAt <= this.clock.now() || !user.active) {
      throw new DomainError('UNAUTHENTICATED', 'Your sign-in is missing, invalid or expired.');
    }
    const organization = session.organization ?? null;
    return {
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      platformRole: user.platformRole,
      roles: rolesOf(user.platformRole, organization?.kind),
      organization: organization
        ? { id: organization.id, kind: organization.kind, name: organization.name, status: organization.status }
        : null,
      memberRole: user.memberRole,
      sessionId: session.id,
    };
  }
}
