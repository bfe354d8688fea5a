import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Scenario } from '../scenarios/scenario.entity';

/** The public announcement (公示) of a scenario's result, with its objection period. */
@Entity('announcements')
export class Announcement {
  @PrimaryColumn({ name: 'scenario_id', type: 'uuid', primaryKeyConstraintName: 'announcements_pkey' })
  scenarioId!: string;

  @OneToOne(() => Scenario, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scenario_id', foreignKeyConstraintName: 'announcements_scenario_id_fkey' })
  scenario?: Scenario;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'objection_ends_at', type: 'timestamptz' })
  objectionEndsAt!: Date;

  @Column({ name: 'announced_at', type: 'timestamptz' })
  announcedAt!: Date;

  @Column({ name: 'announced_by_user_id', type: 'uuid', nullable: true })
  announcedByUserId!: string | null;

  /** When the result became final (the period over and every objection answered). */
  @Column({ name: 'final_at', type: 'timestamptz', nullable: true })
  finalAt!: Date | null;
}
