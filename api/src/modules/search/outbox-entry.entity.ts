import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: written in the same transaction as the change; the sync worker
 * re-reads the current row and updates (or deletes) the search document.
 */
@Entity('search_outbox')
@Index('search_outbox_next_attempt_at_idx', ['nextAttemptAt'])
export class OutboxEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'search_outbox_pkey' })
  id!: string;

  /** Which index: `scenarios` (later `capabilities`). */
  @Column({ type: 'varchar', length: 30 })
  topic!: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
