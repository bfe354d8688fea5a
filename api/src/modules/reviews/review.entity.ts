import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { numericTransformer } from '../../database/transformers';
import { Solution } from '../solutions/solution.entity';
import { User } from '../users/user.entity';

export interface CriterionScore {
  criterion: string;
  score: number;
}

/**
 * One reviewer's review of one solution: first the conflict-of-interest declaration (before the
 * solution can be read), then, unless recused, the rubric scores and a comment.
 */
@Entity('reviews')
@Index('reviews_reviewer_id_idx', ['reviewerId'])
export class Review {
  @PrimaryColumn({ name: 'solution_id', type: 'uuid', primaryKeyConstraintName: 'reviews_pkey' })
  solutionId!: string;

  @PrimaryColumn({ name: 'reviewer_id', type: 'uuid', primaryKeyConstraintName: 'reviews_pkey' })
  reviewerId!: string;

  @ManyToOne(() => Solution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'solution_id', foreignKeyConstraintName: 'reviews_solution_id_fkey' })
  solution?: Solution;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'reviews_reviewer_id_fkey' })
  reviewer?: User;

  @Column({ name: 'scenario_id', type: 'uuid' })
  scenarioId!: string;

  /** true: the reviewer recused (or the system found a conflict); false: declared no conflict. */
  @Column({ type: 'boolean' })
  conflict!: boolean;

  @Column({ name: 'conflict_reason', type: 'text', default: '' })
  conflictReason!: string;

  @Column({ name: 'declared_at', type: 'timestamptz' })
  declaredAt!: Date;

  @Column({ type: 'jsonb', nullable: true })
  scores!: CriterionScore[] | null;

  /** Sum of the criterion scores (each criterion scores 0 to its weight, so totals are out of 100). */
  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true, transformer: numericTransformer })
  total!: number | null;

  @Column({ type: 'text', default: '' })
  comment!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** The agency released this comment to the enterprise with its feedback. */
  @Column({ name: 'comment_released', type: 'boolean', default: false })
  commentReleased!: boolean;
}
