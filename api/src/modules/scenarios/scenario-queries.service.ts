import { Injectable } from '@nestjs/common';
import type { ScenarioStatus } from '@scenebridge/shared';
import { DataSource, In } from 'typeorm';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { Attachment } from '../files/attachment.entity';
import { ownsScenario, ScenarioAccess } from './scenario-access';
import { diffSnapshots } from './scenario-rules';
import { ScenarioVersion } from './scenario-version.entity';
import { Scenario } from './scenario.entity';
import { toScenarioView, toVersionViews, type ScenarioView, type ScenarioVersionView } from './scenario.views';

export interface ScenarioListQuery {
  status?: ScenarioStatus[];
  page: number;
  pageSize: number;
}

/** Reading scenarios: detail (with the contact only for those allowed), versions, lists. */
@Injectable()
export class ScenarioQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ScenarioAccess,
  ) {}

  async detail(ctx: RequestContext, id: string): Promise<ScenarioView> {
    const scenario = await this.access.forRead(ctx, id);
    const p = ctx.principal;
    const own = ownsScenario(p, scenario);
    const admin = p?.roles.includes('admin') ?? false;
    // The contact is for verified enterprises (who may apply), the agency itself and admins.
    const verifiedSolver = p?.roles.includes('solver') === true && p.organization?.status === 'verified';
    const attachments = await this.dataSource
      .getRepository(Attachment)
      .find({ where: { ownerType: 'scenario', ownerId: id }, order: { createdAt: 'ASC' } });
    return toScenarioView(scenario, { showContact: own || admin || verifiedSolver, showReturnReason: own || admin, attachments });
  }

  async versions(ctx: RequestContext, id: string): Promise<ScenarioVersionView[]> {
    await this.access.forRead(ctx, id);
    const versions = await this.dataSource.getRepository(ScenarioVersion).find({ where: { scenarioId: id }, order: { version: 'ASC' } });
    return toVersionViews(versions, diffSnapshots);
  }

  /** The caller's agency's scenarios, any status, most recently changed first. */
  async mine(ctx: SignedInContext, query: ScenarioListQuery): Promise<{ items: Scenario[]; total: number }> {
    const organizationId = ctx.principal.organization?.id;
    if (!organizationId || !ctx.principal.roles.includes('publisher'))
      throw new DomainError('FORBIDDEN', 'Only agency members have scenarios.', 403);
    return this.list({ organizationId, ...(query.status?.length ? { status: In(query.status) } : {}) }, query);
  }

  /** The platform's review queue (oldest submission first) or any status. */
  async forAdmin(query: ScenarioListQuery): Promise<{ items: Scenario[]; total: number }> {
    return this.list(
      query.status?.length ? { status: In(query.status) } : {},
      query,
      query.status?.includes('pending_review') ? 'review' : 'recent',
    );
  }

  private async list(where: Record<string, unknown>, query: ScenarioListQuery, order: 'recent' | 'review' = 'recent') {
    const [items, total] = await this.dataSource.getRepository(Scenario).findAndCount({
      where,
      relations: { organization: true },
      order: order === 'review' ? { submittedAt: 'ASC', id: 'ASC' } : { updatedAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items, total };
  }
}
