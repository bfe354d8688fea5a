import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Principal, RequestContext, SignedInContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { JobRunner } from '../../jobs/job-runner';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Organization } from '../organizations/organization.entity';
import { PanelService, REVIEWABLE } from '../reviews/panel.service';
import { standings, type SubmittedReview } from '../reviews/review-math';
import { Review } from '../reviews/review.entity';
import { ScenarioAccess } from '../scenarios/scenario-access';
import { Scenario } from '../scenarios/scenario.entity';
import { OutboxService } from '../search/outbox.service';
import { canReadSolution } from '../solutions/solution-access';
import { Solution } from '../solutions/solution.entity';
import { Announcement } from './announcement.entity';
import type { AnnouncementView, FeedbackView, ObjectionView } from './decisions.dto';
import { Objection } from './objection.entity';

const SYSTEM: RequestContext = { principal: null, requestId: 'scheduler', ip: null, userAgent: null };
const INTERVAL_MS = 15_000;
const DECIDED = ['awarded', 'announced', 'in_delivery', 'landed', 'failed', 'no_award'];

const toObjectionView = (o: Objection): ObjectionView => ({
  id: o.id,
  organization: { id: o.organizationId, name: o.organization?.name ?? '' },
  text: o.text,
  filedAt: o.filedAt.toISOString(),
  response: o.response,
  respondedAt: o.respondedAt?.toISOString() ?? null,
});

/**
 * What follows a decision: the public announcement (公示) and its objections, the result
 * becoming final when the period is over and every objection is answered, and the feedback
 * that non-selected enterprises receive.
 */
@Injectable()
export class ResultsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ScenarioAccess,
    private readonly panels: PanelService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'results',
      enabled: this.config.SCHEDULER,
      run: async () => {
        await this.finalizeDue();
      },
      idleMs: INTERVAL_MS,
      backoffMs: INTERVAL_MS,
      maxBackoffMs: INTERVAL_MS,
    });
  }

  /**
   * Announced results whose objection period is over and whose objections are all answered
   * become final; for an award, delivery starts.
   */
  async finalizeDue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const rows = (await manager.query(
        `SELECT a.scenario_id FROM announcements a JOIN scenarios s ON s.id = a.scenario_id
          WHERE a.final_at IS NULL AND a.objection_ends_at <= $1
            AND NOT EXISTS (SELECT 1 FROM objections o WHERE o.scenario_id = a.scenario_id AND o.response IS NULL)
          FOR UPDATE OF a, s SKIP LOCKED`,
        [now],
      )) as { scenario_id: string }[];
      const ids = rows.map((r) => r.scenario_id);
      if (ids.length === 0) return 0;
      const scenarios = await manager.findBy(Scenario, { id: In(ids) });
      const delivering = scenarios.filter((s) => s.status === 'announced').map((s) => s.id);
      await manager.update(Announcement, { scenarioId: In(ids) }, { finalAt: now });
      if (delivering.length) await manager.update(Scenario, { id: In(delivering) }, { status: 'in_delivery' });
      for (const s of scenarios)
        await this.audit.record(manager, SYSTEM, {
          action: 'result.final',
          targetType: 'scenario',
          targetId: s.id,
          summary: { before: { status: s.status }, after: { status: s.status === 'announced' ? 'in_delivery' : s.status } },
        });
      await this.outbox.enqueue(manager, 'scenario', ids);
      return ids.length;
    });
  }

  /** Announced results, newest first (public). */
  async list(ctx: RequestContext, page: number, pageSize: number): Promise<AnnouncementView[]> {
    const announcements = await this.dataSource.getRepository(Announcement).find({
      relations: { scenario: { organization: true } },
      order: { announcedAt: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return Promise.all(announcements.map((a) => this.viewOf(ctx.principal, a)));
  }

  async announcement(ctx: RequestContext, scenarioId: string): Promise<AnnouncementView> {
    const announcement = await this.dataSource
      .getRepository(Announcement)
      .findOne({ where: { scenarioId }, relations: { scenario: { organization: true } } });
    if (!announcement) throw new DomainError('NOT_FOUND', 'This scenario has no announced result.');
    return this.viewOf(ctx.principal, announcement);
  }

  private async viewOf(principal: Principal | null, a: Announcement): Promise<AnnouncementView> {
    const s = a.scenario!;
    const now = this.clock.now();
    const awarded = await this.dataSource.getRepository(Solution).find({
      where: { scenarioId: s.id, status: 'awarded' },
      relations: { organization: true },
    });
    const objections = await this.dataSource
      .getRepository(Objection)
      .find({ where: { scenarioId: s.id }, relations: { organization: true }, order: { filedAt: 'ASC' } });
    const insider = !!principal && (principal.roles.includes('admin') || principal.organization?.id === s.organizationId);
    const visible = objections.filter((o) => insider || (principal?.organization && o.organizationId === principal.organization.id));
    const means = await this.means(s);
    return {
      scenarioId: s.id,
      code: s.code,
      title: s.title,
      agency: { id: s.organizationId, name: s.organization?.name ?? '' },
      status: s.status,
      text: a.text,
      announcedAt: a.announcedAt.toISOString(),
      objectionEndsAt: a.objectionEndsAt.toISOString(),
      objectionsOpen: a.finalAt === null && now < a.objectionEndsAt,
      final: a.finalAt !== null,
      decisionNote: s.decisionNote,
      awarded: awarded.map((sol) => ({
        id: sol.id,
        title: sol.title,
        organization: { id: sol.organizationId, name: sol.organization?.name ?? '' },
        priceQuote: sol.priceQuote,
        score: means.get(sol.id) ?? null,
      })),
      objections: objections.length,
      objectionsAnswered: objections.filter((o) => o.response !== null).length,
      visibleObjections: visible.map(toObjectionView),
    };
  }

  /** Panel means per solution. */
  private async means(scenario: Scenario): Promise<Map<string, number>> {
    const reviews = await this.submittedReviews(scenario.id);
    const ids = [...new Set(reviews.map((r) => r.solutionId))];
    return new Map(standings(scenario.rubric, ids, reviews).map((s) => [s.solutionId, s.mean]));
  }

  private async submittedReviews(scenarioId: string): Promise<SubmittedReview[]> {
    const reviews = await this.dataSource.getRepository(Review).findBy({ scenarioId, conflict: false });
    return reviews
      .filter((r) => r.submittedAt !== null && r.scores)
      .map((r) => ({ reviewerId: r.reviewerId, solutionId: r.solutionId, scores: r.scores!, total: r.total ?? 0 }));
  }

  /** fileObjection: members of verified enterprises, during the objection period only (422 after). */
  async object(ctx: SignedInContext, scenarioId: string, text: string): Promise<ObjectionView> {
    const org = ctx.principal.organization;
    if (!org || org.kind !== 'enterprise') throw new DomainError('FORBIDDEN', 'Only enterprises may object to a result.');
    if (org.status !== 'verified')
      throw new DomainError('ORGANIZATION_NOT_VERIFIED', 'Your organisation must be verified before it can object.');
    return this.dataSource.transaction(async (manager) => {
      // Locked, so that the result cannot become final while this objection is being filed.
      const announcement = await manager.findOne(Announcement, { where: { scenarioId }, lock: { mode: 'pessimistic_write' } });
      if (!announcement) throw new DomainError('NOT_FOUND', 'This scenario has no announced result.');
      const scenario = await manager.findOneByOrFail(Scenario, { id: scenarioId });
      if (announcement.finalAt !== null || this.clock.now() >= announcement.objectionEndsAt)
        throw new DomainError('OBJECTION_PERIOD_OVER', 'The objection period of this result is over.', [
          { objectionEndsAt: announcement.objectionEndsAt.toISOString() },
        ]);
      const objection = await manager.save(
        manager.create(Objection, {
          scenarioId,
          organizationId: org.id,
          filedByUserId: ctx.principal.userId,
          text,
          filedAt: this.clock.now(),
        }),
      );
      await this.audit.record(manager, ctx, {
        action: 'objection.filed',
        targetType: 'scenario',
        targetId: scenarioId,
        summary: { objectionId: objection.id },
      });
      await this.notifications.notifyMembers(manager, scenario.organizationId, 'objection.filed', {
        scenarioId,
        title: scenario.title,
        organizationName: org.name,
      });
      objection.organization = (await manager.findOneBy(Organization, { id: org.id })) ?? undefined;
      return toObjectionView(objection);
    });
  }

  /** answerObjection: the agency answers each objection once. */
  async respond(ctx: SignedInContext, objectionId: string, response: string): Promise<ObjectionView> {
    const view = await this.dataSource.transaction(async (manager) => {
      const objection = await manager.findOne(Objection, { where: { id: objectionId }, lock: { mode: 'pessimistic_write' } });
      if (!objection) throw new DomainError('NOT_FOUND', 'No such objection.');
      const scenario = await this.access.forInsider(ctx, objection.scenarioId, manager);
      if (objection.response !== null) throw new DomainError('ALREADY_ANSWERED', 'This objection has been answered.');
      Object.assign(objection, { response, respondedAt: this.clock.now(), respondedByUserId: ctx.principal.userId });
      await manager.save(objection);
      await this.audit.record(manager, ctx, {
        action: 'objection.answered',
        targetType: 'scenario',
        targetId: objection.scenarioId,
        summary: { objectionId },
      });
      await this.notifications.notifyMembers(manager, objection.organizationId, 'objection.answered', {
        scenarioId: objection.scenarioId,
        title: scenario.title,
      });
      objection.organization = (await manager.findOneBy(Organization, { id: objection.organizationId })) ?? undefined;
      return toObjectionView(objection);
    });
    await this.finalizeDue();
    return view;
  }

  /** releaseFeedback: scores always, and the comments of the chosen reviewers, to the enterprise. */
  async releaseFeedback(ctx: SignedInContext, solutionId: string, commentReviewerIds: string[]): Promise<void> {
    // A solution the caller may not read does not exist for them (no 403 or 409 that would confirm it does).
    const found = await this.dataSource.getRepository(Solution).findOneBy({ id: solutionId });
    if (!found || !canReadSolution(ctx.principal, found, await this.access.forRead(ctx, found.scenarioId)))
      throw new DomainError('NOT_FOUND', 'No such solution.');
    await this.dataSource.transaction(async (manager) => {
      const solution = await manager.findOne(Solution, { where: { id: solutionId }, lock: { mode: 'pessimistic_write' } });
      if (!solution) throw new DomainError('NOT_FOUND', 'No such solution.');
      const scenario = await this.access.forInsider(ctx, solution.scenarioId, manager);
      if (!DECIDED.includes(scenario.status) || !(REVIEWABLE as readonly string[]).includes(solution.status))
        throw new DomainError('INVALID_STATE', 'Feedback is released once the scenario is decided.');
      const reviews = await manager.findBy(Review, { solutionId, conflict: false });
      const unknown = commentReviewerIds.filter((id) => !reviews.some((r) => r.reviewerId === id));
      if (unknown.length)
        throw new DomainError('UNKNOWN_REVIEWER', 'Some reviewers did not review this solution.', [
          { field: 'commentReviewerIds', code: 'UNKNOWN_REVIEWER', ids: unknown },
        ]);
      for (const r of reviews)
        await manager.update(
          Review,
          { solutionId, reviewerId: r.reviewerId },
          { commentReleased: commentReviewerIds.includes(r.reviewerId) },
        );
      await manager.update(Solution, { id: solutionId }, { feedbackReleasedAt: this.clock.now() });
      await this.audit.record(manager, ctx, {
        action: 'feedback.released',
        targetType: 'solution',
        targetId: solutionId,
        summary: { commentReviewerIds },
      });
      await this.notifications.notifyMembers(manager, solution.organizationId, 'feedback.released', {
        scenarioId: scenario.id,
        solutionId,
        title: scenario.title,
      });
    });
  }

  /** The enterprise's feedback on its own solution, once released (404 before, and for anyone else). */
  async feedback(ctx: SignedInContext, solutionId: string): Promise<FeedbackView> {
    const solution = await this.dataSource.getRepository(Solution).findOne({ where: { id: solutionId }, relations: { scenario: true } });
    if (!solution || solution.organizationId !== ctx.principal.organization?.id || !solution.feedbackReleasedAt)
      throw new DomainError('NOT_FOUND', 'No feedback for this solution.');
    const reviews = await this.submittedReviews(solution.scenarioId);
    const solutionIds = (await this.panels.progress(solution.scenarioId)).solutions.map((s) => s.id);
    const rows = standings(solution.scenario!.rubric, solutionIds, reviews).filter((r) => r.reviews > 0);
    const index = rows.findIndex((r) => r.solutionId === solutionId);
    const released = await this.dataSource.getRepository(Review).findBy({ solutionId, conflict: false, commentReleased: true });
    return {
      solutionId,
      status: solution.status,
      mean: index >= 0 ? rows[index].mean : 0,
      rank: index + 1,
      of: rows.length,
      perCriterion: index >= 0 ? rows[index].perCriterion : [],
      comments: released.filter((r) => r.comment.trim() !== '').map((r) => ({ comment: r.comment })),
      releasedAt: solution.feedbackReleasedAt.toISOString(),
    };
  }
}
