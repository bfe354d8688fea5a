import { Injectable } from '@nestjs/common';
import { PUBLISHED_SCENARIO_STATUSES } from '@scenebridge/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Principal, RequestContext, SignedInContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { Attachment } from '../files/attachment.entity';
import { ScenarioAccess } from '../scenarios/scenario-access';
import { Scenario } from '../scenarios/scenario.entity';
import { toAttachmentView } from '../files/attachment.views';
import { OutboxService } from '../search/outbox.service';
import { Solution } from '../solutions/solution.entity';
import { Milestone } from './milestone.entity';
import type { MilestoneDto, MilestoneView, OutcomeView, UpdateMilestoneDto } from './outcomes.dto';

/** Whether the caller may download a scenario's delivery evidence: the agency, admins, the awarded enterprises. */
export async function mayReadEvidence(dataSource: DataSource, principal: Principal | null, scenario: Scenario): Promise<boolean> {
  if (!principal) return false;
  if (principal.roles.includes('admin') || principal.organization?.id === scenario.organizationId) return true;
  if (!principal.organization) return false;
  return dataSource
    .getRepository(Solution)
    .existsBy({ scenarioId: scenario.id, organizationId: principal.organization.id, status: 'awarded' });
}

/** The outcome of an awarded scenario: milestones with evidence, then landed (confirmed by the agency) or failed. */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ScenarioAccess,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async outcome(ctx: RequestContext, scenarioId: string): Promise<OutcomeView> {
    const scenario = await this.dataSource.getRepository(Scenario).findOneBy({ id: scenarioId });
    if (!scenario || !PUBLISHED_SCENARIO_STATUSES.includes(scenario.status)) throw new DomainError('NOT_FOUND', 'No such scenario.');
    const milestones = await this.dataSource
      .getRepository(Milestone)
      .find({ where: { scenarioId }, order: { dueDate: 'ASC', createdAt: 'ASC' } });
    const files = milestones.length
      ? await this.dataSource.getRepository(Attachment).find({
          where: { ownerType: 'milestone', ownerId: In(milestones.map((m) => m.id)) },
          order: { createdAt: 'ASC' },
        })
      : [];
    const evidence = await mayReadEvidence(this.dataSource, ctx.principal, scenario);
    const p = ctx.principal;
    return {
      scenarioId,
      status: scenario.status,
      landedAt: scenario.landedAt?.toISOString() ?? null,
      failureReason: scenario.failureReason,
      canManage: !!p && (p.roles.includes('admin') || (p.organization?.id === scenario.organizationId && p.roles.includes('publisher'))),
      milestones: milestones.map((m): MilestoneView => {
        const own = files.filter((f) => f.ownerId === m.id);
        return {
          id: m.id,
          title: m.title,
          dueDate: m.dueDate,
          doneOn: m.doneOn,
          note: m.note,
          evidence: evidence ? own.map(toAttachmentView) : [],
          evidenceCount: own.length,
        };
      }),
    };
  }

  async addMilestone(ctx: SignedInContext, scenarioId: string, input: MilestoneDto): Promise<Milestone> {
    return this.change(ctx, scenarioId, ['announced', 'in_delivery'], async (manager) => {
      const milestone = await manager.save(
        manager.create(Milestone, {
          scenarioId,
          title: input.title,
          dueDate: input.dueDate,
          doneOn: input.doneOn ?? null,
          note: input.note ?? '',
        }),
      );
      await this.audit.record(manager, ctx, {
        action: 'milestone.added',
        targetType: 'scenario',
        targetId: scenarioId,
        summary: { milestoneId: milestone.id, title: milestone.title, dueDate: milestone.dueDate, doneOn: milestone.doneOn },
      });
      return milestone;
    });
  }

  async updateMilestone(ctx: SignedInContext, milestoneId: string, input: UpdateMilestoneDto): Promise<Milestone> {
    const existing = await this.dataSource.getRepository(Milestone).findOneBy({ id: milestoneId });
    if (!existing) throw new DomainError('NOT_FOUND', 'No such milestone.');
    return this.change(ctx, existing.scenarioId, ['announced', 'in_delivery'], async (manager) => {
      const milestone = await manager.findOneOrFail(Milestone, { where: { id: milestoneId }, lock: { mode: 'pessimistic_write' } });
      const before = { title: milestone.title, dueDate: milestone.dueDate, doneOn: milestone.doneOn, note: milestone.note };
      if (input.title !== undefined) milestone.title = input.title;
      if (input.dueDate !== undefined) milestone.dueDate = input.dueDate;
      if (input.doneOn !== undefined) milestone.doneOn = input.doneOn;
      if (input.note !== undefined) milestone.note = input.note;
      await manager.save(milestone);
      await this.audit.record(manager, ctx, {
        action: 'milestone.updated',
        targetType: 'scenario',
        targetId: milestone.scenarioId,
        summary: {
          milestoneId,
          before,
          after: { title: milestone.title, dueDate: milestone.dueDate, doneOn: milestone.doneOn, note: milestone.note },
        },
      });
      return milestone;
    });
  }

  /** confirmLanded (落地): the agency confirms the pilot delivered what it promised. */
  async landed(ctx: SignedInContext, scenarioId: string): Promise<Scenario> {
    return this.change(ctx, scenarioId, ['in_delivery'], async (manager, scenario) => {
      Object.assign(scenario, { status: 'landed', landedAt: this.clock.now() });
      await manager.save(scenario);
      await this.audit.record(manager, ctx, {
        action: 'outcome.landed',
        targetType: 'scenario',
        targetId: scenarioId,
        summary: { before: { status: 'in_delivery' }, after: { status: 'landed' } },
      });
      return scenario;
    });
  }

  /** markFailed: the delivery did not succeed, with a public reason. */
  async failed(ctx: SignedInContext, scenarioId: string, reason: string): Promise<Scenario> {
    return this.change(ctx, scenarioId, ['in_delivery'], async (manager, scenario) => {
      Object.assign(scenario, { status: 'failed', failureReason: reason });
      await manager.save(scenario);
      await this.audit.record(manager, ctx, {
        action: 'outcome.failed',
        targetType: 'scenario',
        targetId: scenarioId,
        summary: { reason, before: { status: 'in_delivery' }, after: { status: 'failed' } },
      });
      return scenario;
    });
  }

  private async change<T>(
    ctx: SignedInContext,
    scenarioId: string,
    states: string[],
    work: (manager: EntityManager, scenario: Scenario) => Promise<T>,
  ): Promise<T> {
    const result = await this.dataSource.transaction(async (manager) => {
      const scenario = await this.access.forInsider(ctx, scenarioId, manager, true);
      if (!states.includes(scenario.status))
        throw new DomainError('INVALID_STATE', `This step needs the scenario to be ${states.join(' or ')} (it is ${scenario.status}).`);
      const value = await work(manager, scenario);
      await this.outbox.enqueue(manager, 'scenario', [scenarioId]);
      return value;
    });
    return result;
  }
}
