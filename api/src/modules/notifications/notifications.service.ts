import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { User } from '../users/user.entity';
import { Notification } from './notification.entity';
import { NotificationPreference, type EmailMode } from './notification-preference.entity';

/** Notification types the web app knows how to render. */
export type NotificationType =
  | 'organization.verified'
  | 'organization.rejected'
  | 'organization.pending_review'
  | 'member.joined'
  | 'member.removed'
  | 'scenario.pending_review'
  | 'scenario.published'
  | 'scenario.returned'
  | 'scenario.cancelled'
  | 'scenario.amended'
  | 'solution.received'
  | 'solutions.opened'
  | 'scenario.matched'
  | 'search.matched'
  | 'review.assigned'
  | 'solution.shortlisted'
  | 'result.announced'
  | 'scenario.no_award'
  | 'objection.filed'
  | 'objection.answered'
  | 'feedback.released';

@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Notifies people inside the caller's transaction, so a rolled-back change notifies no one. */
  async notify(manager: EntityManager, userIds: string[], type: NotificationType, params: Record<string, unknown>): Promise<void> {
    if (userIds.length === 0) return;
    await manager.insert(
      Notification,
      userIds.map((userId) => ({ userId, type, params }) as QueryDeepPartialEntity<Notification>),
    );
  }

  /** Notifies every active platform admin. */
  async notifyPlatformAdmins(manager: EntityManager, type: NotificationType, params: Record<string, unknown>): Promise<void> {
    const admins = await manager.find(User, { select: { id: true }, where: { platformRole: 'admin', active: true } });
    await this.notify(
      manager,
      admins.map((a) => a.id),
      type,
      params,
    );
  }

  /** Notifies every active member of an organisation. */
  async notifyMembers(
    manager: EntityManager,
    organizationId: string,
    type: NotificationType,
    params: Record<string, unknown>,
  ): Promise<void> {
    const members = await manager.find(User, { select: { id: true }, where: { organizationId, active: true } });
    await this.notify(
      manager,
      members.map((m) => m.id),
      type,
      params,
    );
  }

  async list(userId: string, page: number, pageSize: number, unreadOnly: boolean): Promise<{ items: Notification[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(Notification).findAndCount({
      where: { userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }

  unreadCount(userId: string): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ userId, readAt: IsNull() });
  }

  /** Marks one of the caller's notifications read; someone else's answers 404. */
  async markRead(userId: string, id: string): Promise<Notification> {
    const repository = this.dataSource.getRepository(Notification);
    const notification = await repository.findOneBy({ id, userId });
    if (!notification) throw new DomainError('NOT_FOUND', 'No such notification.');
    if (!notification.readAt) {
      notification.readAt = this.clock.now();
      await repository.save(notification);
    }
    return notification;
  }

  async markAllRead(userId: string): Promise<number> {
    const result = await this.dataSource.getRepository(Notification).update({ userId, readAt: IsNull() }, { readAt: this.clock.now() });
    return result.affected ?? 0;
  }

  async emailMode(userId: string): Promise<EmailMode> {
    return (await this.dataSource.getRepository(NotificationPreference).findOneBy({ userId }))?.emailMode ?? 'immediate';
  }

  /** Sets how the user gets e-mail; notifications not yet e-mailed are not sent once it is off. */
  async setEmailMode(userId: string, emailMode: EmailMode): Promise<EmailMode> {
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(NotificationPreference, { userId, emailMode }, ['userId']);
      if (emailMode === 'off') await manager.update(Notification, { userId, emailedAt: IsNull() }, { emailedAt: this.clock.now() });
    });
    return emailMode;
  }
}
