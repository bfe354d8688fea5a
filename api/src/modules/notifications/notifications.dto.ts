import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { EMAIL_MODES, type EmailMode } from './notification-preference.entity';
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

export class NotificationSettingsView {
  @ApiProperty({ enum: EMAIL_MODES, description: 'immediate: one e-mail per notification; daily: one digest a day; off: no e-mail' })
  email!: EmailMode;
  @ApiProperty({ enum: ['smtp', 'folder', 'log'], description: 'How this server delivers e-mail' }) delivery!: 'smtp' | 'folder' | 'log';
}

export class UpdateNotificationSettingsDto {
  @ApiProperty({ enum: EMAIL_MODES })
  @IsIn(EMAIL_MODES)
  email!: EmailMode;
}
