import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { authorize } from '../../common/access/policy';
import type { SignedInContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { OutboxService } from '../search/outbox.service';
import { Sector } from '../sectors/sector.entity';
import type { CreateScenarioDto, UpdateScenarioDto } from './dto/scenario-input.dto';
import { isPublished, ScenarioAccess } from './scenario-access';
import { ScenarioLifecycleService } from './scenario-lifecycle.service';
import { applyScenarioFields } from './scenario-fields';
import {
  completenessIssues,
  deadlineAfterAmendment,
  deadlinePassed,
  diffSnapshots,
  snapshotOf,
  type VersionedField,
} from './scenario-rules';
import { ScenarioVersion } from './scenario-version.entity';
import { Scenario } from './scenario.entity';

const EDITABLE_DRAFT = ['draft', 'returned'];

/** The agency's side of the lifecycle: draft, edit, submit, delete, amend and cancel. */
@Injectable()
export class ScenariosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ScenarioAccess,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly lifecycle: ScenarioLifecycleService,
    private readonly clock: Clock,
  ) {}

  /** Closes the scenario first if its deadline has just passed, so no change can reopen it. */
  private async settle(id: string): Promise<void> {
    const scenario = await this.dataSource.getRepository(Scenario).findOneBy({ id });
    if (scenario) await this.lifecycle.settle(scenario);
  }

  /** createScenario: a draft of the caller's agency (verified or not). */
  async create(ctx: SignedInContext, input: CreateScenarioDto): Promise<Scenario> {
    authorize(ctx.principal, 'scenario.draft');
    return this.dataSource.transaction(async (manager) => {
      await this.checkSector(manager, input.sector);
      const scenario = manager.create(Scenario, {
        organizationId: ctx.principal.organization!.id,
        createdByUserId: ctx.principal.userId,
        status: 'draft',
        title: input.title,
        sealed: true,
        version: 0,
        contact: null,
      });
      applyScenarioFields(scenario, input);
      const saved = await manager.save(scenario);
      await this.audit.record(manager, ctx, {
        action: 'scenario.created',
        targetType: 'scenario',
        targetId: saved.id,
        summary: { title: saved.title },
      });
      return saved;
    });
  }

  /**
   * updateScenario: edits a draft or returned scenario; on an open one this is an amendment —
   * a new version with its diff, and the deadline extended when a material change comes late.
   */
  async update(ctx: SignedInContext, id: string, input: UpdateScenarioDto): Promise<Scenario> {
    await this.settle(id);
    const result = await this.dataSource.transaction(async (manager) => {
      const scenario = await this.access.forAgencyChange(manager, ctx, id, 'scenario.draft');
      if (EDITABLE_DRAFT.includes(scenario.status)) {
        await this.checkSector(manager, input.sector);
        applyScenarioFields(scenario, input);
        const saved = await manager.save(scenario);
        await this.audit.record(manager, ctx, {
          action: 'scenario.updated',
          targetType: 'scenario',
          targetId: id,
          summary: { fields: Object.keys(input) },
        });
        return saved;
      }
      if (scenario.status !== 'open') throw new DomainError('INVALID_STATE', `A ${scenario.status} scenario cannot be edited.`);
      return this.amend(manager, ctx, scenario, input);
    });
    return result;
  }

  /**
   * amendScenario: a new public version of an open scenario. The deadline only ever moves
   * later (a tender period may be extended, never shortened), and once it has passed the
   * scenario is closed for good — nothing reopens it.
   */
  private async amend(manager: EntityManager, ctx: SignedInContext, scenario: Scenario, input: UpdateScenarioDto): Promise<Scenario> {
    authorize(ctx.principal, 'scenario.submit', { organizationId: scenario.organizationId });
    const now = this.clock.now();
    const oldDeadline = scenario.deadline!;
    if (deadlinePassed(scenario, now)) {
      throw new DomainError('DEADLINE_PASSED', 'The deadline of this scenario has passed; it is closed and can no longer be amended.', [
        { deadline: oldDeadline.toISOString() },
      ]);
    }
    if (input.sealed !== undefined && input.sealed !== scenario.sealed) {
      throw new DomainError('SEALED_LOCKED', 'Whether submissions are sealed cannot change after publication.');
    }
    if (input.deadline !== undefined && (input.deadline === null || new Date(input.deadline).getTime() < oldDeadline.getTime())) {
      throw new DomainError('DEADLINE_ONLY_LATER', 'The deadline of a published scenario can only move later, never earlier.', [
        { field: 'deadline', code: 'DEADLINE_ONLY_LATER', current: oldDeadline.toISOString() },
      ]);
    }
    await this.checkSector(manager, input.sector);
    const before = snapshotOf(scenario);
    applyScenarioFields(scenario, input);
    const changed = diffSnapshots(before, snapshotOf(scenario)).map((c) => c.field as VersionedField);
    if (changed.length === 0) return scenario;
    const { deadline, extended } = deadlineAfterAmendment(oldDeadline, scenario.deadline!, changed, now);
    scenario.deadline = deadline;
    // Close to the deadline is allowed for an amendment (it extends it); too far ahead is not.
    const issues = completenessIssues(scenario, now).filter((i) => i.code !== 'DEADLINE_TOO_SOON');
    if (issues.length) throw new DomainError('SCENARIO_INCOMPLETE', 'The amended scenario would be incomplete.', issues);
    scenario.version += 1;
    const saved = await manager.save(scenario);
    await manager.save(ScenarioVersion, {
      scenarioId: saved.id,
      version: saved.version,
      snapshot: snapshotOf(saved),
      changedFields: extended && !changed.includes('deadline') ? [...changed, 'deadline'] : changed,
      note: input.note ?? '',
      deadlineExtended: extended,
      createdByUserId: ctx.principal.userId,
    });
    await this.audit.record(manager, ctx, {
      action: 'scenario.amended',
      targetType: 'scenario',
      targetId: saved.id,
      summary: {
        version: saved.version,
        changed,
        deadlineExtended: extended,
        before: pick(before, changed),
        after: pick(snapshotOf(saved), changed),
      },
    });
    await this.outbox.enqueue(manager, 'scenario', [saved.id]);
    // Followers and enterprises that answered hear about every amendment.
    const followers = (await manager.query(
      `SELECT user_id FROM saved_scenarios WHERE scenario_id = $1
       UNION SELECT u.id FROM solutions s JOIN users u ON u.organization_id = s.organization_id AND u.active
       WHERE s.scenario_id = $1 AND s.status <> 'withdrawn'`,
      [saved.id],
    )) as { user_id: string }[];
    await this.notifications.notify(
      manager,
      followers.map((f) => f.user_id),
      'scenario.amended',
      {
        scenarioId: saved.id,
        title: saved.title,
        version: saved.version,
        deadlineExtended: extended,
        deadline: saved.deadline?.toISOString(),
      },
    );
    return saved;
  }

  /** submitScenario: draft/returned → pending_review, once complete; only verified agencies. */
  async submit(ctx: SignedInContext, id: string): Promise<Scenario> {
    return this.dataSource.transaction(async (manager) => {
      const scenario = await this.access.forAgencyChange(manager, ctx, id, 'scenario.submit');
      if (!EDITABLE_DRAFT.includes(scenario.status))
        throw new DomainError('INVALID_STATE', `A ${scenario.status} scenario cannot be submitted.`);
      const issues = completenessIssues(scenario, this.clock.now());
      if (issues.length) throw new DomainError('SCENARIO_INCOMPLETE', 'The scenario is not complete yet.', issues);
      const from = scenario.status;
      scenario.status = 'pending_review';
      scenario.submittedAt = this.clock.now();
      const saved = await manager.save(scenario);
      await this.audit.record(manager, ctx, {
        action: 'scenario.submitted',
        targetType: 'scenario',
        targetId: id,
        summary: { before: { status: from }, after: { status: 'pending_review' } },
      });
      await this.notifications.notifyPlatformAdmins(manager, 'scenario.pending_review', { scenarioId: id, title: scenario.title });
      return saved;
    });
  }

  /** withdrawScenario: pending_review → draft, before the platform has decided. */
  async withdraw(ctx: SignedInContext, id: string): Promise<Scenario> {
    return this.dataSource.transaction(async (manager) => {
      const scenario = await this.access.forAgencyChange(manager, ctx, id, 'scenario.draft');
      if (scenario.status !== 'pending_review') throw new DomainError('INVALID_STATE', 'Only a scenario awaiting review can be withdrawn.');
      scenario.status = 'draft';
      const saved = await manager.save(scenario);
      await this.audit.record(manager, ctx, {
        action: 'scenario.withdrawn',
        targetType: 'scenario',
        targetId: id,
        summary: { before: { status: 'pending_review' }, after: { status: 'draft' } },
      });
      return saved;
    });
  }

  /** deleteScenario: only drafts that were never published. */
  async remove(ctx: SignedInContext, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const scenario = await this.access.forAgencyChange(manager, ctx, id, 'scenario.draft');
      if (!EDITABLE_DRAFT.includes(scenario.status) || scenario.publishedAt)
        throw new DomainError('INVALID_STATE', 'Only unpublished drafts can be deleted.');
      await manager.delete(Scenario, { id });
      await manager.query(`DELETE FROM attachments WHERE owner_type = 'scenario' AND owner_id = $1`, [id]);
      await this.audit.record(manager, ctx, {
        action: 'scenario.deleted',
        targetType: 'scenario',
        targetId: id,
        summary: { title: scenario.title },
      });
    });
  }

  /** cancelScenario: a published scenario is withdrawn with a public reason (agency or admin). */
  async cancel(ctx: SignedInContext, id: string, reason: string): Promise<Scenario> {
    await this.settle(id);
    const result = await this.dataSource.transaction(async (manager) => {
      const isAdmin = ctx.principal.roles.includes('admin');
      const scenario = isAdmin
        ? await this.access.forAdminChange(manager, ctx, id)
        : await this.access.forAgencyChange(manager, ctx, id, 'scenario.submit');
      if (!isPublished(scenario) || ['cancelled', 'landed', 'no_award'].includes(scenario.status)) {
        throw new DomainError('INVALID_STATE', `A ${scenario.status} scenario cannot be cancelled.`);
      }
      const from = scenario.status;
      scenario.status = 'cancelled';
      scenario.cancelReason = reason;
      scenario.cancelledAt = this.clock.now();
      const saved = await manager.save(scenario);
      await this.audit.record(manager, ctx, {
        action: 'scenario.cancelled',
        targetType: 'scenario',
        targetId: id,
        summary: { before: { status: from }, after: { status: 'cancelled' }, reason },
      });
      await this.outbox.enqueue(manager, 'scenario', [id]);
      await this.notifications.notifyMembers(manager, scenario.organizationId, 'scenario.cancelled', {
        scenarioId: id,
        title: scenario.title,
        reason,
      });
      return saved;
    });
    return result;
  }

  private async checkSector(manager: EntityManager, code: string | undefined): Promise<void> {
    if (code === undefined) return;
    const sector = await manager.findOneBy(Sector, { code });
    if (!sector || !sector.active) {
      throw new DomainError('UNKNOWN_SECTOR', `There is no active sector "${code}".`, [{ field: 'sector', code: 'UNKNOWN_SECTOR' }]);
    }
  }
}

function pick(snapshot: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, snapshot[f]]));
}
