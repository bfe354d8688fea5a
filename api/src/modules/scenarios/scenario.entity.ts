import { COOPERATION_MODES, SCENARIO_STATUSES, type CooperationMode, type ScenarioStatus } from '@scenebridge/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { numericTransformer } from '../../database/transformers';
import { Batch } from '../batches/batch.entity';
import { Organization } from '../organizations/organization.entity';
import { Sector } from '../sectors/sector.entity';

export interface Kpi {
  name: string;
  target: string;
}

export interface RubricCriterion {
  name: string;
  weight: number;
  description?: string;
}

export interface ScenarioResources {
  data?: string;
  testSite?: string;
  compute?: string;
}

export interface ScenarioContact {
  name: string;
  phone?: string;
  email?: string;
}

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * An application scenario (场景) published by an agency. Drafts may be incomplete; submission
 * checks completeness. `code` (year-batch-serial) is assigned when it is published.
 */
@Entity('scenarios')
@Unique('scenarios_code_key', ['code'])
@Unique('scenarios_batch_serial_key', ['batchId', 'serial'])
@Index('scenarios_organization_id_status_idx', ['organizationId', 'status'])
@Index('scenarios_status_deadline_idx', ['status', 'deadline'])
// Lists newest change first, page by page (keyset): by status (admins) and by agency.
@Index('scenarios_status_updated_idx', ['status', 'updatedAt', 'id'])
@Index('scenarios_organization_updated_idx', ['organizationId', 'updatedAt', 'id'])
@Check('scenarios_status_check', `"status" IN (${list(SCENARIO_STATUSES)})`)
@Check('scenarios_cooperation_mode_check', `"cooperation_mode" IS NULL OR "cooperation_mode" IN (${list(COOPERATION_MODES)})`)
@Check('scenarios_budget_check', `"budget_min" IS NULL OR "budget_max" IS NULL OR "budget_min" <= "budget_max"`)
export class Scenario {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'scenarios_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  code!: string | null;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'scenarios_organization_id_fkey' })
  organization?: Organization;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @Column({ name: 'batch_id', type: 'uuid', nullable: true })
  batchId!: string | null;

  @ManyToOne(() => Batch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'scenarios_batch_id_fkey' })
  batch?: Batch | null;

  @Column({ type: 'integer', nullable: true })
  serial!: number | null;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: ScenarioStatus;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  summary!: string;

  /** 问题与现状 */
  @Column({ type: 'text', default: '' })
  description!: string;

  /** 建设内容 / scope of work */
  @Column({ type: 'text', default: '' })
  scope!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  kpis!: Kpi[];

  @Column({ name: 'expected_outcomes', type: 'text', default: '' })
  expectedOutcomes!: string;

  @Column({ name: 'acceptance_criteria', type: 'text', default: '' })
  acceptanceCriteria!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  resources!: ScenarioResources;

  @Column({ name: 'sector_code', type: 'varchar', length: 40, nullable: true })
  sectorCode!: string | null;

  @ManyToOne(() => Sector, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_code', foreignKeyConstraintName: 'scenarios_sector_code_fkey' })
  sector?: Sector | null;

  /** 省/市/区 */
  @Column({ type: 'varchar', length: 100, default: '' })
  region!: string;

  /** Implementation site. */
  @Column({ type: 'varchar', length: 200, default: '' })
  site!: string;

  /** Required capabilities. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ name: 'budget_min', type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: numericTransformer })
  budgetMin!: number | null;

  @Column({ name: 'budget_max', type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: numericTransformer })
  budgetMax!: number | null;

  @Column({ name: 'budget_negotiable', type: 'boolean', default: false })
  budgetNegotiable!: boolean;

  @Column({ name: 'funding_source', type: 'varchar', length: 200, default: '' })
  fundingSource!: string;

  @Column({ name: 'cooperation_mode', type: 'varchar', length: 20, nullable: true })
  cooperationMode!: CooperationMode | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  qualifications!: string[];

  @Column({ name: 'consortium_allowed', type: 'boolean', default: false })
  consortiumAllowed!: boolean;

  @Column({ name: 'max_applications_per_entity', type: 'integer', default: 1 })
  maxApplicationsPerEntity!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  rubric!: RubricCriterion[];

  @Column({ type: 'timestamptz', nullable: true })
  deadline!: Date | null;

  /** Sealed: nobody but the submitter reads a solution before the deadline. */
  @Column({ type: 'boolean', default: true })
  sealed!: boolean;

  /** Shown to verified enterprise members only. */
  @Column({ type: 'jsonb', nullable: true })
  contact!: ScenarioContact | null;

  @Column({ type: 'integer', default: 0 })
  version!: number;

  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason!: string | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** When the award (or the decision of no award) was made. */
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The award note, or the reason for no award (public). */
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  /** When the agency confirmed the pilot landed (落地). */
  @Column({ name: 'landed_at', type: 'timestamptz', nullable: true })
  landedAt!: Date | null;

  /** Why the delivery failed (public). */
  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason!: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
