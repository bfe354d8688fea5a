import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { Scenario } from '../scenarios/scenario.entity';

/** An enterprise was alerted to a published scenario: at most once per pair, whatever retries happen. */
@Entity('match_alerts')
@Index('match_alerts_organization_id_idx', ['organizationId'])
export class MatchAlert {
  @PrimaryColumn({ name: 'scenario_id', type: 'uuid', primaryKeyConstraintName: 'match_alerts_pkey' })
  scenarioId!: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'match_alerts_pkey' })
  organizationId!: string;

  @ManyToOne(() => Scenario, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scenario_id', foreignKeyConstraintName: 'match_alerts_scenario_id_fkey' })
  scenario?: Scenario;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'match_alerts_organization_id_fkey' })
  organization?: Organization;

  @Column({ type: 'real' })
  score!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
