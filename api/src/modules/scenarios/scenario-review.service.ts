import { Injectable } from '@nestjs/common';
import { DataSource, Not, type EntityManager } from 'typeorm';
import type { SignedInContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { Batch } from '../batches/batch.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { OutboxService } from '../search/outbox.service';
import { ScenarioAccess } from './scenario-access';
import { completenessIssues, scenarioCode, snapshotOf } from './scenario-rules';
import { ScenarioVersion } from './scenario-version.entity';
import { Scenario } from './scenario.entity';

/** The platform's review of submitted scenarios: publish into a batch, or return with reasons. */
@Injectable()
export class ScenarioReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ScenarioAccess,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /**
   * publishScenario: pending_review → open, in a batch (the given one, or the newest batch
   * that is not closed), with its code year-batch-serial and version 1.
   */
  async publish(ctx: SignedInContext, id: string, batchId?: string): Promise<Scenario> {
    const result = await this.dataSource.transaction(async (manager) => {
      const scenario = await this.access.forAdminChange(manager, ctx, id);
      if (scenario.status !== 'pending_review')
        throw new DomainError('INVALID_STATE', `Only a scenario awaiting review can be published (this one is ${scenario.status}).`);
      const now = this.clock.now();
      const issues = completenessIssues(scenario, now);
      if (issues.length)
        throw new DomainError('SCENARIO_INCOMPLETE', 'The scenario is not complete (the deadline may now be too close).', issues);
      const batch = await this.batchFor(manager, batchId);
      const [{ next }] = (await manager.query('SELECT coalesce(max(serial), 0) + 1 AS next FROM scenarios WHERE batch_id = $1', [
        batch.id,
      ])) as { next: number }[];
      Object.assign(scenario, {
        status: 'open',
        batchId: batch.id,
        serial: next,
        code: scenarioCode(batch.year, batch.number, next),
        publishedAt: now,
        returnReason: null,
        version: 1,
      });
      const saved = await manager.save(scenario);
      if (batch.status === 'planned') await manager.update(Batch, { id: batch.id }, { status: 'published', publishedAt: now });
      await manager.save(ScenarioVersion, {
        scenarioId: id,
        version: 1,
        snapshot: snapshotOf(saved),
        changedFields: [],
        note: '',
        deadlineExtended: false,
        createdByUserId: ctx.principal.userId,
      });
      await this.audit.record(manager, ctx, {
        action: 'scenario.published',
        targetType: 'scenario',
        targetId: id,
        actorOrganizationId: null,
        summary: { before: { status: 'pending_review' }, after: { status: 'open', code: saved.code, batch: batch.name } },
      });
      await this.outbox.enqueue(manager, 'scenario', [id]);
      // Alerts run after the index has the scenario (matching enterprises, saved searches).
      await this.outbox.enqueue(manager, 'alert', [id]);
      await this.notifications.notifyMembers(manager, scenario.organizationId, 'scenario.published', {
        scenarioId: id,
        title: scenario.title,
        code: saved.code,
      });
      return saved;
    });
    return result;
  }

  /** returnScenario: pending_review → returned, with reasons the agency reads. */
  async return(ctx: SignedInContext, id: string, reason: string): Promise<Scenario> {
    return this.dataSource.transaction(async (manager) => {
      const scenario = await this.access.forAdminChange(manager, ctx, id);
      if (scenario.status !== 'pending_review')
        throw new DomainError('INVALID_STATE', `Only a scenario awaiting review can be returned (this one is ${scenario.status}).`);
      scenario.status = 'returned';
      scenario.returnReason = reason;
      const saved = await manager.save(scenario);
      await this.audit.record(manager, ctx, {
        action: 'scenario.returned',
        targetType: 'scenario',
        targetId: id,
        actorOrganizationId: null,
        summary: { before: { status: 'pending_review' }, after: { status: 'returned' }, reason },
      });
      await this.notifications.notifyMembers(manager, scenario.organizationId, 'scenario.returned', {
        scenarioId: id,
        title: scenario.title,
        reason,
      });
      return saved;
    });
  }

  private async batchFor(manager: EntityManager, batchId?: string): Promise<Batch> {
    const batch = batchId
      ? await manager.findOne(Batch, { where: { id: batchId }, lock: { mode: 'pessimistic_write' } })
      : await manager.findOne(Batch, {
          where: { status: Not('closed') },
          order: { year: 'DESC', number: 'DESC' },
          lock: { mode: 'pessimistic_write' },
        });
    if (!batch) {
      throw batchId
        ? new DomainError('NOT_FOUND', 'No such batch.')
        : new DomainError('NO_OPEN_BATCH', 'There is no batch to publish into; create one first.');
    }
    if (batch.status === 'closed') throw new DomainError('BATCH_CLOSED', `${batch.name} is closed.`);
    return batch;
  }
}
