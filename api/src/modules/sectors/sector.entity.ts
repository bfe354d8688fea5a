import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A sector of the taxonomy (智能交通, 智能农业, …): seeded with the plan's 11, editable by admins. */
@Entity('sectors')
export class Sector {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'sectors_pkey' })
  code!: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 50 })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 80 })
  nameEn!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;

  /** Inactive sectors are no longer offered for new scenarios; existing ones keep theirs. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
