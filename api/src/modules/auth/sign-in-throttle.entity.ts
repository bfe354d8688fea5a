import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed sign-in counters per account (`email:…`) and per client IP (`ip:…`). */
@Entity('sign_in_throttles')
export class SignInThrottle {
  @PrimaryColumn({ type: 'varchar', length: 300, primaryKeyConstraintName: 'sign_in_throttles_pkey' })
  key!: string;

  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
