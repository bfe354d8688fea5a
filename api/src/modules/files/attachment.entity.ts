import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An uploaded file, stored under a generated name. `ownerType` + `ownerId` say what it belongs
 * to (a scenario now, solutions later); whoever may read the owner may download it.
 */
@Entity('attachments')
@Index('attachments_owner_idx', ['ownerType', 'ownerId'])
export class Attachment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'attachments_pkey' })
  id!: string;

  @Column({ name: 'owner_type', type: 'varchar', length: 30 })
  ownerType!: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  /** The name the uploader gave it, cleaned; used only in Content-Disposition. */
  @Column({ type: 'varchar', length: 200 })
  filename!: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 100 })
  storageKey!: string;

  /** Detected from the content, not from the name or the upload's header. */
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ name: 'uploaded_by_user_id', type: 'uuid', nullable: true })
  uploadedByUserId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
