import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/access/principal';
import { AuditEntry } from './audit-entry.entity';
import { entryHash, findChainBreak, GENESIS_HASH, type ChainBreak } from './audit-chain';

// Every append takes this transaction-scoped lock, so entries are numbered and chained one
// at a time; it is released when the surrounding transaction commits or rolls back.
const AUDIT_LOCK_ID = 7_310_2027;

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId?: string | null;
  /** Before/after summary: field names and values, never secrets. */
  summary?: Record<string, unknown>;
  /** Overrides the acting person (e.g. someone registering or signing in is not yet a principal). */
  actorUserId?: string | null;
  /** Overrides the acting organisation (e.g. the organisation an admin acted on is the target, not the actor). */
  actorOrganizationId?: string | null;
}

export interface AuditQuery {
  action?: string;
  actorUserId?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBroken: ChainBreak | null;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Appends an entry inside the caller's transaction (`manager`), so the entry exists exactly
   * when the change it describes does.
   */
  async record(manager: EntityManager, ctx: RequestContext, record: AuditRecord): Promise<AuditEntry> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('AuditService.record must run inside a transaction');
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_ID]);
    const [last] = (await manager.query('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1')) as { id: string; hash: string }[];
    const entry = manager.create(AuditEntry, {
      id: last ? (BigInt(last.id) + 1n).toString() : '1',
      // Millisecond precision, so the stored time reads back exactly as hashed.
      occurredAt: new Date(this.clock.now().getTime()),
      actorUserId: record.actorUserId !== undefined ? record.actorUserId : (ctx.principal?.userId ?? null),
      actorOrganizationId:
        record.actorOrganizationId !== undefined ? record.actorOrganizationId : (ctx.principal?.organization?.id ?? null),
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId ?? null,
      requestId: ctx.requestId,
      ip: ctx.ip,
      summary: record.summary ?? {},
      prevHash: last?.hash ?? GENESIS_HASH,
    });
    entry.hash = entryHash(entry);
    await manager.insert(AuditEntry, entry as QueryDeepPartialEntity<AuditEntry>);
    return entry;
  }

  /** A page of entries, newest first, filtered, with the acting person's e-mail where known. */
  async list(query: AuditQuery): Promise<{ items: (AuditEntry & { actorEmail: string | null })[]; total: number }> {
    const qb = this.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.actorUserId) qb.andWhere('a.actor_user_id = :actor', { actor: query.actorUserId });
    if (query.targetType) qb.andWhere('a.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId) qb.andWhere('a.target_id = :targetId', { targetId: query.targetId });
    if (query.from) qb.andWhere('a.occurred_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.occurred_at < :to', { to: query.to });
    const [items, total] = await qb
      .orderBy('a.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const actorIds = [...new Set(items.map((e) => e.actorUserId).filter((id): id is string => id !== null))];
    const actors = actorIds.length
      ? ((await this.dataSource.query('SELECT id, email FROM users WHERE id = ANY($1)', [actorIds])) as { id: string; email: string }[])
      : [];
    const emailOf = new Map(actors.map((a) => [a.id, a.email]));
    return {
      items: items.map((e) => Object.assign(e, { actorEmail: e.actorUserId ? (emailOf.get(e.actorUserId) ?? null) : null })),
      total,
    };
  }

  /** The distinct actions recorded so far (for the filter in the admin UI). */
  async actions(): Promise<string[]> {
    const rows = (await this.dataSource.query('SELECT DISTINCT action FROM audit_log ORDER BY action')) as { action: string }[];
    return rows.map((r) => r.action);
  }

  /** Re-computes the whole chain in batches and reports the first entry that does not fit. */
  async verifyChain(batchSize = 2_000): Promise<ChainReport> {
    const repository = this.dataSource.getRepository(AuditEntry);
    let previous: { id: string; hash: string } | null = null;
    let checked = 0;
    for (;;) {
      const qb = repository.createQueryBuilder('a').orderBy('a.id', 'ASC').take(batchSize);
      if (previous) qb.where('a.id > :after', { after: previous.id });
      const batch = await qb.getMany();
      if (batch.length === 0) return { ok: true, checked, firstBroken: null };
      const broken = findChainBreak(batch, previous);
      if (broken) return { ok: false, checked: checked + batch.findIndex((e) => e.id === broken.id), firstBroken: broken };
      checked += batch.length;
      previous = { id: batch[batch.length - 1].id, hash: batch[batch.length - 1].hash };
    }
  }
}
