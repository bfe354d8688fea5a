import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity';

export interface CapabilityItem {
  name: string;
  description: string;
  tags: string[];
  /** Technology readiness level, 1–9. */
  trl?: number;
  /** Key indicators achieved, in words. */
  indicators?: string;
}

export interface DeliveredCase {
  title: string;
  client: string;
  year: number;
  outcome: string;
}

/** An enterprise's capability profile: what matching runs on. One per enterprise. */
@Entity('capability_profiles')
export class CapabilityProfile {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'capability_profiles_pkey' })
  organizationId!: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'capability_profiles_organization_id_fkey' })
  organization?: Organization;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  capabilities!: CapabilityItem[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regions!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  qualifications!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  cases!: DeliveredCase[];

  @Column({ name: 'team_size', type: 'integer', nullable: true })
  teamSize!: number | null;

  /** Opted in: indexed for matching and shown publicly. */
  @Column({ name: 'open_for_matching', type: 'boolean', default: false })
  openForMatching!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
