import { MEMBER_ROLES, PLATFORM_ROLES, type MemberRole, type PlatformRole } from '@scenebridge/shared';
import { Check, Unique, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A person who signs in: a member of one organisation (agency or enterprise), or a platform
 * admin / reviewer. E-mail is stored lower-cased, so uniqueness is case-insensitive.
 */
@Entity('users')
@Unique('users_email_key', ['email'])
@Check('users_platform_role_check', `"platform_role" IS NULL OR "platform_role" IN (${list(PLATFORM_ROLES)})`)
@Check('users_member_role_check', `"member_role" IS NULL OR "member_role" IN (${list(MEMBER_ROLES)})`)
@Check('users_membership_check', `("organization_id" IS NULL) = ("member_role" IS NULL)`)
@Check('users_email_lower_check', `"email" = lower("email")`)
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'users_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** argon2id hash; null until the person sets a password (invited reviewers). */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName!: string;

  @Column({ name: 'platform_role', type: 'varchar', length: 20, nullable: true })
  platformRole!: PlatformRole | null;

  /** The organisation (by its entity's name: users depend on no other module; organisations load their members). */
  @Index('users_organization_id_idx')
  @ForeignKey('Organization', { name: 'users_organization_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ name: 'member_role', type: 'varchar', length: 20, nullable: true })
  memberRole!: MemberRole | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Expertise tags of a reviewer (expert pool); empty for everyone else. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise!: string[];

  /** Organisations a reviewer works or worked for (conflict-of-interest checks); empty for everyone else. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  affiliations!: string[];

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
