import { ApiProperty } from '@nestjs/swagger';
import {
  MEMBER_ROLES,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  PLATFORM_ROLES,
  ROLES,
  type MemberRole,
  type OrganizationKind,
  type OrganizationStatus,
  type PlatformRole,
  type Role,
} from '@scenebridge/shared';
import { rolesOf } from '../../common/access/principal';
import type { User } from './user.entity';

/** What a user's view needs of the organisation (an Organization entity is one). */
export interface UserOrganization {
  id: string;
  kind: OrganizationKind;
  name: string;
  status: OrganizationStatus;
}

export class OrganizationSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind!: OrganizationKind;
  @ApiProperty({ example: '锦城市交通运输局' }) name!: string;
  @ApiProperty({ enum: ORGANIZATION_STATUSES }) status!: OrganizationStatus;
}

/** A person as they see themselves (GET /me) and as admins see them. Never carries secrets. */
export class UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'zhou.ming@example.gov.cn' }) email!: string;
  @ApiProperty({ example: '周明' }) displayName!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ enum: PLATFORM_ROLES, nullable: true }) platformRole!: PlatformRole | null;
  @ApiProperty({ enum: MEMBER_ROLES, nullable: true, description: 'owner = organisation admin' }) memberRole!: MemberRole | null;
  @ApiProperty({ type: OrganizationSummaryView, nullable: true }) organization!: OrganizationSummaryView | null;
  @ApiProperty({ type: [String], description: 'Reviewer expertise tags' }) expertise!: string[];
  @ApiProperty({ type: [String], description: 'Organisations a reviewer works or worked for (conflict checks)' }) affiliations!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastSignInAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function toOrganizationSummary(org: UserOrganization): OrganizationSummaryView {
  return { id: org.id, kind: org.kind, name: org.name, status: org.status };
}

/** Maps a user and its organisation (null for platform admins and reviewers) to the public view. */
export function toUserView(user: User, organization: UserOrganization | null): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: rolesOf(user.platformRole, organization?.kind),
    platformRole: user.platformRole,
    memberRole: user.memberRole,
    organization: organization ? toOrganizationSummary(organization) : null,
    expertise: user.expertise ?? [],
    affiliations: user.affiliations ?? [],
    active: user.active,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
