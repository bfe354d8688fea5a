import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { OutboxEntry } from './outbox-entry.entity';

/**
 * `scenario`, `capability` and `reviewer` keep the indexes in step; `alert` asks for the alerts
 * of a newly published scenario (handled after the index has it).
 */
export type OutboxTopic = 'scenario' | 'capability' | 'reviewer' | 'alert';

/** Writes outbox entries inside the caller's transaction: the index follows only committed changes. */
@Injectable()
export class OutboxService {
  constructor(private readonly clock: Clock) {}

  async enqueue(manager: EntityManager, topic: OutboxTopic, entityIds: string[]): Promise<void> {
    if (entityIds.length === 0) return;
    await manager.insert(
      OutboxEntry,
      // Due now by the application's clock, which is what the worker compares with.
      entityIds.map((entityId) => ({ topic, entityId, nextAttemptAt: this.clock.now() })),
    );
  }
}
