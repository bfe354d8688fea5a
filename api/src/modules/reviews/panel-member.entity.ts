import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Scenario } from '../scenarios/scenario.entity';
import { User } from '../users/user.entity';

/** A reviewer assigned to a scenario's review panel. */
@Entity('panel_members')
@Index('panel_members_reviewer_id_idx', ['reviewerId'])
export class PanelMember {
  @PrimaryColumn({ name: 'scenario_id', type: 'uuid', primaryKeyConstraintName: 'panel_members_pkey' })
  scenarioId!: string;

  @PrimaryColumn({ name: 'reviewer_id', type: 'uuid', primaryKeyConstraintName: 'panel_members_pkey' })
  reviewerId!: string;

  @ManyToOne(() => Scenario, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scenario_id', foreignKeyConstraintName: 'panel_members_scenario_id_fkey' })
  scenario?: Scenario;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'panel_members_reviewer_id_fkey' })
  reviewer?: User;

  @Column({ name: 'assigned_by_user_id', type: 'uuid', nullable: true })
  assignedByUserId!: string | null;

  @CreateDateColumn({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt!: Date;
}
