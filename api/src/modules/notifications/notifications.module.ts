import { Global, Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller';
import { MailService } from './mail.service';
import { NotificationMailerService } from './notification-mailer.service';
import { NotificationsService } from './notifications.service';

@Global()
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, MailService, NotificationMailerService],
  exports: [NotificationsService, MailService, NotificationMailerService],
})
export class NotificationsModule {}
