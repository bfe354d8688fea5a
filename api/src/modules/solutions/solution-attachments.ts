import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { AttachmentOwners } from '../files/attachment-owners';
import { deadlinePassed } from '../scenarios/scenario-rules';
import { auditSeal, SolutionAccess } from './solution-access';

/**
 * The rules of a solution's files: its enterprise changes them until the deadline; the sealing
 * rule applies to them exactly as to the solution, and every read is audited (under seal
 * until the bid opening).
 */
@Injectable()
export class SolutionAttachments implements OnModuleInit {
  constructor(
    private readonly owners: AttachmentOwners,
    private readonly access: SolutionAccess,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.owners.register({
      type: 'solution',
      maxFiles: 20,
      authorizeChange: async (manager, ctx, solutionId, change) => {
        const solution = await this.access.forOwnerChange(manager, ctx, solutionId, 'solution.draft');
        if (change === 'add' && solution.status !== 'draft' && solution.status !== 'submitted')
          throw new DomainError('INVALID_STATE', `Files cannot be added to a ${solution.status} solution.`);
        if (solution.scenario!.status !== 'open' || deadlinePassed(solution.scenario!, this.clock.now()))
          throw new DomainError('DEADLINE_PASSED', 'The deadline has passed; the solution can no longer change.');
        return {
          organizationId: solution.organizationId,
          audit: {
            targetType: 'solution',
            targetId: solutionId,
            seal: auditSeal(solution.scenario!),
            summary: (a) => (change === 'add' ? { attachmentId: a.id, filename: a.filename, size: a.size } : { attachmentId: a.id }),
          },
        };
      },
      authorizeRead: async (ctx, solutionId, attachmentId) => {
        // The answer for a file one may not read is the answer for no file at all.
        const solution = await this.access.forRead(ctx, solutionId).catch((error: unknown) => {
          throw error instanceof DomainError && error.code === 'NOT_FOUND' ? new DomainError('NOT_FOUND', 'No such file.') : error;
        });
        await this.dataSource.transaction((manager) =>
          this.audit.record(manager, ctx, {
            action: 'solution.attachment_read',
            targetType: 'solution',
            targetId: solutionId,
            summary: { attachmentId },
            seal: auditSeal(solution.scenario!),
          }),
        );
      },
    });
  }
}
