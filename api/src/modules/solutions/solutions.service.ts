import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { authorize } from '../../common/access/policy';
import type { SignedInContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Scenario } from '../scenarios/scenario.entity';
import type { SolutionFieldsDto } from './dto/solution.dto';
import { deadlinePassed } from '../scenarios/scenario-rules';
import { auditSeal, SolutionAccess } from './solution-access';
import { SolutionVersion } from './solution-version.entity';
import { Solution } from './solution.entity';
import { solutionIssues, solutionSnapshot } from './solution.views';

/**
 * The enterprise's side: draft, edit (each edit of a submitted solution keeps a new version),
 * submit and withdraw — all until the deadline, by the server clock.
 */
@Injectable()
export class SolutionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SolutionAccess,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** Refuses anything once the deadline has passed (one second late is late). */
  private ensureOpen(scenario: Scenario): void {
    if (scenario.status !== 'open' || deadlinePassed(scenario, this.clock.now())) {
      throw new DomainError(
        'DEADLINE_PASSED',
        'The deadline of this scenario has passed; solutions can no longer be submitted or changed.',
        [{ deadline: scenario.deadline?.toISOString() ?? null }],
      );
    }
  }

  /** createSolution: a draft answering an open scenario; one active solution per enterprise. */
  async create(ctx: SignedInContext, scenarioId: string, input: SolutionFieldsDto): Promise<Solution> {
    authorize(ctx.principal, 'solution.draft');
    const organizationId = ctx.principal.organization!.id;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const scenario = await manager.findOneBy(Scenario, { id: scenarioId });
        if (!scenario || !scenario.publishedAt) throw new DomainError('NOT_FOUND', 'No such scenario.');
        this.ensureOpen(scenario);
        const existing = await manager
          .createQueryBuilder(Solution, 's')
          .where('s.scenario_id = :scenarioId AND s.organization_id = :organizationId AND s.status <> :w', {
            scenarioId,
            organizationId,
            w: 'withdrawn',
          })
          .getOne();
        if (existing)
          throw new DomainError('SOLUTION_EXISTS', 'Your enterprise already has a solution for this scenario; edit it instead.', [
            { solutionId: existing.id },
          ]);
        const solution = manager.create(Solution, {
          scenarioId,
          organizationId,
          createdByUserId: ctx.principal.userId,
          status: 'draft',
          version: 0,
        });
        apply(solution, input);
        const saved = await manager.save(solution);
        await this.audit.record(manager, ctx, {
          action: 'solution.created',
          targetType: 'solution',
          targetId: saved.id,
          summary: { scenarioId },
          seal: auditSeal(scenario),
        });
        saved.scenario = scenario;
        return saved;
      });
    } catch (error) {
      // Two simultaneous creations: the partial unique index lets exactly one through.
      if ((error as { constraint?: string }).constraint === 'solutions_active_per_organization_key') {
        throw new DomainError('SOLUTION_EXISTS', 'Your enterprise already has a solution for this scenario; edit it instead.');
      }
      throw error;
    }
  }

  /** updateSolution: edits a draft, or revises a submitted solution (a new version is kept). */
  async update(ctx: SignedInContext, id: string, input: SolutionFieldsDto): Promise<Solution> {
    return this.dataSource.transaction(async (manager) => {
      const solution = await this.access.forOwnerChange(manager, ctx, id, 'solution.draft');
      if (solution.status !== 'draft' && solution.status !== 'submitted')
        throw new DomainError('INVALID_STATE', `A ${solution.status} solution cannot be edited.`);
      this.ensureOpen(solution.scenario!);
      apply(solution, input);
      if (solution.status === 'submitted') {
        const issues = solutionIssues(solution, solution.scenario!);
        if (issues.length) throw new DomainError('SOLUTION_INCOMPLETE', 'A submitted solution must stay complete.', issues);
        solution.version += 1;
        await this.keepVersion(manager, ctx, solution);
      }
      const saved = await manager.save(solution);
      await this.audit.record(manager, ctx, {
        action: solution.status === 'submitted' ? 'solution.revised' : 'solution.updated',
        targetType: 'solution',
        targetId: id,
        summary: { fields: Object.keys(input), version: saved.version },
        seal: auditSeal(solution.scenario!),
      });
      return saved;
    });
  }

  /** submitSolution: draft → submitted, once complete; only verified enterprises. */
  async submit(ctx: SignedInContext, id: string): Promise<Solution> {
    return this.dataSource.transaction(async (manager) => {
      const solution = await this.access.forOwnerChange(manager, ctx, id, 'solution.submit');
      if (solution.status !== 'draft') throw new DomainError('INVALID_STATE', `A ${solution.status} solution cannot be submitted.`);
      const scenario = solution.scenario!;
      this.ensureOpen(scenario);
      const issues = solutionIssues(solution, scenario);
      if (issues.length) throw new DomainError('SOLUTION_INCOMPLETE', 'The solution is not complete yet.', issues);
      solution.status = 'submitted';
      solution.submittedAt = this.clock.now();
      solution.version = 1;
      await this.keepVersion(manager, ctx, solution);
      const saved = await manager.save(solution);
      await this.audit.record(manager, ctx, {
        action: 'solution.submitted',
        targetType: 'solution',
        targetId: id,
        summary: { scenarioId: scenario.id },
        seal: auditSeal(scenario),
      });
      const received = await manager.count(Solution, { where: { scenarioId: scenario.id, status: 'submitted' } });
      // The agency learns that one more arrived, never what it says.
      await this.notifications.notifyMembers(manager, scenario.organizationId, 'solution.received', {
        scenarioId: scenario.id,
        title: scenario.title,
        received,
      });
      return saved;
    });
  }

  /** withdrawSolution: the enterprise takes its solution back before the deadline. */
  async withdraw(ctx: SignedInContext, id: string): Promise<Solution> {
    return this.dataSource.transaction(async (manager) => {
      const solution = await this.access.forOwnerChange(manager, ctx, id, 'solution.draft');
      if (solution.status !== 'draft' && solution.status !== 'submitted')
        throw new DomainError('INVALID_STATE', `A ${solution.status} solution cannot be withdrawn.`);
      this.ensureOpen(solution.scenario!);
      const from = solution.status;
      solution.status = 'withdrawn';
      solution.withdrawnAt = this.clock.now();
      const saved = await manager.save(solution);
      await this.audit.record(manager, ctx, {
        action: 'solution.withdrawn',
        targetType: 'solution',
        targetId: id,
        summary: { before: { status: from }, after: { status: 'withdrawn' } },
        seal: auditSeal(solution.scenario!),
      });
      return saved;
    });
  }

  private async keepVersion(manager: EntityManager, ctx: SignedInContext, solution: Solution): Promise<void> {
    await manager.save(SolutionVersion, {
      solutionId: solution.id,
      version: solution.version,
      snapshot: solutionSnapshot(solution),
      createdByUserId: ctx.principal.userId,
    });
  }
}

function apply(solution: Solution, input: SolutionFieldsDto): void {
  const { timeline, ...plain } = input;
  for (const [key, value] of Object.entries(plain)) if (value !== undefined) (solution as unknown as Record<string, unknown>)[key] = value;
  if (timeline !== undefined) solution.timeline = timeline.map((t) => ({ phase: t.phase, weeks: t.weeks }));
}
