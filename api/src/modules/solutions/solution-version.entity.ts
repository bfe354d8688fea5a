import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Solution } from './solution.entity';

/** Each submitted version of a solution, kept as it was submitted. */
@Entity('solution_versions')
@Unique('solution_versions_solution_id_version_key', ['solutionId', 'version'])
export class SolutionVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'solution_versions_pkey' })
  id!: string;

  @Column({ name: 'solution_id', type: 'uuid' })
  solutionId!: string;

  @ManyToOne(() => Solution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'solution_id', foreignKeyConstraintName: 'solution_versions_solution_id_fkey' })
  solution?: Solution;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
