import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { AttachmentOwners } from '../files/attachment-owners';
import { ScenarioAccess } from './scenario-access';

/** A draft, returned or open scenario takes files; only a draft or returned one lets them go. */
const EDITABLE = ['draft', 'returned', 'open'];
const REMOVABLE = ['draft', 'returned'];

/** The rules of a scenario's files: the agency changes them, whoever may read the scenario reads them. */
@Injectable()
export class ScenarioAttachments implements OnModuleInit {
  constructor(
    private readonly owners: AttachmentOwners,
    private readonly access: ScenarioAccess,
  ) {}

  onModuleInit(): void {
    this.owners.register({
      type: 'scenario',
      maxFiles: 20,
      authorizeChange: async (manager, ctx, scenarioId, change) => {
        const scenario = await this.access.forAgencyChange(manager, ctx, scenarioId, 'scenario.draft');
        if (change === 'add' && !EDITABLE.includes(scenario.status))
          throw new DomainError('INVALID_STATE', `Files cannot be added to a ${scenario.status} scenario.`);
        if (change === 'remove' && !REMOVABLE.includes(scenario.status))
          throw new DomainError('INVALID_STATE', 'Files of a published scenario stay; add a corrected one instead.');
        return {
          organizationId: scenario.organizationId,
          audit: {
            targetType: 'scenario',
            targetId: scenarioId,
            summary: (a) =>
              change === 'add'
                ? { attachmentId: a.id, filename: a.filename, contentType: a.contentType, size: a.size }
                : { attachmentId: a.id, filename: a.filename },
          },
        };
      },
      authorizeRead: async (ctx, scenarioId) => {
        await this.access.forRead(ctx, scenarioId);
      },
    });
  }
}
