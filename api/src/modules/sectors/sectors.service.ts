import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignedInContext } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../search/outbox.service';
import { Sector } from './sector.entity';
import { toView, type CreateSectorDto, type UpdateSectorDto } from './sectors.dto';

/** The sector taxonomy: the plan's 11 sectors, editable by platform admins. */
@Injectable()
export class SectorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  list(includeInactive: boolean): Promise<Sector[]> {
    return this.dataSource
      .getRepository(Sector)
      .find({ where: includeInactive ? {} : { active: true }, order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  create(ctx: SignedInContext, input: CreateSectorDto): Promise<Sector> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Sector, { code: input.code }))
        throw new DomainError('SECTOR_EXISTS', `Sector "${input.code}" already exists.`);
      const sector = await manager.save(manager.create(Sector, { ...input, sortOrder: input.sortOrder ?? 1000, active: true }));
      await this.audit.record(manager, ctx, {
        action: 'sector.created',
        targetType: 'sector',
        targetId: sector.code,
        summary: { ...input },
      });
      return sector;
    });
  }

  /** Renaming a sector re-indexes its published scenarios (their documents carry the name). */
  update(ctx: SignedInContext, code: string, input: UpdateSectorDto): Promise<Sector> {
    return this.dataSource.transaction(async (manager) => {
      const sector = await manager.findOne(Sector, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!sector) throw new DomainError('NOT_FOUND', 'No such sector.');
      const before = toView(sector);
      Object.assign(sector, input);
      const saved = await manager.save(sector);
      if (before.nameZh !== saved.nameZh || before.nameEn !== saved.nameEn) {
        const rows = (await manager.query('SELECT id FROM scenarios WHERE sector_code = $1 AND published_at IS NOT NULL', [code])) as {
          id: string;
        }[];
        await this.outbox.enqueue(
          manager,
          'scenario',
          rows.map((r) => r.id),
        );
      }
      await this.audit.record(manager, ctx, {
        action: 'sector.updated',
        targetType: 'sector',
        targetId: code,
        summary: { before, after: toView(saved) },
      });
      return saved;
    });
  }
}
