import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An audit entry kept under seal: what happened on a sealed scenario's solutions before its
 * bid opening. It is not in the audit log (whose order and times would tell who was active
 * when) but in this journal, hash-chained per seal. The release at the opening appends every
 * entry of the seal to the audit log, in order, with its original time. A trigger allows one
 * change only: recording that release.
 */
@Entity('audit_sealed_entries')
@Index('audit_sealed_entries_seal_key_idx', ['sealKey', 'id'])
export class AuditSealedEntry {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'audit_sealed_entries_pkey' })
  id!: string;

  /** e.g. `scenario:<id>`: released together when that scenario's bids are opened. */
  @Column({ name: 'seal_key', type: 'varchar', length: 100 })
  sealKey!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_organization_id', type: 'uuid', nullable: true })
  actorOrganizationId!: string | null;

  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ name: 'target_type', type: 'varchar', length: 50 })
  targetType!: string;

  @Column({ name: 'target_id', type: 'varchar', length: 100, nullable: true })
  targetId!: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  summary!: Record<string, unknown>;

  /** Hash of the previous entry under the same seal (zeros for the first). */
  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;

  /** The audit-log entry it became at the release. */
  @Column({ name: 'entry_id', type: 'bigint', nullable: true })
  entryId!: string | null;
}
