import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageOf, PageQuery } from '../../common/dto/page';
import type { Notification } from './notification.entity';

export class NotificationQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'organization.verified', description: 'Rendered by the client in the reader’s language' }) type!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) params!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) readAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NotificationPage extends PageOf(NotificationView, 'NotificationPage') {}

export class UnreadCountView {
  @ApiProperty({ example: 3 }) unread!: number;
}

export class MarkedView {
  @ApiProperty({ example: 3 }) marked!: number;
}

export function toNotificationView(n: Notification): NotificationView {
  return { id: n.id, type: n.type, params: n.params, readAt: n.readAt?.toISOString() ?? null, createdAt: n.createdAt.toISOString() };
}
