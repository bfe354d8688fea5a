import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { SignedInContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PanelService, REVIEWABLE } from '../reviews/panel.service';
import { ScenarioAccess } from '../scenarios/scenario-access';
import { Scenario } from '../scenarios/scenario.entity';
import { OutboxService } from '../search/outbox.service';
import { Solution } from '../solutions/solution.entity';
import { Announcement } from './announcement.entity';

const DAY = 86_400_000;
/** The objection period: at least a day, at most two months. */
const MIN_OBJECTION_MS = DAY;
const MAX_OBJECTION_MS = 60 * DAY;

/**
 * The agency's decisions after review, each one explicit, permission- and state-checked, in
 * one transaction with its audit entry: shortlist (in rounds), award or no award, announce.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ScenarioAccess,
    private readonly panels: PanelService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** shortlist: the chosen go on; the others of this round are not selected. A later round chooses among the shortlisted. */
  async shortlist(ctx: SignedInContext, scenarioId: string, solutionIds: string[]): Promise<Scenario> {
    return this.change(ctx, scenarioId, async (manager, scenario) => {
      if (scenario.status === 'reviewing') await this.requireComplete(manager, scenarioId);
      else if (scenario.status !== 'shortlisted')
        throw new DomainError('INVALID_STATE', `Shortlisting follows the review (this scenario is ${scenario.status}).`);
      const candidates = await manager.findBy(Solution, {
        scenarioId,
        status: scenario.status === 'reviewing' ? 'submitted' : 'shortlisted',
      });
      this.requireAmong(candidates, solutionIds);
      const round = (candidates.reduce((max, s) => Math.max(max, s.shortlistRound ?? 0), 0) || 0) + 1;
      const dropped = candidates.filter((s) => !solutionIds.includes(s.id)).map((s) => s.id);
      await manager.update(Solution, { id: In(solutionIds) }, { status: 'shortlisted', shortlistRound: round });
      if (dropped.length) await manager.update(Solution, { id: In(dropped) }, { status: 'not_selected' });
      const before = scenario.status;
      scenario.status = 'shortlisted';
      await manager.save(scenario);
      await this.audit.record(manager, ctx, {
        action: 'decision.shortlisted',
        targetType: 'scenario',
        targetId: scenarioId,
        summary: { round, shortlisted: solutionIds, notSelected: dropped, before: { status: before }, after: { status: 'shortlisted' } },
      });
      for (const s of candidates.filter((c) => solutionIds.includes(c.id)))
        await this.notifications.notifyMembers(manager, s.organizationId, 'solution.shortlisted', {
          scenarioId,
          title: scenario.title,
          round,
        });
      return scenario;
    });
  }

  /** award: one or more shortlisted solutions (or reviewed ones, when no shortlist was made); the rest are not selected. */
  async award(ctx: SignedInContext, scenarioId: string, solutionIds: string[], note: string | undefined): Promise<Scenario> {
    return this.change(ctx, scenarioId, async (manager, scenario) => {
      if (scenario.status === 'reviewing') await this.requireComplete(manager, scenarioId);
      else if (scenario.status !== 'shortlisted')
        throw new DomainError('INVALID_STATE', `An award follows the review or the shortlist (this scenario is ${scenario.status}).`);
      const candidates = await manager.findBy(Solution, {
        scenarioId,
        status: scenario.status === 'reviewing' ? 'submitted' : 'shortlisted',
      });
      this.requireAmong(candidates, solutionIds);
      const others = (await manager.findBy(Solution, { scenarioId, status: In([...REVIEWABLE]) }))
        .filter((s) => !solutionIds.includes(s.id))
        .map((s) => s.id);
      await manager.update(Solution, { id: In(solutionIds) }, { status: 'awarded' });
      if (others.length) await manager.update(Solution, { id: In(others) }, { status: 'not_selected' });
      const before = scenario.status;
      Object.assign(scenario, { status: 'awarded', decidedAt: this.clock.now(), decisionNote: note ?? null });
      await manager.save(scenario);
      await this.audit.record(manager, ctx, {
        action: 'decision.awarded',
        targetType: 'scenario',
        targetId: scenarioId,
        summary: {
          awarded: solutionIds,
          notSelected: others,
          note: note ?? null,
          before: { status: before },
          after: { status: 'awarded' },
        },
      });
      return scenario;
    });
  }

  /** declareNoAward: nothing is chosen, with a public reason; every solution is not selected. */
  async noAward(ctx: SignedInContext, scenarioId: string, reason: string): Promise<Scenario> {
    return this.change(ctx, scenarioId, async (manager, scenario) => {
      if (!['closed', 'reviewing', 'shortlisted'].includes(scenario.status))
        throw new DomainError('INVALID_STATE', `No award can be declared once decided (this scenario is ${scenario.status}).`);
      if (scenario.status === 'closed' && !this.deadlinePassed(scenario)) throw new DomainError('INVALID_STATE', 'Wait for the deadline.');
      const solutions = await manager.findBy(Solution, { scenarioId, status: In([...REVIEWABLE]) });
      if (solutions.length) await manager.update(Solution, { id: In(solutions.map((s) => s.id)) }, { status: 'not_selected' });
      const before = scenario.status;
      Object.assign(scenario, { status: 'no_award', decidedAt: this.clock.now(), decisionNote: reason });
      await manager.save(scenario);
      await this.audit.record(manager, ctx, {
        action: 'decision.no_award',
        targetType: 'scenario',
        targetId: scenarioId,
        summary: { reason, before: { status: before }, after: { status: 'no_award' } },
      });
      for (const organizationId of new Set(solutions.map((s) => s.organizationId)))
        await this.notifications.notifyMembers(manager, organizationId, 'scenario.no_award', { scenarioId, title: scenario.title, reason });
      return scenario;
    });
  }

  /**
   * announce (公示): the public announcement of the decision — an award, or that nothing is
   * awarded — open to objections until `objectionEndsAt`. An award moves to `announced`; a
   * no-award decision keeps its status.
   */
  async announce(ctx: SignedInContext, scenarioId: string, text: string, objectionEndsAt: Date): Promise<Scenario> {
    return this.change(ctx, scenarioId, async (manager, scenario) => {
      if (scenario.status !== 'awarded' && scenario.status !== 'no_award')
        throw new DomainError('INVALID_STATE', `A decision is announced once made (this scenario is ${scenario.status}).`);
      if (await manager.existsBy(Announcement, { scenarioId }))
        throw new DomainError('ALREADY_ANNOUNCED', 'This decision has been announced.');
      const now = this.clock.now();
      const span = objectionEndsAt.getTime() - now.getTime();
      if (span < MIN_OBJECTION_MS || span > MAX_OBJECTION_MS)
        throw new DomainError('INVALID_OBJECTION_PERIOD', 'The objection period must end between 1 and 60 days from now.', [
          { field: 'objectionEndsAt', code: 'INVALID_OBJECTION_PERIOD' },
        ]);
      await manager.insert(Announcement, { scenarioId, text, objectionEndsAt, announcedAt: now, announcedByUserId: ctx.principal.userId });
      const before = scenario.status;
      if (before === 'awarded') scenario.status = 'announced';
      await manager.save(scenario);
      await this.audit.record(manager, ctx, {
        action: 'decision.announced',
        targetType: 'scenario',
        targetId: scenarioId,
        summary: { objectionEndsAt: objectionEndsAt.toISOString(), before: { status: before }, after: { status: scenario.status } },
      });
      const applicants = await manager.findBy(Solution, { scenarioId, status: In([...REVIEWABLE]) });
      for (const organizationId of new Set(applicants.map((s) => s.organizationId)))
        await this.notifications.notifyMembers(manager, organizationId, 'result.announced', {
          scenarioId,
          title: scenario.title,
          objectionEndsAt: objectionEndsAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        });
      return scenario;
    });
  }

  private deadlinePassed(scenario: Scenario): boolean {
    return scenario.deadline !== null && this.clock.now().getTime() > scenario.deadline.getTime();
  }

  private async requireComplete(manager: EntityManager, scenarioId: string): Promise<void> {
    if (!(await this.panels.progress(scenarioId, manager)).complete)
      throw new DomainError('REVIEW_INCOMPLETE', 'Decide once the panel has finished scoring.');
  }

  private requireAmong(candidates: Solution[], ids: string[]): void {
    const unknown = ids.filter((id) => !candidates.some((c) => c.id === id));
    if (unknown.length)
      throw new DomainError('NOT_A_CANDIDATE', 'Some solutions are not candidates at this step.', [
        { field: 'solutionIds', code: 'NOT_A_CANDIDATE', ids: unknown },
      ]);
  }

  /** Runs a decision on the locked scenario, then lets the search index follow its new status. */
  private async change(
    ctx: SignedInContext,
    scenarioId: string,
    work: (manager: EntityManager, scenario: Scenario) => Promise<Scenario>,
  ): Promise<Scenario> {
    const result = await this.dataSource.transaction(async (manager) => {
      const scenario = await this.access.forInsider(ctx, scenarioId, manager, true);
      const changed = await work(manager, scenario);
      await this.outbox.enqueue(manager, 'scenario', [scenarioId]);
      return changed;
    });
    return result;
  }
}
