import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public, SignedIn } from '../../common/access/access.decorators';
import { Ctx, SignedInCtx } from '../../common/access/request-context.decorator';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import { AppConfig } from '../../config/app-config';
import { UserView } from '../users/user.views';
import { AuthService } from './auth.service';
import { LoginDto, RegisterDto, RegisteredView, SessionView, SetPasswordDto } from './dto/auth.dto';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';
import { StrictRateLimit } from '../../common/http/rate-limit';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('auth/register')
  @StrictRateLimit()
  @Public()
  @ApiOperation({
    summary: 'Register an agency or enterprise with its first member (the organisation starts pending)',
    operationId: 'register',
  })
  @ApiCreatedResponse({ type: RegisteredView })
  register(@Ctx() ctx: RequestContext, @Body() body: RegisterDto): Promise<RegisteredView> {
    return this.auth.register(ctx, body);
  }

  @Post('auth/login')
  @StrictRateLimit()
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in: returns an access token and sets the refresh cookie',
    description:
      'Wrong e-mail and wrong password answer the same 401 INVALID_CREDENTIALS. Repeated failures slow down and then lock (429 SIGN_IN_LOCKED).',
    operationId: 'login',
  })
  @ApiOkResponse({ type: SessionView })
  async login(@Ctx() ctx: RequestContext, @Body() body: LoginDto, @Res({ passthrough: true }) res: Response): Promise<SessionView> {
    const { refreshToken, ...session } = await this.auth.signIn(ctx, body.email, body.password);
    setRefreshCookie(res, refreshToken, this.config);
    return session;
  }

  @Post('auth/refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange the refresh cookie for a new access token (the cookie rotates)', operationId: 'refreshSession' })
  @ApiOkResponse({ type: SessionView })
  async refresh(@Ctx() ctx: RequestContext, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionView> {
    const { refreshToken, ...session } = await this.auth.refresh(ctx, readRefreshCookie(req));
    setRefreshCookie(res, refreshToken, this.config);
    return session;
  }

  @Post('auth/logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: revoke this session and clear the cookie', operationId: 'logout' })
  @ApiNoContentResponse()
  async logout(@Ctx() ctx: RequestContext, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.signOut(ctx, readRefreshCookie(req));
    clearRefreshCookie(res, this.config);
  }

  @Post('auth/password')
  @StrictRateLimit()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a password through a one-time link (new reviewers)', operationId: 'setPassword' })
  @ApiOkResponse({ type: UserView })
  setPassword(@Ctx() ctx: RequestContext, @Body() body: SetPasswordDto): Promise<UserView> {
    return this.auth.setPassword(ctx, body.token, body.password);
  }

  @Get('me')
  @SignedIn()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user with roles and organisation', operationId: 'getMe' })
  @ApiOkResponse({ type: UserView })
  me(@SignedInCtx() ctx: SignedInContext): Promise<UserView> {
    return this.auth.me(ctx);
  }
}
