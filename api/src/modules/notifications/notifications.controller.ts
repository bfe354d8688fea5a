import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { toPage } from '../../common/dto/page';
import {
  MarkedView,
  NotificationPage,
  NotificationQueryDto,
  NotificationSettingsView,
  NotificationView,
  toNotificationView,
  UnreadCountView,
  UpdateNotificationSettingsDto,
} from './notifications.dto';
import { MailService } from './mail.service';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@SignedIn()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first', operationId: 'listNotifications' })
  @ApiOkResponse({ type: NotificationPage })
  async list(@SignedInCtx() ctx: SignedInContext, @Query() query: NotificationQueryDto): Promise<NotificationPage> {
    const { items, total } = await this.notifications.list(ctx.principal.userId, query.page, query.pageSize, query.unread ?? false);
    return toPage(items, total, query, toNotificationView);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread', operationId: 'countUnreadNotifications' })
  @ApiOkResponse({ type: UnreadCountView })
  async unread(@SignedInCtx() ctx: SignedInContext): Promise<UnreadCountView> {
    return { unread: await this.notifications.unreadCount(ctx.principal.userId) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one notification read', operationId: 'markNotificationRead' })
  @ApiOkResponse({ type: NotificationView })
  async markRead(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<NotificationView> {
    return toNotificationView(await this.notifications.markRead(ctx.principal.userId, id));
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read', operationId: 'markAllNotificationsRead' })
  @ApiOkResponse({ type: MarkedView })
  async markAll(@SignedInCtx() ctx: SignedInContext): Promise<MarkedView> {
    return { marked: await this.notifications.markAllRead(ctx.principal.userId) };
  }

  @Get('settings')
  @ApiOperation({ summary: 'How I get notifications by e-mail', operationId: 'getNotificationSettings' })
  @ApiOkResponse({ type: NotificationSettingsView })
  async settings(@SignedInCtx() ctx: SignedInContext): Promise<NotificationSettingsView> {
    return { email: await this.notifications.emailMode(ctx.principal.userId), delivery: this.mail.mode };
  }

  @Put('settings')
  @ApiOperation({ summary: 'Choose immediate e-mails, a daily digest, or no e-mail', operationId: 'updateNotificationSettings' })
  @ApiOkResponse({ type: NotificationSettingsView })
  async updateSettings(
    @SignedInCtx() ctx: SignedInContext,
    @Body() body: UpdateNotificationSettingsDto,
  ): Promise<NotificationSettingsView> {
    return { email: await this.notifications.setEmailMode(ctx.principal.userId, body.email), delivery: this.mail.mode };
  }
}
