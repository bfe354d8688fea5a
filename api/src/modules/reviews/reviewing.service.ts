import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { SignedInContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { ScenarioAccess } from '../scenarios/scenario-access';
import { Scenario } from '../scenarios/scenario.entity';
import { canReadSolution } from '../solutions/solution-access';
import { Solution } from '../solutions/solution.entity';
import { User } from '../users/user.entity';
import { PanelMember } from './panel-member.entity';
import { conflictsWith, PanelService, REVIEWABLE, reviewerRef } from './panel.service';
import { scoreProblems, totalOf } from './review-math';
import { Review } from './review.entity';
import type {
  AssignmentScenarioView,
  AssignmentView,
  DeclarationDto,
  ReviewerSolutionListView,
  ReviewView,
  ScoreDto,
  SolutionReviewsView,
} from './reviews.dto';

const notFound = () => new DomainError('NOT_FOUND', 'No such solution.');

export function toReviewView(review: Review, reviewer: User): ReviewView {
  return {
    reviewer: reviewerRef(reviewer),
    conflict: review.conflict,
    conflictReason: review.conflictReason,
    scores: review.scores,
    total: review.total,
    comment: review.comment,
    submittedAt: review.submittedAt?.toISOString() ?? null,
    commentReleased: review.commentReleased,
  };
}

function scenarioRef(s: Scenario): AssignmentScenarioView {
  return {
    id: s.id,
    code: s.code,
    title: s.title,
    status: s.status,
    agency: { id: s.organizationId, name: s.organization?.name ?? '' },
    deadline: s.deadline?.toISOString() ?? null,
    rubric: s.rubric,
  };
}

/**
 * A reviewer's work: the scenarios they are on the panel of, the conflict declaration for
 * each solution (before it can be read), and rubric scores. Others' scores stay hidden from a
 * reviewer until they submitted their own.
 */
@Injectable()
export class ReviewingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly panels: PanelService,
    private readonly access: ScenarioAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async assignments(ctx: SignedInContext): Promise<AssignmentView[]> {
    const memberships = await this.dataSource.getRepository(PanelMember).find({
      where: { reviewerId: ctx.principal.userId },
      relations: { scenario: { organization: true } },
      order: { assignedAt: 'DESC' },
    });
    const result: AssignmentView[] = [];
    for (const m of memberships) {
      const { solutions, reviews } = await this.panels.progress(m.scenarioId);
      const own = reviews.filter((r) => r.reviewerId === ctx.principal.userId);
      result.push({
        scenario: scenarioRef(m.scenario!),
        solutions: solutions.length,
        declared: own.length,
        scored: own.filter((r) => !r.conflict && r.submittedAt !== null).length,
        open: m.scenario!.status === 'reviewing',
      });
    }
    return result;
  }

  /** The solutions of a scenario the caller reviews: applicants, detected conflicts, the caller's own review. */
  async solutions(ctx: SignedInContext, scenarioId: string): Promise<ReviewerSolutionListView> {
    const scenario = await this.membership(this.dataSource.manager, ctx, scenarioId);
    const reviewer = await this.dataSource.getRepository(User).findOneByOrFail({ id: ctx.principal.userId });
    const { solutions, reviews } = await this.panels.progress(scenarioId);
    return {
      scenario: scenarioRef(scenario),
      items: solutions.map((s) => {
        const review = reviews.find((r) => r.solutionId === s.id && r.reviewerId === reviewer.id) ?? null;
        const detected = conflictsWith(reviewer, s);
        return {
          id: s.id,
          title: review && !review.conflict ? s.title : null,
          organization: { id: s.organizationId, name: s.organization?.name ?? '' },
          consortiumMembers: s.consortiumMembers,
          detectedConflict: detected.length ? detected.join('、') : null,
          review: review ? toReviewView(review, reviewer) : null,
        };
      }),
    };
  }

  /** declareConflict: no conflict (then the solution can be read) or recusal; an affiliation with the applicant forces recusal. */
  async declare(ctx: SignedInContext, solutionId: string, input: DeclarationDto): Promise<ReviewView> {
    return this.dataSource.transaction(async (manager) => {
      const { solution, reviewer } = await this.forReviewer(manager, ctx, solutionId);
      const existing = await manager.findOne(Review, {
        where: { solutionId, reviewerId: reviewer.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing?.conflict) throw new DomainError('ALREADY_DECLARED', 'You have recused yourself from this solution.');
      if (existing && !input.conflict) throw new DomainError('ALREADY_DECLARED', 'You have already declared no conflict.');
      if (existing?.submittedAt) throw new DomainError('ALREADY_SCORED', 'You have scored this solution; recusal is no longer possible.');
      const detected = conflictsWith(reviewer, solution);
      if (!input.conflict && detected.length)
        throw new DomainError(
          'CONFLICT_OF_INTEREST',
          `You are affiliated with ${detected.join(', ')}; you must recuse yourself from this solution.`,
        );
      const review = await manager.save(
        manager.create(Review, {
          ...(existing ?? {}),
          solutionId,
          reviewerId: reviewer.id,
          scenarioId: solution.scenarioId,
          conflict: input.conflict,
          conflictReason: input.conflict ? (input.reason ?? '') : '',
          declaredAt: this.clock.now(),
          scores: null,
          total: null,
          comment: '',
          submittedAt: null,
        }),
      );
      await this.audit.record(manager, ctx, {
        action: input.conflict ? 'review.recused' : 'review.no_conflict_declared',
        targetType: 'solution',
        targetId: solutionId,
        actorOrganizationId: null,
        summary: { scenarioId: solution.scenarioId, ...(input.conflict ? { reason: input.reason } : {}) },
      });
      return toReviewView(review, reviewer);
    });
  }

  /** scoreSolution: rubric scores and a comment; may be revised until the agency decides. */
  async score(ctx: SignedInContext, solutionId: string, input: ScoreDto): Promise<ReviewView> {
    return this.dataSource.transaction(async (manager) => {
      const { solution, reviewer, scenario } = await this.forReviewer(manager, ctx, solutionId);
      const review = await manager.findOne(Review, { where: { solutionId, reviewerId: reviewer.id }, lock: { mode: 'pessimistic_write' } });
      if (!review) throw new DomainError('DECLARATION_REQUIRED', 'Declare whether you have a conflict of interest first.');
      if (review.conflict || conflictsWith(reviewer, solution).length)
        throw new DomainError('CONFLICT_OF_INTEREST', 'You recused yourself from this solution and cannot score it.');
      const problems = scoreProblems(scenario.rubric, input.scores);
      if (problems.length) throw new DomainError('VALIDATION_FAILED', 'The scores do not fit the rubric.', problems);
      const before = review.submittedAt ? { total: review.total } : null;
      review.scores = input.scores.map((s) => ({ criterion: s.criterion, score: s.score }));
      review.total = totalOf(review.scores);
      review.comment = input.comment;
      review.submittedAt = this.clock.now();
      await manager.save(review);
      await this.audit.record(manager, ctx, {
        action: before ? 'review.rescored' : 'review.scored',
        targetType: 'solution',
        targetId: solutionId,
        actorOrganizationId: null,
        summary: { scenarioId: solution.scenarioId, before, after: { total: review.total } },
      });
      return toReviewView(review, reviewer);
    });
  }

  /**
   * The reviews of a solution. A reviewer sees their own, and the others' only after
   * submitting theirs; the agency and admins see them all once the panel is complete.
   */
  async reviewsOf(ctx: SignedInContext, solutionId: string): Promise<SolutionReviewsView> {
    const p = ctx.principal;
    const solution = await this.dataSource.getRepository(Solution).findOneBy({ id: solutionId });
    if (!solution || !(REVIEWABLE as readonly string[]).includes(solution.status)) throw notFound();
    const all = await this.dataSource.getRepository(Review).find({ where: { solutionId }, relations: { reviewer: true } });
    if (p.roles.includes('reviewer')) {
      await this.membership(this.dataSource.manager, ctx, solution.scenarioId, notFound);
      const mine = all.find((r) => r.reviewerId === p.userId) ?? null;
      if (!mine?.submittedAt || mine.conflict)
        throw new DomainError('OWN_SCORE_REQUIRED', 'Other reviewers’ scores are shown once you have submitted yours.');
      return {
        mine: toReviewView(mine, mine.reviewer!),
        others: all.filter((r) => r.reviewerId !== p.userId).map((r) => toReviewView(r, r.reviewer!)),
      };
    }
    // A solution the caller may not read does not exist for them (no 403 that would confirm it does).
    if (!canReadSolution(p, solution, await this.access.forRead(ctx, solution.scenarioId))) throw notFound();
    await this.access.forInsider(ctx, solution.scenarioId);
    if (!(await this.panels.progress(solution.scenarioId)).complete)
      throw new DomainError('REVIEW_INCOMPLETE', 'Scores are shown once the panel has finished scoring.');
    return { mine: null, others: all.map((r) => toReviewView(r, r.reviewer!)) };
  }

  /** The scenario if the caller is on its panel (else 404). */
  private async membership(
    manager: EntityManager,
    ctx: SignedInContext,
    scenarioId: string,
    missing = () => new DomainError('NOT_FOUND', 'No such assignment.'),
  ): Promise<Scenario> {
    if (!ctx.principal.roles.includes('reviewer')) throw missing();
    const member = await manager.findOne(PanelMember, {
      where: { scenarioId, reviewerId: ctx.principal.userId },
      relations: { scenario: { organization: true } },
    });
    if (!member) throw missing();
    return member.scenario!;
  }

  /** A reviewable solution of a scenario the caller reviews, while scores may still change. */
  private async forReviewer(manager: EntityManager, ctx: SignedInContext, solutionId: string) {
    const solution = await manager.findOne(Solution, {
      where: { id: solutionId, status: In([...REVIEWABLE]) },
      relations: { organization: true },
    });
    if (!solution) throw notFound();
    const scenario = await this.membership(manager, ctx, solution.scenarioId, notFound);
    if (scenario.status !== 'reviewing')
      throw new DomainError('REVIEW_CLOSED', `Reviews are given while the scenario is under review (it is ${scenario.status}).`);
    const reviewer = await manager.findOneByOrFail(User, { id: ctx.principal.userId });
    return { solution, scenario, reviewer };
  }
}
