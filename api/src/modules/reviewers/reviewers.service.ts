import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SignedInContext } from '../../common/access/principal';
import { authorize } from '../../common/access/policy';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { hashToken, newSecretToken } from '../../common/security/tokens';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { PasswordToken } from '../auth/password-token.entity';
import { SessionsService } from '../auth/sessions.service';
import { escapeLike } from '../organizations/organizations.service';
import { User } from '../users/user.entity';
import { OutboxService } from '../search/outbox.service';
import type { CreateReviewerDto, ReviewerQueryDto, UpdateReviewerDto } from './reviewers.dto';

export interface ReviewerWithLink {
  reviewer: User;
  link: string;
  linkExpiresAt: Date;
}

/** The expert pool: reviewer accounts created by platform admins. */
@Injectable()
export class ReviewersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** createReviewer: an account without a password, and a one-time link to set one. */
  async create(ctx: SignedInContext, input: CreateReviewerDto): Promise<ReviewerWithLink> {
    authorize(ctx.principal, 'platform.administer');
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(User, { email: input.email }))
        throw new DomainError('EMAIL_TAKEN', 'An account with this e-mail address already exists.');
      const reviewer = await manager.save(
        manager.create(User, {
          email: input.email,
          displayName: input.displayName,
          expertise: input.expertise,
          affiliations: input.affiliations ?? [],
          platformRole: 'reviewer',
          passwordHash: null,
        }),
      );
      const issued = await this.issueLink(manager, reviewer);
      await this.audit.record(manager, ctx, {
        action: 'reviewer.created',
        targetType: 'user',
        targetId: reviewer.id,
        summary: {
          email: reviewer.email,
          displayName: reviewer.displayName,
          expertise: reviewer.expertise,
          affiliations: reviewer.affiliations,
        },
      });
      await this.outbox.enqueue(manager, 'reviewer', [reviewer.id]);
      return issued;
    });
  }

  async list(ctx: SignedInContext, query: ReviewerQueryDto): Promise<{ items: User[]; total: number }> {
    authorize(ctx.principal, 'platform.administer');
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').where(`u.platform_role = 'reviewer'`);
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    if (query.q) {
      qb.andWhere(
        `(u.display_name ILIKE :like OR u.email ILIKE :like OR EXISTS (SELECT 1 FROM unnest(u.expertise) e WHERE e ILIKE :like))`,
        {
          like: `%${escapeLike(query.q)}%`,
        },
      );
    }
    const [items, total] = await qb
      .orderBy('u.created_at', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  /** A fresh one-time link (the earlier unused ones stop working). */
  async newLink(ctx: SignedInContext, reviewerId: string): Promise<ReviewerWithLink> {
    authorize(ctx.principal, 'platform.administer');
    return this.dataSource.transaction(async (manager) => {
      const reviewer = await this.lockReviewer(manager, reviewerId);
      if (!reviewer.active) throw new DomainError('INVALID_STATE', 'Activate the reviewer before sending a new link.');
      const issued = await this.issueLink(manager, reviewer);
      await this.audit.record(manager, ctx, { action: 'reviewer.link_issued', targetType: 'user', targetId: reviewer.id });
      return issued;
    });
  }

  /** deactivateReviewer / activateReviewer: deactivation ends every session at once. */
  async setActive(ctx: SignedInContext, reviewerId: string, active: boolean): Promise<User> {
    authorize(ctx.principal, 'platform.administer');
    return this.dataSource.transaction(async (manager) => {
      const reviewer = await this.lockReviewer(manager, reviewerId);
      if (reviewer.active === active)
        throw new DomainError('INVALID_STATE', active ? 'This reviewer is already active.' : 'This reviewer is already deactivated.');
      reviewer.active = active;
      await manager.save(reviewer);
      if (!active) await this.sessions.revokeAllForUser(manager, reviewer.id);
      await this.audit.record(manager, ctx, {
        action: active ? 'reviewer.activated' : 'reviewer.deactivated',
        targetType: 'user',
        targetId: reviewer.id,
        summary: { before: { active: !active }, after: { active } },
      });
      await this.outbox.enqueue(manager, 'reviewer', [reviewer.id]);
      return reviewer;
    });
  }

  /** updateReviewer: name, expertise and affiliations (the panel suggestions follow through the outbox). */
  async update(ctx: SignedInContext, reviewerId: string, input: UpdateReviewerDto): Promise<User> {
    authorize(ctx.principal, 'platform.administer');
    return this.dataSource.transaction(async (manager) => {
      const reviewer = await this.lockReviewer(manager, reviewerId);
      const before = { displayName: reviewer.displayName, expertise: reviewer.expertise, affiliations: reviewer.affiliations };
      if (input.displayName !== undefined) reviewer.displayName = input.displayName;
      if (input.expertise !== undefined) reviewer.expertise = input.expertise;
      if (input.affiliations !== undefined) reviewer.affiliations = input.affiliations;
      await manager.save(reviewer);
      await this.audit.record(manager, ctx, {
        action: 'reviewer.updated',
        targetType: 'user',
        targetId: reviewer.id,
        summary: {
          before,
          after: { displayName: reviewer.displayName, expertise: reviewer.expertise, affiliations: reviewer.affiliations },
        },
      });
      await this.outbox.enqueue(manager, 'reviewer', [reviewer.id]);
      return reviewer;
    });
  }

  private async lockReviewer(manager: EntityManager, id: string): Promise<User> {
    const reviewer = await manager.findOne(User, { where: { id, platformRole: 'reviewer' }, lock: { mode: 'pessimistic_write' } });
    if (!reviewer) throw new DomainError('NOT_FOUND', 'No such reviewer.');
    return reviewer;
  }

  private async issueLink(manager: EntityManager, reviewer: User): Promise<ReviewerWithLink> {
    const now = this.clock.now();
    await manager
      .createQueryBuilder()
      .update(PasswordToken)
      .set({ usedAt: now })
      .where('user_id = :id AND used_at IS NULL', { id: reviewer.id })
      .execute();
    const token = newSecretToken();
    const linkExpiresAt = new Date(now.getTime() + this.config.LINK_TTL_HOURS * 3_600_000);
    await manager.insert(PasswordToken, { userId: reviewer.id, tokenHash: hashToken(token), expiresAt: linkExpiresAt, usedAt: null });
    return { reviewer, link: `${this.config.publicUrl}/set-password#token=${token}`, linkExpiresAt };
  }
}
