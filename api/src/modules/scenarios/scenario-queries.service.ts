import { Injectable } from '@nestjs/common';
import type { ScenarioStatus } from '@scenebridge/shared';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { Attachment } from '../files/attachment.entity';
import { ownsScenario, ScenarioAccess } from './scenario-access';
import { ScenarioLifecycleService } from './scenario-lifecycle.service';
import { diffSnapshots } from './scenario-rules';
import { ScenarioVersion } from './scenario-version.entity';
import { Scenario } from './scenario.entity';
import { toScenarioView, toVersionViews, type ScenarioView, type ScenarioVersionView } from './scenario.views';

export interface ScenarioListQuery {
  status?: ScenarioStatus[];
  page: number;
  pageSize: number;
  /** Keyset cursor (nextCursor of the previous page); replaces `page` when given. */
  after?: string;
}

export interface ScenarioList {
  items: Scenario[];
  total: number;
  nextCursor: string | null;
}

type ListOrder = 'recent' | 'review';

/**
 * The sort key of each order, as SQL. Both end with the id so every row has its own place, and
 * rows compare as tuples: the next page is "after this (key, id)", found through an index
 * rather than by skipping rows.
 */
const SORT_KEY: Record<ListOrder, { key: string; direction: 'ASC' | 'DESC'; after: string }> = {
  recent: { key: 's.updated_at', direction: 'DESC', after: '(s.updated_at, s.id) < (:key::timestamptz, :id::uuid)' },
  review: {
    key: "COALESCE(s.submitted_at, 'infinity'::timestamptz)",
    direction: 'ASC',
    after: "(COALESCE(s.submitted_at, 'infinity'::timestamptz), s.id) > (:key::timestamptz, :id::uuid)",
  },
};

/** Reading scenarios: detail (with the contact only for those allowed), versions, lists. */
@Injectable()
export class ScenarioQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ScenarioAccess,
    private readonly lifecycle: ScenarioLifecycleService,
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
  async mine(ctx: SignedInContext, query: ScenarioListQuery): Promise<ScenarioList> {
    const organizationId = ctx.principal.organization?.id;
    if (!organizationId || !ctx.principal.roles.includes('publisher'))
      throw new DomainError('FORBIDDEN', 'Only agency members have scenarios.');
    return this.list({ organizationId, status: query.status }, query);
  }

  /** The platform's review queue (oldest submission first) or any status. */
  async forAdmin(query: ScenarioListQuery): Promise<ScenarioList> {
    return this.list({ status: query.status }, query, query.status?.includes('pending_review') ? 'review' : 'recent');
  }

  private async list(
    where: { organizationId?: string; status?: ScenarioStatus[] },
    query: ScenarioListQuery,
    order: ListOrder = 'recent',
  ): Promise<ScenarioList> {
    // A list shows states as they are now: scenarios past their deadline are closed first.
    await this.lifecycle.closeExpired();
    const sort = SORT_KEY[order];
    const filtered = (qb: SelectQueryBuilder<Scenario>) => {
      if (where.organizationId) qb.andWhere('s.organization_id = :organizationId', { organizationId: where.organizationId });
      if (where.status?.length) qb.andWhere('s.status IN (:...statuses)', { statuses: where.status });
      return qb;
    };
    const repository = this.dataSource.getRepository(Scenario);
    const page = filtered(repository.createQueryBuilder('s').leftJoinAndSelect('s.organization', 'organization'))
      .addSelect(`to_json(${sort.key})#>>'{}'`, 'sort_key')
      .orderBy(sort.key, sort.direction)
      .addOrderBy('s.id', sort.direction)
      // A many-to-one join: LIMIT on the joined rows is a LIMIT on scenarios.
      .limit(query.pageSize + 1);
    if (query.after) {
      const cursor = decodeCursor(query.after);
      page.andWhere(sort.after, { key: cursor.key, id: cursor.id });
    } else {
      page.offset((query.page - 1) * query.pageSize);
    }
    const [{ entities, raw }, total] = await Promise.all([
      page.getRawAndEntities<{ sort_key: string; s_id: string }>(),
      filtered(repository.createQueryBuilder('s')).getCount(),
    ]);
    const items = entities.slice(0, query.pageSize);
    const last = items.length ? raw.find((r) => r.s_id === items[items.length - 1].id) : undefined;
    const nextCursor = entities.length > query.pageSize && last ? encodeCursor({ key: last.sort_key, id: last.s_id }) : null;
    return { items, total, nextCursor };
  }
}

interface Cursor {
  key: string;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(text: string): Cursor {
  try {
    const [key, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof key === 'string' && (key === 'infinity' || !Number.isNaN(Date.parse(key))) && typeof id === 'string' && UUID.test(id))
      return { key, id };
  } catch {
    // answered below
  }
  throw new DomainError('VALIDATION_FAILED', 'The cursor is not one this list returned.', [{ field: 'after', code: 'INVALID_CURSOR' }]);
}
