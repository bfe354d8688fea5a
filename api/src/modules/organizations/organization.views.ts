import { ApiProperty } from '@nestjs/swagger';
import {
  MEMBER_ROLES,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  type MemberRole,
  type OrganizationKind,
  type OrganizationStatus,
} from '@scenebridge/shared';
import { PageOf } from '../../common/dto/page';
import type { User } from '../users/user.entity';
import type { Invitation } from './invitation.entity';
import type { Organization } from './organization.entity';

export class OrganizationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind!: OrganizationKind;
  @ApiProperty({ example: '锦城市交通运输局' }) name!: string;
  @ApiProperty({
    example: '91350100M000100Y43',
    nullable: true,
    type: String,
    description: 'Unified social credit code (missing for some imported agencies)',
  })
  creditCode!: string | null;
  @ApiProperty({ example: '四川省/锦城市' }) region!: string;
  @ApiProperty({ enum: ORGANIZATION_STATUSES }) status!: OrganizationStatus;
  @ApiProperty({ nullable: true, type: String, description: 'Why verification was refused' }) rejectionReason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) verifiedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class OrganizationPage extends PageOf(OrganizationView, 'OrganizationPage') {}

export class MemberView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: MEMBER_ROLES }) memberRole!: MemberRole;
  @ApiProperty() active!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastSignInAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class MemberListView {
  @ApiProperty({ type: [MemberView] }) items!: MemberView[];
}

export class OrganizationDetailView extends OrganizationView {
  @ApiProperty({ type: [MemberView] }) members!: MemberView[];
}

export class InvitationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ['pending', 'accepted', 'revoked', 'expired'] }) status!: 'pending' | 'accepted' | 'revoked' | 'expired';
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class InvitationListView {
  @ApiProperty({ type: [InvitationView] }) items!: InvitationView[];
}

export class CreatedInvitationView extends InvitationView {
  @ApiProperty({ description: 'The one-time link to pass on to the invitee; shown only now.' }) link!: string;
}

/** What an invitee sees before accepting. */
export class InvitationPreviewView {
  @ApiProperty() email!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) organizationKind!: OrganizationKind;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export function toOrganizationView(org: Organization): OrganizationView {
  return {
    id: org.id,
    kind: org.kind,
    name: org.name,
    creditCode: org.creditCode,
    region: org.region,
    status: org.status,
    rejectionReason: org.rejectionReason,
    verifiedAt: org.verifiedAt?.toISOString() ?? null,
    createdAt: org.createdAt.toISOString(),
  };
}

export function toMemberView(user: User): MemberView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    memberRole: user.memberRole ?? 'member',
    active: user.active,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

export function invitationStatus(invitation: Invitation, now: Date): InvitationView['status'] {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt <= now ? 'expired' : 'pending';
}

export function toInvitationView(invitation: Invitation, now: Date): InvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    status: invitationStatus(invitation, now),
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
  };
}
