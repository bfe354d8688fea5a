import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner, type TransactionCommitEvent } from 'typeorm';
import { Clock } from '../../common/clock';
import { JobRunner } from '../../jobs/job-runner';
import { OutboxEntry } from './outbox-entry.entity';

/**
 * `scenario`, `capability` and `reviewer` keep the indexes in step; `alert` asks for the alerts
 * of a newly published scenario (handled after the index has it).
 */
export type OutboxTopic = 'scenario' | 'capability' | 'reviewer' | 'alert';

/** The job runner's name for the outbox worker. */
export const OUTBOX_JOB = 'outbox';

/**
 * Writes outbox entries inside the caller's transaction: the index follows only committed
 * changes. When that transaction commits, the outbox job of this process is woken at once —
 * no workflow step has to remember it (other processes find the entries at their next poll).
 */
@Injectable()
export class OutboxService implements OnModuleInit {
  /** Transactions that wrote outbox entries and have not ended yet. */
  private readonly pending = new WeakSet<QueryRunner>();

  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    const subscriber: EntitySubscriberInterface = {
      // Fired for savepoints too: only the end of the outermost transaction counts.
      afterTransactionCommit: (event: TransactionCommitEvent) => {
        if (!event.queryRunner.isTransactionActive && this.pending.delete(event.queryRunner)) this.jobs.wake(OUTBOX_JOB);
      },
      afterTransactionRollback: (event) => {
        if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
      },
    };
    this.dataSource.subscribers.push(subscriber);
  }

  async enqueue(manager: EntityManager, topic: OutboxTopic, entityIds: string[]): Promise<void> {
    if (entityIds.length === 0) return;
    await manager.insert(
      OutboxEntry,
      // Due now by the application's clock, which is what the worker compares with.
      entityIds.map((entityId) => ({ topic, entityId, nextAttemptAt: this.clock.now() })),
    );
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) this.pending.add(runner);
    else this.jobs.wake(OUTBOX_JOB);
  }
}
