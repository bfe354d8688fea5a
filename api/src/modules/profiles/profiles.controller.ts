import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../../common/access/access.decorators';
import { Ctx, SignedInCtx } from '../../common/access/request-context.decorator';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import { ProfileDto, ProfileView, toProfileView } from './profile.dto';
import { ProfilesService } from './profiles.service';

@ApiTags('capability profiles')
@Controller('organizations')
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @Get('me/profile')
  @Roles('solver')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'My enterprise’s capability profile (empty until first saved)', operationId: 'getMyProfile' })
  @ApiOkResponse({ type: ProfileView })
  async mine(@SignedInCtx() ctx: SignedInContext): Promise<ProfileView> {
    const { profile, organization } = await this.profiles.mine(ctx);
    return toProfileView(profile, organization);
  }

  @Put('me/profile')
  @Roles('solver')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Save my enterprise’s capability profile (replaces it)', operationId: 'saveMyProfile' })
  @ApiOkResponse({ type: ProfileView })
  async save(@SignedInCtx() ctx: SignedInContext, @Body() body: ProfileDto): Promise<ProfileView> {
    const { profile, organization } = await this.profiles.save(ctx, body);
    return toProfileView(profile, organization);
  }

  @Get(':id/profile')
  @Public()
  @ApiOperation({
    summary: 'An enterprise’s capability profile: public when verified and opted in; otherwise its members and admins only',
    operationId: 'getProfile',
  })
  @ApiOkResponse({ type: ProfileView })
  async read(@Ctx() ctx: RequestContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<ProfileView> {
    const { profile, organization } = await this.profiles.read(ctx, id);
    return toProfileView(profile, organization);
  }
}
