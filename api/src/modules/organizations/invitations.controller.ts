import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/access/access.decorators';
import { Ctx } from '../../common/access/request-context.decorator';
import type { RequestContext } from '../../common/access/principal';
import { TokenDto } from '../../common/dto/token';
import { AcceptInvitationDto } from './dto/organizations.dto';
import { toUserView, UserView } from '../users/user.views';
import { MembersService } from './members.service';
import { InvitationPreviewView } from './organization.views';
import { StrictRateLimit } from '../../common/http/rate-limit';

/** The invitee's side of an invitation: no account yet, so these routes are public; the token is the key. */
@ApiTags('auth')
@Public()
@Controller('auth/invitations')
export class InvitationsController {
  constructor(private readonly members: MembersService) {}

  @Post('preview')
  @StrictRateLimit()
  @HttpCode(200)
  @ApiOperation({ summary: 'Which organisation an invitation link is for', operationId: 'previewInvitation' })
  @ApiOkResponse({ type: InvitationPreviewView })
  async preview(@Body() body: TokenDto): Promise<InvitationPreviewView> {
    const { invitation, organization } = await this.members.preview(body.token);
    return {
      email: invitation.email,
      organizationName: organization.name,
      organizationKind: organization.kind,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  @Post('accept')
  @StrictRateLimit()
  @ApiOperation({ summary: 'Accept an invitation: creates the member account (then sign in)', operationId: 'acceptInvitation' })
  @ApiCreatedResponse({ type: UserView })
  async accept(@Ctx() ctx: RequestContext, @Body() body: AcceptInvitationDto): Promise<UserView> {
    const { user, organization } = await this.members.accept(ctx, body.token, body.displayName, body.password);
    return toUserView(user, organization);
  }
}
