import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { Scenario } from '../scenarios/scenario.entity';

/** An enterprise's objection to an announced result, and the agency's answer. */
@Entity('objections')
@Index('objections_scenario_id_idx', ['scenarioId'])
export class Objection {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'objections_pkey' })
  id!: string;

  @Column({ name: 'scenario_id', type: 'uuid' })
  scenarioId!: string;

  @ManyToOne(() => Scenario, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scenario_id', foreignKeyConstraintName: 'objections_scenario_id_fkey' })
  scenario?: Scenario;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'objections_organization_id_fkey' })
  organization?: Organization;

  @Column({ name: 'filed_by_user_id', type: 'uuid', nullable: true })
  filedByUserId!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'filed_at', type: 'timestamptz' })
  filedAt!: Date;

  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ name: 'responded_by_user_id', type: 'uuid', nullable: true })
  respondedByUserId!: string | null;
}
