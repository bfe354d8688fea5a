import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Scenario } from '../scenarios/scenario.entity';
import { User } from '../users/user.entity';

/** A scenario a person saved (follows): listed with its deadline, notified of amendments. */
@Entity('saved_scenarios')
@Index('saved_scenarios_scenario_id_idx', ['scenarioId'])
export class SavedScenario {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'saved_scenarios_pkey' })
  userId!: string;

  @PrimaryColumn({ name: 'scenario_id', type: 'uuid', primaryKeyConstraintName: 'saved_scenarios_pkey' })
  scenarioId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'saved_scenarios_user_id_fkey' })
  user?: User;

  @ManyToOne(() => Scenario, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scenario_id', foreignKeyConstraintName: 'saved_scenarios_scenario_id_fkey' })
  scenario?: Scenario;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
