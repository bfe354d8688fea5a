import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';

export const EMAIL_MODES = ['immediate', 'daily', 'off'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

/** How a user wants notifications by e-mail. No row means the default: immediately. */
@Entity('notification_preferences')
@Check('notification_preferences_email_mode_check', `"email_mode" IN (${EMAIL_MODES.map((m) => `'${m}'`).join(', ')})`)
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'notification_preferences_pkey' })
  userId!: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_preferences_user_id_fkey' })
  user?: User;

  @Column({ name: 'email_mode', type: 'varchar', length: 10, default: 'immediate' })
  emailMode!: EmailMode;

  /** Local date (in the digest time zone) of the last daily digest sent. */
  @Column({ name: 'digest_sent_on', type: 'date', nullable: true })
  digestSentOn!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
