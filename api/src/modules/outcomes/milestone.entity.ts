import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Scenario } from '../scenarios/scenario.entity';

/** A delivery milestone of an awarded scenario, with its evidence files (attachments owned by it). */
@Entity('milestones')
@Index('milestones_scenario_id_idx', ['scenarioId'])
export class Milestone {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'milestones_pkey' })
  id!: string;

  @Column({ name: 'scenario_id', type: 'uuid' })
  scenarioId!: string;

  @ManyToOne(() => Scenario, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scenario_id', foreignKeyConstraintName: 'milestones_scenario_id_fkey' })
  scenario?: Scenario;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn!: string | null;

  @Column({ type: 'text', default: '' })
  note!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
