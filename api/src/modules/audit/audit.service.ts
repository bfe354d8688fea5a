import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/access/principal';
import { AuditEntry } from './audit-entry.entity';
import { AuditSealedEntry } from './audit-sealed-entry.entity';
import { entryHash, findChainBreak, findSealedBreak, GENESIS_HASH, sealedEntryHash, type ChainBreak } from './audit-chain';

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
  /**
   * Keeps the entry under this seal until `release(seal)`: until then it is not in the audit
   * log at all — neither who acted nor that anything happened, nor when — but in the sealed
   * journal; the release appends it to the log with its original time. Used for a sealed
   * scenario's solutions before the bid opening.
   */
  seal?: string;
}

/** Marks an audit entry that was kept under seal, in its summary: the seal and when it was released. */
export interface SealMark {
  key: string;
  releasedAt: string;
}

/** An entry as people read it, with the acting person's e-mail and, for a released entry, its seal. */
export type AuditEntryRead = AuditEntry & {
  actorEmail: string | null;
  seal: SealMark | null;
};

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
   * when the change it describes does — to the audit log, or under its seal to the sealed journal.
   */
  async record(manager: EntityManager, ctx: RequestContext, record: AuditRecord): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('AuditService.record must run inside a transaction');
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_ID]);
    const fields = {
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
    };
    if (record.seal) {
      const [last] = (await manager.query('SELECT hash FROM audit_sealed_entries WHERE seal_key = $1 ORDER BY id DESC LIMIT 1', [
        record.seal,
      ])) as { hash: string }[];
      const sealed = { ...fields, sealKey: record.seal, prevHash: last?.hash ?? GENESIS_HASH };
      await manager.insert(AuditSealedEntry, {
        ...sealed,
        hash: sealedEntryHash(sealed),
        releasedAt: null,
        entryId: null,
      } as QueryDeepPartialEntity<AuditSealedEntry>);
      return;
    }
    await this.append(manager, fields);
  }

  /** Appends to the hash chain; the caller holds the audit lock. */
  private async append(manager: EntityManager, fields: Omit<AuditEntry, 'id' | 'prevHash' | 'hash'>): Promise<AuditEntry> {
    const [last] = (await manager.query('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1')) as { id: string; hash: string }[];
    const entry = manager.create(AuditEntry, {
      ...fields,
      id: last ? (BigInt(last.id) + 1n).toString() : '1',
      prevHash: last?.hash ?? GENESIS_HASH,
    });
    entry.hash = entryHash(entry);
    await manager.insert(AuditEntry, entry as QueryDeepPartialEntity<AuditEntry>);
    return entry;
  }

  /**
   * Releases every entry kept under `seal`: appends them to the audit log in their order, each
   * with its original time and a mark of the seal, once (later calls find nothing). Returns how
   * many, and whether the seal's journal was intact.
   */
  async release(manager: EntityManager, seal: string): Promise<{ released: number; intact: boolean }> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_ID]);
    const journal = await manager.find(AuditSealedEntry, { where: { sealKey: seal }, order: { id: 'ASC' } });
    const pending = journal.filter((e) => e.releasedAt === null);
    const intact = findSealedBreak(journal) === null;
    const releasedAt = this.clock.now();
    for (const e of pending) {
      const mark: SealMark = { key: seal, releasedAt: releasedAt.toISOString() };
      const entry = await this.append(manager, {
        occurredAt: e.occurredAt,
        actorUserId: e.actorUserId,
        actorOrganizationId: e.actorOrganizationId,
        action: e.action,
        targetType: e.targetType,
        targetId: e.targetId,
        requestId: e.requestId,
        ip: e.ip,
        summary: { ...e.summary, sealed: intact ? mark : { ...mark, journalIntact: false } },
      });
      await manager.update(AuditSealedEntry, { id: e.id }, { releasedAt, entryId: entry.id });
    }
    return { released: pending.length, intact };
  }

  /** A page of entries, newest first, filtered, with the acting person's e-mail where known. */
  async list(query: AuditQuery): Promise<{ items: AuditEntryRead[]; total: number }> {
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
      items: items.map((e) =>
        Object.assign(e, {
          actorEmail: e.actorUserId ? (emailOf.get(e.actorUserId) ?? null) : null,
          seal: (e.summary as { sealed?: SealMark }).sealed ?? null,
        }),
      ),
      total,
    };
  }

  /** The distinct actions recorded so far (for the filter in the admin UI). */
  async actions(): Promise<string[]> {
    const rows = (await this.dataSource.query('SELECT DISTINCT action FROM audit_log ORDER BY action')) as { action: string }[];
    return rows.map((r) => r.action);
  }

  /**
   * Re-computes the whole chain in batches and reports the first entry that does not fit;
   * then each seal's journal of entries not released yet (a break there is reported as
   * `sealed:<journal id>`).
   */
  async verifyChain(batchSize = 2_000): Promise<ChainReport> {
    const repository = this.dataSource.getRepository(AuditEntry);
    let previous: { id: string; hash: string } | null = null;
    let checked = 0;
    for (;;) {
      const qb = repository.createQueryBuilder('a').orderBy('a.id', 'ASC').take(batchSize);
      if (previous) qb.where('a.id > :after', { after: previous.id });
      const batch = await qb.getMany();
      if (batch.length === 0) break;
      const broken = findChainBreak(batch, previous);
      if (broken) return { ok: false, checked: checked + batch.findIndex((e) => e.id === broken.id), firstBroken: broken };
      checked += batch.length;
      previous = { id: batch[batch.length - 1].id, hash: batch[batch.length - 1].hash };
    }
    const open = (await this.dataSource.query(
      'SELECT DISTINCT seal_key FROM audit_sealed_entries WHERE released_at IS NULL ORDER BY seal_key',
    )) as { seal_key: string }[];
    for (const { seal_key: sealKey } of open) {
      const journal = await this.dataSource.getRepository(AuditSealedEntry).find({ where: { sealKey }, order: { id: 'ASC' } });
      const broken = findSealedBreak(journal);
      if (broken) return { ok: false, checked, firstBroken: { id: `sealed:${broken}`, reason: 'SEALED_JOURNAL_MISMATCH' } };
      checked += journal.length;
    }
    return { ok: true, checked, firstBroken: null };
  }
}
