import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxEntry } from './outbox-entry.entity';

/**
 * `scenario` and `capability` keep the indexes in step; `alert` asks for the alerts of a newly
 * published scenario (handled after the index has it).
 */
export type OutboxTopic = 'scenario' | 'capability' | 'alert';

/** Writes outbox entries inside the caller's transaction: the index follows only committed changes. */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, topic: OutboxTopic, entityIds: string[]): Promise<void> {
    if (entityIds.length === 0) return;
    await manager.insert(
      OutboxEntry,
      entityIds.map((entityId) => ({ topic, entityId })),
    );
  }
}
