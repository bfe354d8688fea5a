import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Scenario } from '../scenarios/scenario.entity';
import { User } from '../users/user.entity';

/** The part of a scenario search that is saved: words and filters, not page or sort. */
export interface SavedSearchQuery {
  q?: string;
  sector?: string[];
  province?: string[];
  cooperationMode?: string[];
  budgetBand?: string[];
}

/** A user's saved search; with alerts on, newly published scenarios it finds are notified. */
@Entity('saved_searches')
@Index('saved_searches_user_id_name_key', ['userId', 'name'], { unique: true })
export class SavedSearch {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'saved_searches_pkey' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'saved_searches_user_id_fkey' })
  user?: User;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'jsonb' })
  query!: SavedSearchQuery;

  @Column({ type: 'boolean', default: true })
  alerts!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A saved search already alerted its owner to a scenario (at most once per pair). */
@Entity('saved_search_alerts')
@Index('saved_search_alerts_scenario_id_idx', ['scenarioId'])
export class SavedSearchAlert {
  @PrimaryColumn({ name: 'saved_search_id', type: 'uuid', primaryKeyConstraintName: 'saved_search_alerts_pkey' })
  savedSearchId!: string;

  @PrimaryColumn({ name: 'scenario_id', type: 'uuid', primaryKeyConstraintName: 'saved_search_alerts_pkey' })
  scenarioId!: string;

  @ManyToOne(() => SavedSearch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'saved_search_id', foreignKeyConstraintName: 'saved_search_alerts_saved_search_id_fkey' })
  savedSearch?: SavedSearch;

  @ManyToOne(() => Scenario, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scenario_id', foreignKeyConstraintName: 'saved_search_alerts_scenario_id_fkey' })
  scenario?: Scenario;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
