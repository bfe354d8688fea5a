import { Injectable } from '@nestjs/common';
import { batchName } from '@scenebridge/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { SignedInContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../search/outbox.service';
import { Batch } from './batch.entity';
import type { CreateBatchDto, UpdateBatchDto } from './batches.dto';

/** Numbered batches of the list (2026年第一批 …). */
@Injectable()
export class BatchesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** Batches with their published-scenario counts, newest first; the public sees only published ones. */
  async list(includeUnpublished: boolean): Promise<{ batch: Batch; count: number }[]> {
    const batches = await this.dataSource.getRepository(Batch).find({ order: { year: 'DESC', number: 'DESC' } });
    const counts = (await this.dataSource.query(
      `SELECT batch_id, count(*)::int AS n FROM scenarios WHERE published_at IS NOT NULL GROUP BY batch_id`,
    )) as {
      batch_id: string;
      n: number;
    }[];
    const countOf = new Map(counts.map((c) => [c.batch_id, c.n]));
    return batches
      .filter((b) => includeUnpublished || b.status !== 'planned')
      .map((batch) => ({ batch, count: countOf.get(batch.id) ?? 0 }));
  }

  create(ctx: SignedInContext, input: CreateBatchDto): Promise<Batch> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Batch, { year: input.year, number: input.number })) {
        throw new DomainError('BATCH_EXISTS', `${batchName(input.year, input.number)} already exists.`);
      }
      const batch = await this.createIn(manager, input.year, input.number, input.name);
      await this.audit.record(manager, ctx, {
        action: 'batch.created',
        targetType: 'batch',
        targetId: batch.id,
        summary: { name: batch.name },
      });
      return batch;
    });
  }

  /** Finds or creates a batch inside a transaction (used by the importer). */
  async findOrCreate(manager: EntityManager, year: number, number: number): Promise<Batch> {
    return (await manager.findOneBy(Batch, { year, number })) ?? this.createIn(manager, year, number);
  }

  private createIn(manager: EntityManager, year: number, number: number, name?: string): Promise<Batch> {
    return manager.save(
      manager.create(Batch, { year, number, name: name ?? batchName(year, number), status: 'planned', publishedAt: null }),
    );
  }

  update(ctx: SignedInContext, id: string, input: UpdateBatchDto): Promise<Batch> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await manager.findOne(Batch, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!batch) throw new DomainError('NOT_FOUND', 'No such batch.');
      const before = { name: batch.name, status: batch.status };
      if (input.status === 'published' && !batch.publishedAt) batch.publishedAt = this.clock.now();
      Object.assign(batch, input);
      const saved = await manager.save(batch);
      if (input.name && input.name !== before.name) {
        // Search documents carry the batch name.
        const rows = (await manager.query('SELECT id FROM scenarios WHERE batch_id = $1', [id])) as { id: string }[];
        await this.outbox.enqueue(
          manager,
          'scenario',
          rows.map((r) => r.id),
        );
      }
      await this.audit.record(manager, ctx, {
        action: 'batch.updated',
        targetType: 'batch',
        targetId: id,
        summary: { before, after: { name: saved.name, status: saved.status } },
      });
      return saved;
    });
  }
}
