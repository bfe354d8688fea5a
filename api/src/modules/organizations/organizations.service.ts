import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { authorize } from '../../common/access/policy';
import type { SignedInContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { OutboxService } from '../search/outbox.service';
import { User } from '../users/user.entity';
import type { AdminOrganizationQueryDto, UpdateOrganizationDto } from './dto/organizations.dto';
import { Organization } from './organization.entity';

/** An organisation's own settings, and platform verification. */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** The caller's organisation (404 for people who belong to none). */
  async mine(ctx: SignedInContext): Promise<Organization> {
    const id = ctx.principal.organization?.id;
    if (!id) throw new DomainError('NOT_FOUND', 'You do not belong to an organisation.');
    return this.dataSource.getRepository(Organization).findOneByOrFail({ id });
  }

  /** A verified agency, for its public page; anything else is not found. */
  async publicAgency(id: string): Promise<Organization> {
    const agency = await this.dataSource.getRepository(Organization).findOneBy({ id, kind: 'agency', status: 'verified' });
    if (!agency) throw new DomainError('NOT_FOUND', 'No such agency.');
    return agency;
  }

  /** An organisation with its members, for its own members and for admins; 404 for anyone else. */
  async detail(ctx: SignedInContext, id: string): Promise<{ organization: Organization; members: User[] }> {
    authorize(ctx.principal, 'organization.read', { organizationId: id });
    const organization = await this.dataSource.getRepository(Organization).findOneBy({ id });
    if (!organization) throw new DomainError('NOT_FOUND', 'No such organisation.');
    const members = await this.dataSource.getRepository(User).find({ where: { organizationId: id }, order: { createdAt: 'ASC' } });
    return { organization, members };
  }

  /**
   * Edits name or region. A verified organisation's identity is fixed (the platform verified
   * it); while pending or rejected it may be corrected.
   */
  async update(ctx: SignedInContext, input: UpdateOrganizationDto): Promise<Organization> {
    const id = ctx.principal.organization?.id ?? null;
    authorize(ctx.principal, 'organization.manage', { organizationId: id });
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.lockOrganization(manager, id!);
      if (organization.status === 'verified') {
        throw new DomainError('ORGANIZATION_LOCKED', 'A verified organisation’s name and region can only be changed by the platform.');
      }
      const before = { name: organization.name, region: organization.region };
      Object.assign(organization, input);
      await manager.save(organization);
      await this.audit.record(manager, ctx, {
        action: 'organization.updated',
        targetType: 'organization',
        targetId: organization.id,
        summary: { before, after: { name: organization.name, region: organization.region } },
      });
      return organization;
    });
  }

  /** A rejected organisation asks for verification again (after correcting its details). */
  async resubmit(ctx: SignedInContext): Promise<Organization> {
    const id = ctx.principal.organization?.id ?? null;
    authorize(ctx.principal, 'organization.manage', { organizationId: id });
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.lockOrganization(manager, id!);
      if (organization.status !== 'rejected')
        throw new DomainError('INVALID_STATE', 'Only a rejected organisation can ask for verification again.');
      organization.status = 'pending';
      await manager.save(organization);
      await this.audit.record(manager, ctx, {
        action: 'organization.resubmitted',
        targetType: 'organization',
        targetId: organization.id,
        summary: { before: { status: 'rejected', rejectionReason: organization.rejectionReason }, after: { status: 'pending' } },
      });
      await this.notifications.notifyPlatformAdmins(manager, 'organization.pending_review', {
        organizationId: organization.id,
        organizationName: organization.name,
        kind: organization.kind,
      });
      return organization;
    });
  }

  async adminList(query: AdminOrganizationQueryDto): Promise<{ items: Organization[]; total: number }> {
    const qb = this.dataSource.getRepository(Organization).createQueryBuilder('o');
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.q) qb.andWhere('(o.name ILIKE :q OR o.credit_code ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    // The verification queue is worked oldest first.
    qb.orderBy('o.created_at', query.status === 'pending' ? 'ASC' : 'DESC').addOrderBy('o.id', 'ASC');
    const [items, total] = await qb
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  /** verifyOrganization: pending → verified; members are notified. */
  async verify(ctx: SignedInContext, id: string): Promise<Organization> {
    authorize(ctx.principal, 'platform.administer');
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.lockOrganization(manager, id);
      if (organization.status !== 'pending')
        throw new DomainError('INVALID_STATE', `Only a pending organisation can be verified (this one is ${organization.status}).`);
      organization.status = 'verified';
      organization.verifiedAt = this.clock.now();
      organization.rejectionReason = null;
      await manager.save(organization);
      await this.audit.record(manager, ctx, {
        action: 'organization.verified',
        targetType: 'organization',
        targetId: organization.id,
        summary: { before: { status: 'pending' }, after: { status: 'verified' }, name: organization.name },
      });
      // A verified enterprise's opted-in profile becomes matchable.
      await this.outbox.enqueue(manager, 'capability', [organization.id]);
      await this.notifications.notifyMembers(manager, organization.id, 'organization.verified', {
        organizationId: organization.id,
        organizationName: organization.name,
      });
      return organization;
    });
  }

  /** rejectOrganization: pending → rejected with a reason the members can read. */
  async reject(ctx: SignedInContext, id: string, reason: string): Promise<Organization> {
    authorize(ctx.principal, 'platform.administer');
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.lockOrganization(manager, id);
      if (organization.status !== 'pending')
        throw new DomainError('INVALID_STATE', `Only a pending organisation can be rejected (this one is ${organization.status}).`);
      organization.status = 'rejected';
      organization.rejectionReason = reason;
      await manager.save(organization);
      await this.audit.record(manager, ctx, {
        action: 'organization.rejected',
        targetType: 'organization',
        targetId: organization.id,
        summary: { before: { status: 'pending' }, after: { status: 'rejected' }, reason, name: organization.name },
      });
      await this.outbox.enqueue(manager, 'capability', [organization.id]);
      await this.notifications.notifyMembers(manager, organization.id, 'organization.rejected', {
        organizationId: organization.id,
        organizationName: organization.name,
        reason,
      });
      return organization;
    });
  }

  private async lockOrganization(manager: EntityManager, id: string): Promise<Organization> {
    const organization = await manager.findOne(Organization, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!organization) throw new DomainError('NOT_FOUND', 'No such organisation.');
    return organization;
  }
}

/** Escapes LIKE wildcards in user input. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
