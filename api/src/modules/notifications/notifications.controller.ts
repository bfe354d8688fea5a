import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { toPage } from '../../common/dto/page';
import {
  MarkedView,
  NotificationPage,
  NotificationQueryDto,
  NotificationView,
  toNotificationView,
  UnreadCountView,
} from './notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@SignedIn()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

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
}
