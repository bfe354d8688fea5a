import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { authorize, type Action } from '../../common/access/policy';
import type { Principal, RequestContext, SignedInContext } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { bidsOpened, sealKey } from '../scenarios/scenario-rules';
import { ScenarioLifecycleService } from '../scenarios/scenario-lifecycle.service';
import { Scenario } from '../scenarios/scenario.entity';
import { Solution } from './solution.entity';

const notFound = () => new DomainError('NOT_FOUND', 'No such solution.');

/**
 * The sealing rule, in one place. The submitting enterprise always reads its own solution.
 * Everyone else reads only submitted solutions, and only when allowed:
 *  - the publishing agency and platform admins: on arrival for unsealed scenarios, and for
 *    sealed ones only after the bid opening (the scenario closed at its deadline);
 *  - reviewers: when on the scenario's panel and after declaring no conflict for this
 *    solution, once the scenario has closed.
 * Drafts and withdrawn solutions are the enterprise's alone. The scenario must be settled
 * (ScenarioLifecycleService.settle) so a passed deadline has been turned into the opening.
 */
export function canReadSolution(principal: Principal | null, solution: Solution, scenario: Scenario, assignedReviewer = false): boolean {
  if (!principal) return false;
  if (principal.organization?.id === solution.organizationId) return true;
  if (solution.status === 'draft' || solution.status === 'withdrawn') return false;
  if (principal.organization?.id === scenario.organizationId || principal.roles.includes('admin')) return bidsOpened(scenario);
  if (principal.roles.includes('reviewer')) return assignedReviewer && scenario.closedAt !== null;
  return false;
}

/** Whether the caller may list a scenario's solutions (the agency and admins), and if they are opened yet. */
export function listAccess(principal: Principal, scenario: Scenario): 'allowed' | 'sealed' | 'forbidden' {
  const insider = principal.organization?.id === scenario.organizationId || principal.roles.includes('admin');
  if (!insider) return 'forbidden';
  return bidsOpened(scenario) ? 'allowed' : 'sealed';
}

/**
 * The audit seal for a change or read of a solution: while a sealed scenario's bids are not
 * opened, the audit log keeps who did it and what under seal (see AuditService.record).
 */
export function auditSeal(scenario: Pick<Scenario, 'id' | 'sealed' | 'closedAt'>): string | undefined {
  return bidsOpened(scenario) ? undefined : sealKey(scenario.id);
}

/** Loads solutions with their scenario and applies the sealing rule (404 for whoever may not read). */
@Injectable()
export class SolutionAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: ScenarioLifecycleService,
  ) {}

  async forRead(ctx: RequestContext, id: string): Promise<Solution> {
    const solution = await this.dataSource
      .getRepository(Solution)
      .findOne({ where: { id }, relations: { scenario: true, organization: true } });
    if (!solution) throw notFound();
    solution.scenario = await this.lifecycle.settle(solution.scenario!);
    const cleared = ctx.principal?.roles.includes('reviewer') ? await this.clearedReviewer(ctx.principal.userId, solution) : false;
    if (!canReadSolution(ctx.principal, solution, solution.scenario, cleared)) throw notFound();
    return solution;
  }

  /** A reviewer on the scenario's panel who declared no conflict for this solution. */
  private async clearedReviewer(userId: string, solution: Solution): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM panel_members pm
         JOIN reviews r ON r.reviewer_id = pm.reviewer_id AND r.solution_id = $2 AND NOT r.conflict
        WHERE pm.scenario_id = $3 AND pm.reviewer_id = $1`,
      [userId, solution.id, solution.scenarioId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Locks the caller's own solution for a change allowed by `action`. */
  async forOwnerChange(manager: EntityManager, ctx: SignedInContext, id: string, action: Action): Promise<Solution> {
    const solution = await manager.findOne(Solution, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!solution || solution.organizationId !== ctx.principal.organization?.id) throw notFound();
    authorize(ctx.principal, action, { organizationId: solution.organizationId });
    solution.scenario = await manager.findOneByOrFail(Scenario, { id: solution.scenarioId });
    return solution;
  }
}
