import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { InviteMemberDto, UpdateOrganizationDto } from './dto/organizations.dto';
import { MembersService } from './members.service';
import {
  CreatedInvitationView,
  InvitationListView,
  InvitationView,
  MemberListView,
  MemberView,
  OrganizationDetailView,
  OrganizationView,
  toInvitationView,
  toMemberView,
  toOrganizationView,
} from './organization.views';
import { OrganizationsService } from './organizations.service';
import { StrictRateLimit } from '../../common/http/rate-limit';

@ApiTags('organizations')
@ApiBearerAuth()
@SignedIn()
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly members: MembersService,
    private readonly clock: Clock,
  ) {}

  @Get('me')
  @ApiOperation({ summary: 'My organisation, with its verification status (and the reason if rejected)', operationId: 'getMyOrganization' })
  @ApiOkResponse({ type: OrganizationView })
  async mine(@SignedInCtx() ctx: SignedInContext): Promise<OrganizationView> {
    return toOrganizationView(await this.organizations.mine(ctx));
  }

  @Patch('me')
  @ApiOperation({
    summary: 'Correct my organisation’s name or region (organisation admin; not once verified)',
    operationId: 'updateMyOrganization',
  })
  @ApiOkResponse({ type: OrganizationView })
  async update(@SignedInCtx() ctx: SignedInContext, @Body() body: UpdateOrganizationDto): Promise<OrganizationView> {
    return toOrganizationView(await this.organizations.update(ctx, body));
  }

  @Post('me/resubmit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask for verification again after a rejection (organisation admin)', operationId: 'resubmitMyOrganization' })
  @ApiOkResponse({ type: OrganizationView })
  async resubmit(@SignedInCtx() ctx: SignedInContext): Promise<OrganizationView> {
    return toOrganizationView(await this.organizations.resubmit(ctx));
  }

  @Get('me/members')
  @ApiOperation({ summary: 'Members of my organisation', operationId: 'listMyMembers' })
  @ApiOkResponse({ type: MemberListView })
  async listMembers(@SignedInCtx() ctx: SignedInContext): Promise<MemberListView> {
    return { items: (await this.members.members(ctx)).map(toMemberView) };
  }

  @Post('me/members/:userId/remove')
  @HttpCode(200)
  @ApiOperation({ summary: 'Remove a member: their access ends at once (organisation admin)', operationId: 'removeMember' })
  @ApiOkResponse({ type: MemberView })
  async removeMember(@SignedInCtx() ctx: SignedInContext, @Param('userId', new ParseUUIDPipe()) userId: string): Promise<MemberView> {
    return toMemberView(await this.members.remove(ctx, userId));
  }

  @Get('me/invitations')
  @ApiOperation({ summary: 'Invitations sent by my organisation (organisation admin)', operationId: 'listMyInvitations' })
  @ApiOkResponse({ type: InvitationListView })
  async listInvitations(@SignedInCtx() ctx: SignedInContext): Promise<InvitationListView> {
    const now = this.clock.now();
    return { items: (await this.members.invitations(ctx)).map((i) => toInvitationView(i, now)) };
  }

  @Post('me/invitations')
  @StrictRateLimit()
  @ApiOperation({ summary: 'Invite a colleague: returns a one-time link that expires (organisation admin)', operationId: 'inviteMember' })
  @ApiCreatedResponse({ type: CreatedInvitationView })
  async invite(@SignedInCtx() ctx: SignedInContext, @Body() body: InviteMemberDto): Promise<CreatedInvitationView> {
    const { invitation, link } = await this.members.invite(ctx, body.email);
    return { ...toInvitationView(invitation, this.clock.now()), link };
  }

  @Post('me/invitations/:id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a pending invitation (organisation admin)', operationId: 'revokeInvitation' })
  @ApiOkResponse({ type: InvitationView })
  async revoke(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<InvitationView> {
    return toInvitationView(await this.members.revokeInvitation(ctx, id), this.clock.now());
  }

  @Get(':id')
  @ApiOperation({
    summary: 'An organisation with its members (its own members and platform admins; 404 for others)',
    operationId: 'getOrganization',
  })
  @ApiOkResponse({ type: OrganizationDetailView })
  async detail(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<OrganizationDetailView> {
    const { organization, members } = await this.organizations.detail(ctx, id);
    return { ...toOrganizationView(organization), members: members.map(toMemberView) };
  }
}
