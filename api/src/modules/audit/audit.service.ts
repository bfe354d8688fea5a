import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/access/principal';
import { canonicalJson } from '../../common/canonical-json';
import { AuditEntry } from './audit-entry.entity';
import { AuditSealedDetail } from './audit-sealed-detail.entity';
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
  /**
   * Keeps who acted, the target, the client address and the summary under this seal until
   * `release(seal)`: before that the entry shows only its action, time and seal. Used for a
   * sealed scenario's solutions before the bid opening.
   */
  seal?: string;
}

/** The hidden fields of a sealed entry. */
interface SealedFields {
  actorUserId: string | null;
  actorOrganizationId: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  summary: Record<string, unknown>;
}

/** What a sealed entry shows in the chain: its seal and a salted digest of the hidden fields. */
export interface SealMark {
  key: string;
  digest: string;
}

export function sealDigest(salt: string, hidden: SealedFields): string {
  return createHash('sha256')
    .update(
      canonicalJson([salt, hidden.actorUserId, hidden.actorOrganizationId, hidden.targetId, hidden.ip, hidden.requestId, hidden.summary]),
    )
    .digest('hex');
}

/** An entry as people read it: a released sealed entry shows its hidden fields again. */
export type AuditEntryRead = AuditEntry & {
  actorEmail: string | null;
  seal: { key: string; releasedAt: Date | null } | null;
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
   * when the change it describes does.
   */
  async record(manager: EntityManager, ctx: RequestContext, record: AuditRecord): Promise<AuditEntry> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('AuditService.record must run inside a transaction');
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_ID]);
    const [last] = (await manager.query('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1')) as { id: string; hash: string }[];
    const fields: SealedFields = {
      actorUserId: record.actorUserId !== undefined ? record.actorUserId : (ctx.principal?.userId ?? null),
      actorOrganizationId:
        record.actorOrganizationId !== undefined ? record.actorOrganizationId : (ctx.principal?.organization?.id ?? null),
      targetId: record.targetId ?? null,
      ip: ctx.ip,
      requestId: ctx.requestId,
      summary: record.summary ?? {},
    };
    const salt = record.seal ? randomBytes(16).toString('hex') : '';
    const shown: SealedFields = record.seal
      ? {
          actorUserId: null,
          actorOrganizationId: null,
          targetId: null,
          ip: null,
          requestId: null,
          summary: { sealed: { key: record.seal, digest: sealDigest(salt, fields) } satisfies SealMark },
        }
      : fields;
    const entry = manager.create(AuditEntry, {
      id: last ? (BigInt(last.id) + 1n).toString() : '1',
      // Millisecond precision, so the stored time reads back exactly as hashed.
      occurredAt: new Date(this.clock.now().getTime()),
      action: record.action,
      targetType: record.targetType,
      ...shown,
      prevHash: last?.hash ?? GENESIS_HASH,
    });
    entry.hash = entryHash(entry);
    await manager.insert(AuditEntry, entry as QueryDeepPartialEntity<AuditEntry>);
    if (record.seal) {
      await manager.insert(AuditSealedDetail, {
        entryId: entry.id,
        sealKey: record.seal,
        salt,
        releasedAt: null,
        ...fields,
      } as QueryDeepPartialEntity<AuditSealedDetail>);
    }
    return entry;
  }

  /** Releases every entry kept under `seal` (once; later calls change nothing). Returns how many. */
  async release(manager: EntityManager, seal: string): Promise<number> {
    const result = (await manager.query(
      `UPDATE audit_sealed_details SET released_at = $2 WHERE seal_key = $1 AND released_at IS NULL RETURNING entry_id`,
      [seal, this.clock.now()],
    )) as [unknown[], number];
    return result[1];
  }

  /**
   * A page of entries, newest first, filtered, with the acting person's e-mail where known.
   * Sealed entries show their hidden fields only once released; until then they match no
   * filter on the actor or the target.
   */
  async list(query: AuditQuery): Promise<{ items: AuditEntryRead[]; total: number }> {
    const qb = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .leftJoin(AuditSealedDetail, 'd', 'd.entry_id = a.id AND d.released_at IS NOT NULL');
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.actorUserId) qb.andWhere('coalesce(d.actor_user_id, a.actor_user_id) = :actor', { actor: query.actorUserId });
    if (query.targetType) qb.andWhere('a.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId) qb.andWhere('coalesce(d.target_id, a.target_id) = :targetId', { targetId: query.targetId });
    if (query.from) qb.andWhere('a.occurred_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.occurred_at < :to', { to: query.to });
    const [entries, total] = await qb
      .orderBy('a.id', 'DESC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    const sealedIds = entries.filter((e) => sealMarkOf(e)).map((e) => e.id);
    const released = sealedIds.length
      ? await this.dataSource
          .getRepository(AuditSealedDetail)
          .createQueryBuilder('d')
          .where('d.entry_id IN (:...ids) AND d.released_at IS NOT NULL', { ids: sealedIds })
          .getMany()
      : [];
    const detailOf = new Map(released.map((d) => [d.entryId, d]));
    const items = entries.map((e): Omit<AuditEntryRead, 'actorEmail'> => {
      const mark = sealMarkOf(e);
      if (!mark) return Object.assign(e, { seal: null });
      const d = detailOf.get(e.id);
      if (!d) return Object.assign(e, { seal: { key: mark.key, releasedAt: null } });
      return Object.assign(e, {
        actorUserId: d.actorUserId,
        actorOrganizationId: d.actorOrganizationId,
        targetId: d.targetId,
        ip: d.ip,
        requestId: d.requestId,
        summary: d.summary,
        seal: { key: mark.key, releasedAt: d.releasedAt },
      });
    });
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

  /**
   * Re-computes the whole chain in batches and reports the first entry that does not fit —
   * including a sealed entry whose kept-apart fields no longer match the digest in the chain.
   */
  async verifyChain(batchSize = 2_000): Promise<ChainReport> {
    const repository = this.dataSource.getRepository(AuditEntry);
    let previous: { id: string; hash: string } | null = null;
    let checked = 0;
    for (;;) {
      const qb = repository.createQueryBuilder('a').orderBy('a.id', 'ASC').take(batchSize);
      if (previous) qb.where('a.id > :after', { after: previous.id });
      const batch = await qb.getMany();
      if (batch.length === 0) return { ok: true, checked, firstBroken: null };
      const broken = findChainBreak(batch, previous) ?? (await this.findSealBreak(batch));
      if (broken) return { ok: false, checked: checked + batch.findIndex((e) => e.id === broken.id), firstBroken: broken };
      checked += batch.length;
      previous = { id: batch[batch.length - 1].id, hash: batch[batch.length - 1].hash };
    }
  }

  /** The first sealed entry of `batch` whose hidden fields are missing or do not match its digest. */
  private async findSealBreak(batch: AuditEntry[]): Promise<ChainBreak | null> {
    const sealed = batch.filter((e) => sealMarkOf(e));
    if (sealed.length === 0) return null;
    const details = await this.dataSource
      .getRepository(AuditSealedDetail)
      .createQueryBuilder('d')
      .where('d.entry_id IN (:...ids)', { ids: sealed.map((e) => e.id) })
      .getMany();
    const byId = new Map(details.map((d) => [d.entryId, d]));
    for (const entry of sealed) {
      const d = byId.get(entry.id);
      if (!d || sealDigest(d.salt, d) !== sealMarkOf(entry)!.digest) return { id: entry.id, reason: 'SEALED_DETAILS_MISMATCH' };
    }
    return null;
  }
}

function sealMarkOf(entry: AuditEntry): SealMark | null {
  const mark = (entry.summary as { sealed?: SealMark }).sealed;
  return mark && typeof mark.key === 'string' && typeof mark.digest === 'string' ? mark : null;
}
