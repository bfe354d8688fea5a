import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxEntry } from './outbox-entry.entity';

export type OutboxTopic = 'scenario' | 'capability';

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
