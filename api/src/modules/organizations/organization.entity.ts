import { ORGANIZATION_KINDS, ORGANIZATION_STATUSES, type OrganizationKind, type OrganizationStatus } from '@scenebridge/shared';
import { Check, Unique, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** A government body / SOE (`agency`) or a company (`enterprise`) registered on the platform. */
@Entity('organizations')
@Unique('organizations_credit_code_key', ['creditCode'])
@Check('organizations_kind_check', `"kind" IN (${list(ORGANIZATION_KINDS)})`)
@Check('organizations_status_check', `"status" IN (${list(ORGANIZATION_STATUSES)})`)
export class Organization {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organizations_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrganizationKind;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Unified social credit code, normalised (upper case), unique; may be missing for agencies created by an import. */
  @Column({ name: 'credit_code', type: 'varchar', length: 18, nullable: true })
  creditCode!: string | null;

  @Column({ type: 'varchar', length: 100 })
  region!: string;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: OrganizationStatus;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
