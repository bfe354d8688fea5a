import { Injectable } from '@nestjs/common';
import { PUBLISHED_SCENARIO_STATUSES } from '@scenebridge/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { authorize, type Action } from '../../common/access/policy';
import type { Principal, RequestContext, SignedInContext } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { ScenarioLifecycleService } from './scenario-lifecycle.service';
import { Scenario } from './scenario.entity';

export const isPublished = (s: Scenario) => PUBLISHED_SCENARIO_STATUSES.includes(s.status);

const notFound = () => new DomainError('NOT_FOUND', 'No such scenario.');

/** True when the principal belongs to the agency that owns the scenario. */
export function ownsScenario(principal: Principal | null, scenario: Scenario): boolean {
  return principal?.organization?.id === scenario.organizationId;
}

/**
 * Where scenarios are loaded with their permission checked. Unpublished scenarios exist only
 * for their agency and for admins: everyone else gets 404.
 */
@Injectable()
export class ScenarioAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: ScenarioLifecycleService,
  ) {}

  /** The scenario itself, no questions asked: for rules of other modules that decide access themselves. */
  find(id: string): Promise<Scenario | null> {
    return this.dataSource.getRepository(Scenario).findOneBy({ id });
  }

  /** A scenario for reading, closed first when its deadline has just passed (see ScenarioLifecycleService.settle). */
  async forRead(ctx: RequestContext, id: string): Promise<Scenario> {
    const found = await this.dataSource
      .getRepository(Scenario)
      .findOne({ where: { id }, relations: { organization: true, sector: true, batch: true } });
    if (!found) throw notFound();
    const scenario = await this.lifecycle.settle(found);
    if (isPublished(scenario)) return scenario;
    const p = ctx.principal;
    if (p && (ownsScenario(p, scenario) || p.roles.includes('admin'))) return scenario;
    throw notFound();
  }

  /**
   * For the agency's own work on a scenario (panels, decisions, outcomes) and platform admins:
   * others get 403 on a published scenario and 404 on one that is not public.
   */
  async forInsider(ctx: SignedInContext, id: string, manager?: EntityManager, lock = false): Promise<Scenario> {
    const repository = (manager ?? this.dataSource.manager).getRepository(Scenario);
    let scenario = await repository.findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!scenario) throw notFound();
    // Inside a caller's transaction the row is already locked; settling there would wait on itself.
    if (!manager) scenario = await this.lifecycle.settle(scenario);
    const p = ctx.principal;
    if (p.roles.includes('admin') || (ownsScenario(p, scenario) && p.roles.includes('publisher'))) return scenario;
    if (!isPublished(scenario)) throw notFound();
    throw new DomainError('FORBIDDEN', 'Only the publishing agency and platform admins may do this.');
  }

  /** Locks the row for a change by its own agency, after the policy allows `action`. */
  async forAgencyChange(manager: EntityManager, ctx: SignedInContext, id: string, action: Action): Promise<Scenario> {
    const scenario = await manager.findOne(Scenario, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!scenario || !ownsScenario(ctx.principal, scenario)) throw notFound();
    authorize(ctx.principal, action, { organizationId: scenario.organizationId });
    return scenario;
  }

  /** Locks the row for a platform admin. */
  async forAdminChange(manager: EntityManager, ctx: SignedInContext, id: string): Promise<Scenario> {
    authorize(ctx.principal, 'platform.administer');
    const scenario = await manager.findOne(Scenario, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!scenario) throw notFound();
    return scenario;
  }
}
