import { SOLUTION_STATUSES, type SolutionStatus } from '@scenebridge/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericTransformer } from '../../database/transformers';
import { Organization } from '../organizations/organization.entity';
import { Scenario } from '../scenarios/scenario.entity';

export interface TimelineItem {
  phase: string;
  weeks: number;
}

/**
 * An enterprise's answer to a scenario. One active (not withdrawn) solution per enterprise
 * per scenario, enforced by a partial unique index.
 */
@Entity('solutions')
@Index('solutions_active_per_organization_key', ['scenarioId', 'organizationId'], { unique: true, where: `"status" <> 'withdrawn'` })
@Index('solutions_organization_id_idx', ['organizationId'])
@Check('solutions_status_check', `"status" IN (${SOLUTION_STATUSES.map((s) => `'${s}'`).join(', ')})`)
export class Solution {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'solutions_pkey' })
  id!: string;

  @Column({ name: 'scenario_id', type: 'uuid' })
  scenarioId!: string;

  @ManyToOne(() => Scenario, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scenario_id', foreignKeyConstraintName: 'solutions_scenario_id_fkey' })
  scenario?: Scenario;

  /** The lead enterprise. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'solutions_organization_id_fkey' })
  organization?: Organization;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: SolutionStatus;

  @Column({ type: 'varchar', length: 200, default: '' })
  title!: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  brief!: string;

  /** Approach / technical route. */
  @Column({ type: 'text', default: '' })
  approach!: string;

  @Column({ type: 'text', default: '' })
  innovations!: string;

  @Column({ type: 'text', default: '' })
  risks!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  timeline!: TimelineItem[];

  /** 万元 */
  @Column({ name: 'price_quote', type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: numericTransformer })
  priceQuote!: number | null;

  @Column({ type: 'text', default: '' })
  team!: string;

  /** Names of consortium partners, when the scenario allows consortia. */
  @Column({ name: 'consortium_members', type: 'text', array: true, default: () => "'{}'" })
  consortiumMembers!: string[];

  /** The enterprise declares it meets the scenario's eligibility rules. */
  @Column({ name: 'eligibility_declared', type: 'boolean', default: false })
  eligibilityDeclared!: boolean;

  @Column({ name: 'eligibility_note', type: 'text', default: '' })
  eligibilityNote!: string;

  /** The latest shortlist round the solution made (1, 2, …). */
  @Column({ name: 'shortlist_round', type: 'integer', nullable: true })
  shortlistRound!: number | null;

  /** When the agency released the review feedback to the enterprise. */
  @Column({ name: 'feedback_released_at', type: 'timestamptz', nullable: true })
  feedbackReleasedAt!: Date | null;

  /** Number of submitted versions. */
  @Column({ type: 'integer', default: 0 })
  version!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
