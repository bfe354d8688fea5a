import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { Organization } from '../organizations/organization.entity';
import { OutboxService } from '../search/outbox.service';
import { Sector } from '../sectors/sector.entity';
import { CapabilityProfile } from './capability-profile.entity';
import type { ProfileDto } from './profile.dto';

/** Capability profiles: kept by the enterprise's members, public and matchable when opted in. */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  private enterpriseOf(ctx: SignedInContext): string {
    const org = ctx.principal.organization;
    if (!org || org.kind !== 'enterprise') throw new DomainError('FORBIDDEN', 'Only enterprise members keep a capability profile.');
    return org.id;
  }

  async mine(ctx: SignedInContext): Promise<{ profile: CapabilityProfile | null; organization: Organization }> {
    const organizationId = this.enterpriseOf(ctx);
    const organization = await this.dataSource.getRepository(Organization).findOneByOrFail({ id: organizationId });
    const profile = await this.dataSource.getRepository(CapabilityProfile).findOneBy({ organizationId });
    return { profile, organization };
  }

  /** saveProfile: replaces the whole profile; the capabilities index follows through the outbox. */
  async save(ctx: SignedInContext, input: ProfileDto): Promise<{ profile: CapabilityProfile; organization: Organization }> {
    const organizationId = this.enterpriseOf(ctx);
    const result = await this.dataSource.transaction(async (manager) => {
      const known = new Set((await manager.find(Sector, { select: { code: true } })).map((s) => s.code));
      const unknown = input.sectors.filter((s) => !known.has(s));
      if (unknown.length)
        throw new DomainError('UNKNOWN_SECTOR', `Unknown sector(s): ${unknown.join(', ')}.`, [
          { field: 'sectors', code: 'UNKNOWN_SECTOR' },
        ]);
      const existing = await manager.findOne(CapabilityProfile, { where: { organizationId }, lock: { mode: 'pessimistic_write' } });
      const profile = await manager.save(
        manager.create(CapabilityProfile, {
          ...(existing ?? {}),
          organizationId,
          summary: input.summary,
          capabilities: input.capabilities.map((c) => ({
            name: c.name,
            description: c.description,
            tags: c.tags,
            ...(c.trl ? { trl: c.trl } : {}),
            ...(c.indicators ? { indicators: c.indicators } : {}),
          })),
          tags: input.tags,
          sectors: input.sectors,
          regions: input.regions,
          qualifications: input.qualifications,
          cases: input.cases.map((c) => ({ title: c.title, client: c.client, year: c.year, outcome: c.outcome })),
          teamSize: input.teamSize ?? null,
          openForMatching: input.openForMatching,
        }),
      );
      await this.audit.record(manager, ctx, {
        action: existing ? 'profile.updated' : 'profile.created',
        targetType: 'organization',
        targetId: organizationId,
        summary: {
          capabilities: profile.capabilities.length,
          cases: profile.cases.length,
          openForMatching: profile.openForMatching,
          before: existing ? { openForMatching: existing.openForMatching } : null,
        },
      });
      await this.outbox.enqueue(manager, 'capability', [organizationId]);
      const organization = await manager.findOneByOrFail(Organization, { id: organizationId });
      return { profile, organization };
    });
    return result;
  }

  /** A profile for reading: public when verified and opted in; otherwise only its members and admins (404 for others). */
  async read(ctx: RequestContext, organizationId: string): Promise<{ profile: CapabilityProfile | null; organization: Organization }> {
    const organization = await this.dataSource.getRepository(Organization).findOneBy({ id: organizationId, kind: 'enterprise' });
    if (!organization) throw new DomainError('NOT_FOUND', 'No such profile.');
    const profile = await this.dataSource.getRepository(CapabilityProfile).findOneBy({ organizationId });
    const p = ctx.principal;
    const insider = p && (p.organization?.id === organizationId || p.roles.includes('admin'));
    const isPublic = organization.status === 'verified' && profile?.openForMatching === true;
    if (!insider && !isPublic) throw new DomainError('NOT_FOUND', 'No such profile.');
    return { profile, organization };
  }
}
