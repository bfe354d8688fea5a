import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { toPage } from '../../common/dto/page';
import { AdminOrganizationQueryDto, RejectOrganizationDto } from './dto/organizations.dto';
import { OrganizationDetailView, OrganizationPage, OrganizationView, toMemberView, toOrganizationView } from './organization.views';
import { OrganizationsService } from './organizations.service';

@ApiTags('admin: organisations')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/organizations')
export class AdminOrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @ApiOperation({
    summary: 'Organisations by status (the verification queue is ?status=pending, oldest first)',
    operationId: 'adminListOrganizations',
  })
  @ApiOkResponse({ type: OrganizationPage })
  async list(@Query() query: AdminOrganizationQueryDto): Promise<OrganizationPage> {
    const { items, total } = await this.organizations.adminList(query);
    return toPage(items, total, query, toOrganizationView);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An organisation with its members', operationId: 'adminGetOrganization' })
  @ApiOkResponse({ type: OrganizationDetailView })
  async detail(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<OrganizationDetailView> {
    const { organization, members } = await this.organizations.detail(ctx, id);
    return { ...toOrganizationView(organization), members: members.map(toMemberView) };
  }

  @Post(':id/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify a pending organisation; its members are notified', operationId: 'verifyOrganization' })
  @ApiOkResponse({ type: OrganizationView })
  async verify(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<OrganizationView> {
    return toOrganizationView(await this.organizations.verify(ctx, id));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending organisation with a reason its members can read', operationId: 'rejectOrganization' })
  @ApiOkResponse({ type: OrganizationView })
  async reject(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RejectOrganizationDto,
  ): Promise<OrganizationView> {
    return toOrganizationView(await this.organizations.reject(ctx, id, body.reason));
  }
}
