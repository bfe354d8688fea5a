import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { AttachmentOwners } from '../files/attachment-owners';
import { ScenarioAccess } from '../scenarios/scenario-access';
import { Milestone } from './milestone.entity';
import { mayReadEvidence } from './outcomes.service';

/** The rules of a milestone's evidence: the agency (or an admin) adds it while the delivery runs. */
@Injectable()
export class MilestoneAttachments implements OnModuleInit {
  constructor(
    private readonly owners: AttachmentOwners,
    private readonly access: ScenarioAccess,
    private readonly dataSource: DataSource,
  ) {}

  private async milestone(id: string): Promise<Milestone | null> {
    return this.dataSource.getRepository(Milestone).findOneBy({ id });
  }

  onModuleInit(): void {
    this.owners.register({
      type: 'milestone',
      maxFiles: 20,
      precheck: async (_ctx, milestoneId) => {
        if (!(await this.milestone(milestoneId))) throw new DomainError('NOT_FOUND', 'No such milestone.');
      },
      authorizeChange: async (manager, ctx, milestoneId, change) => {
        const milestone = await manager.findOneBy(Milestone, { id: milestoneId });
        if (!milestone) throw new DomainError('NOT_FOUND', 'No such milestone.');
        if (change === 'remove') throw new DomainError('INVALID_STATE', 'Evidence stays once added.');
        const scenario = await this.access.forInsider(ctx, milestone.scenarioId, manager, true);
        if (!['announced', 'in_delivery'].includes(scenario.status))
          throw new DomainError('INVALID_STATE', `Evidence is added while the delivery runs (this scenario is ${scenario.status}).`);
        return {
          organizationId: scenario.organizationId,
          audit: {
            targetType: 'scenario',
            targetId: scenario.id,
            summary: (a) => ({ milestoneId, attachmentId: a.id, filename: a.filename, contentType: a.contentType, size: a.size }),
          },
        };
      },
      authorizeRead: async (ctx, milestoneId) => {
        const milestone = await this.milestone(milestoneId);
        const scenario = milestone ? await this.access.find(milestone.scenarioId) : null;
        if (!scenario || !(await mayReadEvidence(this.dataSource, ctx.principal, scenario)))
          throw new DomainError('NOT_FOUND', 'No such file.');
      },
    });
  }
}
