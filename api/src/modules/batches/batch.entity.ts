import { BATCH_STATUSES, type BatchStatus } from '@scenebridge/shared';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A numbered batch of the list, e.g. 2026年第一批: scenarios are published into a batch. */
@Entity('batches')
@Unique('batches_year_number_key', ['year', 'number'])
@Check('batches_status_check', `"status" IN (${BATCH_STATUSES.map((s) => `'${s}'`).join(', ')})`)
export class Batch {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'batches_pkey' })
  id!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 20, default: 'planned' })
  status!: BatchStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
