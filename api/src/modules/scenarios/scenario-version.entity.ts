import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Scenario } from './scenario.entity';

/** One published version of a scenario: a snapshot of its public fields and what changed. */
@Entity('scenario_versions')
@Unique('scenario_versions_scenario_id_version_key', ['scenarioId', 'version'])
export class ScenarioVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'scenario_versions_pkey' })
  id!: string;

  @Column({ name: 'scenario_id', type: 'uuid' })
  scenarioId!: string;

  @ManyToOne(() => Scenario, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scenario_id', foreignKeyConstraintName: 'scenario_versions_scenario_id_fkey' })
  scenario?: Scenario;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => "'{}'" })
  changedFields!: string[];

  /** The amendment note, and whether the deadline was extended because of it. */
  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ name: 'deadline_extended', type: 'boolean', default: false })
  deadlineExtended!: boolean;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
