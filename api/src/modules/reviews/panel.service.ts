import { Injectable } from '@nestjs/common';
import type { MultiSearchQuery } from 'meilisearch';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { SignedInContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { Vocabulary } from '../matching/vocabulary';
import { NotificationsService } from '../notifications/notifications.service';
import { ScenarioAccess } from '../scenarios/scenario-access';
import { bidsOpened, deadlinePassed } from '../scenarios/scenario-rules';
import type { Scenario } from '../scenarios/scenario.entity';
import { MeiliService } from '../search/meili.service';
import type { ReviewerDocument } from '../users/reviewer-document';
import { Sector } from '../sectors/sector.entity';
import { Solution } from '../solutions/solution.entity';

import { User } from '../users/user.entity';
import { PanelMember } from './panel-member.entity';
import { outliers, sameOrganization, standings, type SubmittedReview } from './review-math';
import { Review } from './review.entity';
import type { PanelSuggestionView, PanelView, RankingView, ReviewerRefView } from './reviews.dto';

/** Solutions that are reviewed: submitted ones and those already decided on. */
export const REVIEWABLE = ['submitted', 'shortlisted', 'awarded', 'not_selected'] as const;

/** Panels can change while the scenario is closed (deadline passed) or under review. */
const ASSIGNABLE = ['closed', 'reviewing'];

export const reviewerRef = (u: User): ReviewerRefView => ({ id: u.id, displayName: u.displayName, expertise: u.expertise });

/** The affiliations of a reviewer that name an applicant (its lead enterprise or a consortium member). */
export function conflictsWith(reviewer: Pick<User, 'affiliations'>, solution: Solution): string[] {
  const names = [solution.organization?.name ?? '', ...solution.consortiumMembers];
  return names.filter((name) => reviewer.affiliations.some((a) => sameOrganization(a, name)));
}

export interface PanelProgress {
  solutions: Solution[];
  members: PanelMember[];
  reviews: Review[];
  complete: boolean;
}

/**
 * Review panels, for the publishing agency and platform admins: expert suggestions through
 * Meilisearch with conflict flags, assignment, progress and — once complete — the ranking.
 */
@Injectable()
export class PanelService {
  private readonly vocabulary = new Vocabulary();

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ScenarioAccess,
    private readonly meili: MeiliService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async progress(scenarioId: string, manager: EntityManager = this.dataSource.manager): Promise<PanelProgress> {
    const solutions = await manager.find(Solution, {
      where: { scenarioId, status: In([...REVIEWABLE]) },
      relations: { organization: true },
      order: { submittedAt: 'ASC' },
    });
    const members = await manager.find(PanelMember, { where: { scenarioId }, relations: { reviewer: true }, order: { assignedAt: 'ASC' } });
    const reviews = await manager.find(Review, { where: { scenarioId } });
    const done = (reviewerId: string, solutionId: string) =>
      reviews.some((r) => r.reviewerId === reviewerId && r.solutionId === solutionId && (r.conflict || r.submittedAt !== null));
    const complete =
      members.length > 0 &&
      solutions.length > 0 &&
      members.every((m) => solutions.every((s) => done(m.reviewerId, s.id))) &&
      solutions.every((s) => reviews.some((r) => r.solutionId === s.id && !r.conflict && r.submittedAt !== null));
    return { solutions, members, reviews, complete };
  }

  async panel(ctx: SignedInContext, scenarioId: string): Promise<PanelView> {
    const scenario = await this.access.forInsider(ctx, scenarioId);
    return this.viewOf(scenario, await this.progress(scenarioId));
  }

  private viewOf(scenario: Scenario, { solutions, members, reviews, complete }: PanelProgress): PanelView {
    return {
      // Counted once the solutions are opened (before that the agency has its own count).
      solutions: bidsOpened(scenario) ? solutions.length : 0,
      complete,
      canAssign: ASSIGNABLE.includes(scenario.status) && deadlinePassed(scenario, this.clock.now()),
      members: members.map((m) => {
        const own = reviews.filter((r) => r.reviewerId === m.reviewerId);
        return {
          reviewer: reviewerRef(m.reviewer!),
          assignedAt: m.assignedAt.toISOString(),
          declared: own.length,
          recused: own.filter((r) => r.conflict).length,
          scored: own.filter((r) => !r.conflict && r.submittedAt !== null).length,
        };
      }),
    };
  }

  /** Experts whose expertise covers the scenario's required capabilities (one focused query per tag), with conflicts. */
  async suggestions(ctx: SignedInContext, scenarioId: string): Promise<PanelSuggestionView[]> {
    const scenario = await this.access.forInsider(ctx, scenarioId);
    // Conflicts name applicants: before the solutions are opened they would tell who applied.
    if (!bidsOpened(scenario) || !deadlinePassed(scenario, this.clock.now())) {
      throw new DomainError('PANEL_AFTER_DEADLINE', 'Reviewers are suggested, and conflicts checked, once the deadline has passed.', [
        { opensAt: scenario.deadline?.toISOString() ?? null },
      ]);
    }
    const tags = scenario.tags.slice(0, 8);
    const sector = scenario.sectorCode ? await this.dataSource.getRepository(Sector).findOneBy({ code: scenario.sectorCode }) : null;
    const indexUid = this.meili.indexName('reviewers');
    // One focused query per required capability, and the sector's name (experts of the field).
    const queries: MultiSearchQuery[] = [...tags, ...(sector ? [sector.nameZh] : [])].map((q) => ({
      indexUid,
      q,
      filter: 'active = true',
      limit: 50,
      showRankingScore: true,
      attributesToRetrieve: ['id'],
    }));
    let found = new Map<string, number>();
    if (queries.length) {
      const results = await this.meili.multiSearch<Pick<ReviewerDocument, 'id'>>(
        queries,
        'Suggestions are temporarily unavailable; please retry shortly.',
      );
      found = new Map();
      for (const r of results ?? []) for (const hit of r.hits) found.set(hit.id, (found.get(hit.id) ?? 0) + (hit._rankingScore ?? 0));
    }
    const reviewers = found.size
      ? await this.dataSource.getRepository(User).findBy({ id: In([...found.keys()]), platformRole: 'reviewer', active: true })
      : [];
    const { solutions, members } = await this.progress(scenarioId);
    const assigned = new Set(members.map((m) => m.reviewerId));
    const sectorName = sector?.nameZh ?? null;
    return (
      reviewers
        .map((reviewer) => {
          const tagsCovered = tags.filter((t) => reviewer.expertise.some((e) => this.vocabulary.covers(t, e)));
          const sectorCovered = !!sectorName && reviewer.expertise.some((e) => this.vocabulary.covers(sectorName, e));
          const relevance = Math.min(1, (found.get(reviewer.id) ?? 0) / Math.max(tags.length, 1));
          return {
            reviewer: reviewerRef(reviewer),
            matched: sectorCovered ? [...tagsCovered, sectorName] : tagsCovered,
            // Mostly the share of required capabilities covered, then the field, then Meilisearch's relevance.
            score:
              Math.round(
                (0.6 * (tags.length ? tagsCovered.length / tags.length : 0) + 0.15 * (sectorCovered ? 1 : 0) + 0.25 * relevance) * 1000,
              ) / 1000,
            conflicts: [...new Set(solutions.flatMap((s) => conflictsWith(reviewer, s)))],
            assigned: assigned.has(reviewer.id),
          };
        })
        // A word in common is not expertise: only experts covering a required capability or the field are suggested.
        .filter((s) => s.matched.length > 0 || s.assigned)
        .sort((a, b) => b.score - a.score || a.reviewer.displayName.localeCompare(b.reviewer.displayName))
    );
  }

  /** assignPanel: adds reviewers after the deadline; the scenario moves to `reviewing`. */
  async assign(ctx: SignedInContext, scenarioId: string, reviewerIds: string[]): Promise<PanelView> {
    await this.access.forInsider(ctx, scenarioId); // closes it first if its deadline has just passed
    const view = await this.dataSource.transaction(async (manager) => {
      const scenario = await this.access.forInsider(ctx, scenarioId, manager, true);
      this.checkAssignable(scenario);
      const reviewers = await manager.findBy(User, { id: In(reviewerIds), platformRole: 'reviewer', active: true });
      const missing = reviewerIds.filter((id) => !reviewers.some((r) => r.id === id));
      if (missing.length)
        throw new DomainError('UNKNOWN_REVIEWER', 'Some reviewers are not active members of the expert pool.', [
          { field: 'reviewerIds', code: 'UNKNOWN_REVIEWER', ids: missing },
        ]);
      const existing = new Set((await manager.findBy(PanelMember, { scenarioId })).map((m) => m.reviewerId));
      const added = reviewers.filter((r) => !existing.has(r.id));
      if (added.length) {
        await manager.insert(
          PanelMember,
          added.map((r) => ({ scenarioId, reviewerId: r.id, assignedByUserId: ctx.principal.userId, assignedAt: this.clock.now() })),
        );
      }
      const from = scenario.status;
      if (from === 'closed') await manager.update('scenarios', { id: scenarioId }, { status: 'reviewing', updatedAt: this.clock.now() });
      await this.audit.record(manager, ctx, {
        action: 'panel.assigned',
        targetType: 'scenario',
        targetId: scenarioId,
        actorOrganizationId: ctx.principal.organization?.id ?? null,
        summary: {
          added: added.map((r) => ({ id: r.id, displayName: r.displayName })),
          before: { status: from },
          after: { status: 'reviewing' },
        },
      });
      await this.notifications.notify(
        manager,
        added.map((r) => r.id),
        'review.assigned',
        { scenarioId, title: scenario.title, code: scenario.code },
      );
      scenario.status = 'reviewing';
      return this.viewOf(scenario, await this.progress(scenarioId, manager));
    });
    return view;
  }

  /** Removes a reviewer who has not scored anything yet. */
  async unassign(ctx: SignedInContext, scenarioId: string, reviewerId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const scenario = await this.access.forInsider(ctx, scenarioId, manager, true);
      this.checkAssignable(scenario);
      const member = await manager.findOneBy(PanelMember, { scenarioId, reviewerId });
      if (!member) throw new DomainError('NOT_FOUND', 'This reviewer is not on the panel.');
      if (await manager.existsBy(Review, { scenarioId, reviewerId }))
        throw new DomainError('REVIEW_STARTED', 'This reviewer has already declared or scored; they stay on the panel.');
      await manager.delete(PanelMember, { scenarioId, reviewerId });
      await this.audit.record(manager, ctx, {
        action: 'panel.unassigned',
        targetType: 'scenario',
        targetId: scenarioId,
        actorOrganizationId: ctx.principal.organization?.id ?? null,
        summary: { reviewerId },
      });
    });
  }

  private checkAssignable(scenario: Scenario): void {
    if (!deadlinePassed(scenario, this.clock.now()) || !ASSIGNABLE.includes(scenario.status))
      throw new DomainError(
        'INVALID_STATE',
        `A panel is assigned after the deadline and before any decision (this scenario is ${scenario.status}).`,
      );
  }

  /** The ranking: only once every member has scored or recused from every solution. */
  async ranking(ctx: SignedInContext, scenarioId: string): Promise<RankingView> {
    const scenario = await this.access.forInsider(ctx, scenarioId);
    const { solutions, members, reviews, complete } = await this.progress(scenarioId);
    if (!complete) throw new DomainError('REVIEW_INCOMPLETE', 'The ranking is shown once the panel has finished scoring.');
    const submitted: SubmittedReview[] = reviews
      .filter((r) => !r.conflict && r.submittedAt !== null && r.scores)
      .map((r) => ({ reviewerId: r.reviewerId, solutionId: r.solutionId, scores: r.scores!, total: r.total ?? 0 }));
    const rows = standings(
      scenario.rubric,
      solutions.map((s) => s.id),
      submitted,
    );
    const byId = new Map(solutions.map((s) => [s.id, s]));
    const reviewers = new Map(members.map((m) => [m.reviewerId, m.reviewer!]));
    return {
      standings: rows.map((row, i) => {
        const s = byId.get(row.solutionId)!;
        return {
          solution: {
            id: s.id,
            title: s.title,
            status: s.status,
            shortlistRound: s.shortlistRound,
            organization: { id: s.organizationId, name: s.organization?.name ?? '' },
            feedbackReleasedAt: s.feedbackReleasedAt?.toISOString() ?? null,
          },
          rank: i + 1,
          mean: row.mean,
          spread: row.spread,
          min: row.min,
          max: row.max,
          reviews: row.reviews,
          perCriterion: row.perCriterion,
        };
      }),
      outliers: outliers(submitted).map((o) => ({
        reviewer: reviewerRef(reviewers.get(o.reviewerId)!),
        meanDeviation: o.meanDeviation,
        solutions: o.solutions,
      })),
    };
  }
}
