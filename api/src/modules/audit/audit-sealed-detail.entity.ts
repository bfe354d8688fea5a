import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What a sealed audit entry hides until its seal is released: who acted, on what, from where,
 * and the summary. The entry itself (hash-chained) keeps only the action, the seal and a salted
 * SHA-256 digest of these fields, so they can be shown later and checked against the chain.
 * A trigger allows one change only: setting `released_at` once. (No foreign key to audit_log,
 * whose rows may not be truncated, deleted or referenced away; `audit:verify` checks each
 * sealed entry against its row here.)
 */
@Entity('audit_sealed_details')
@Index('audit_sealed_details_seal_key_idx', ['sealKey'])
export class AuditSealedDetail {
  /** The id of the audit_log entry this completes. */
  @PrimaryColumn({ name: 'entry_id', type: 'bigint', primaryKeyConstraintName: 'audit_sealed_details_pkey' })
  entryId!: string;

  /** e.g. `scenario:<id>`: released together when that scenario's bids are opened. */
  @Column({ name: 'seal_key', type: 'varchar', length: 100 })
  sealKey!: string;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_organization_id', type: 'uuid', nullable: true })
  actorOrganizationId!: string | null;

  @Column({ name: 'target_id', type: 'varchar', length: 100, nullable: true })
  targetId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  /** Hidden too: it would tie the entry to the HTTP logs, and through them to the client. */
  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId!: string | null;

  @Column({ type: 'jsonb' })
  summary!: Record<string, unknown>;

  /** Random, so the digest in the chain cannot be confirmed by guessing the hidden fields. */
  @Column({ type: 'varchar', length: 64 })
  salt!: string;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;
}
