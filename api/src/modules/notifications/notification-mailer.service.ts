import { Injectable, type OnModuleInit } from '@nestjs/common';
import { notificationLink, notificationText } from '@scenebridge/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { JobRunner } from '../../jobs/job-runner';
import { MailService, type OutgoingMail } from './mail.service';

const INTERVAL_MS = 10_000;
/** After a failed send, wait this long before trying again. */
const RETRY_AFTER_MS = 60_000;
const BATCH = 50;
/** At most this many notifications are listed in one digest (the rest are on the notification page). */
const DIGEST_MAX_ITEMS = 50;

interface PendingRow {
  id: string;
  type: string;
  params: Record<string, unknown>;
  created_at: Date;
  email: string;
  display_name: string;
  active: boolean;
}

/**
 * E-mails notifications: each one as it comes (the default), or one daily digest at
 * DIGEST_HOUR in DIGEST_TIME_ZONE, or none, as each user chooses. Runs with the scheduler;
 * rows are claimed with SKIP LOCKED, so several replicas never send a mail twice.
 */
@Injectable()
export class NotificationMailerService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'mail',
      enabled: this.config.SCHEDULER,
      run: async () => {
        await this.deliverDue();
      },
      idleMs: INTERVAL_MS,
      backoffMs: RETRY_AFTER_MS,
      maxBackoffMs: RETRY_AFTER_MS,
    });
  }

  /** Sends what is due now; returns how many e-mails went out. */
  async deliverDue(): Promise<number> {
    await this.skipSwitchedOff();
    let sent = 0;
    for (;;) {
      const batch = await this.sendImmediate();
      sent += batch.sent;
      if (batch.failure) throw batch.failure;
      if (batch.claimed < BATCH) break;
    }
    const digests = await this.sendDigests();
    if (digests.failure) throw digests.failure;
    return sent + digests.sent;
  }

  /** Notifications of users who switched e-mail off are never sent. */
  private async skipSwitchedOff(): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET emailed_at = $1 WHERE emailed_at IS NULL
         AND user_id IN (SELECT user_id FROM notification_preferences WHERE email_mode = 'off')`,
      [this.clock.now()],
    );
  }

  /** A failed send ends the batch; what was sent before it is committed as sent. */
  private async sendImmediate(): Promise<{ claimed: number; sent: number; failure?: unknown }> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT n.id, n.type, n.params, n.created_at, u.email, u.display_name, u.active
           FROM notifications n
           JOIN users u ON u.id = n.user_id
           LEFT JOIN notification_preferences p ON p.user_id = n.user_id
          WHERE n.emailed_at IS NULL AND coalesce(p.email_mode, 'immediate') = 'immediate'
          ORDER BY n.created_at
          LIMIT $1
          FOR UPDATE OF n SKIP LOCKED`,
        [BATCH],
      )) as PendingRow[];
      let sent = 0;
      for (const row of rows) {
        try {
          if (row.active) await this.mail.send(this.single(row));
        } catch (failure) {
          return { claimed: rows.length, sent, failure };
        }
        await this.markEmailed(manager, [row.id]);
        if (row.active) sent++;
      }
      return { claimed: rows.length, sent };
    });
  }

  /** One digest per daily user, once a local day, from DIGEST_HOUR on. */
  private async sendDigests(): Promise<{ sent: number; failure?: unknown }> {
    const { date, hour } = localDateAndHour(this.clock.now(), this.config.DIGEST_TIME_ZONE);
    if (hour < this.config.DIGEST_HOUR) return { sent: 0 };
    return this.dataSource.transaction(async (manager) => {
      const users = (await manager.query(
        `SELECT p.user_id, u.email, u.display_name, u.active
           FROM notification_preferences p JOIN users u ON u.id = p.user_id
          WHERE p.email_mode = 'daily' AND (p.digest_sent_on IS NULL OR p.digest_sent_on < $1::date)
            AND EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = p.user_id AND n.emailed_at IS NULL)
          LIMIT $2
          FOR UPDATE OF p SKIP LOCKED`,
        [date, BATCH],
      )) as { user_id: string; email: string; display_name: string; active: boolean }[];
      let sent = 0;
      for (const user of users) {
        const items = (await manager.query(
          `SELECT id, type, params, created_at FROM notifications WHERE user_id = $1 AND emailed_at IS NULL ORDER BY created_at FOR UPDATE`,
          [user.user_id],
        )) as PendingRow[];
        if (user.active && items.length) {
          try {
            await this.mail.send(this.digest(user.email, user.display_name, items, date));
          } catch (failure) {
            return { sent, failure };
          }
          sent++;
        }
        await this.markEmailed(
          manager,
          items.map((i) => i.id),
        );
        await manager.query('UPDATE notification_preferences SET digest_sent_on = $2::date WHERE user_id = $1', [user.user_id, date]);
      }
      return { sent };
    });
  }

  private async markEmailed(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length) await manager.query('UPDATE notifications SET emailed_at = $2 WHERE id = ANY($1)', [ids, this.clock.now()]);
  }

  private single(row: PendingRow): OutgoingMail {
    const zh = notificationText(row.type, row.params, 'zh');
    const en = notificationText(row.type, row.params, 'en');
    const link = this.absolute(notificationLink(row.type, row.params));
    const subject = `SceneBridge：${truncate(zh, 60)}`;
    const text = [`${row.display_name}，您好：`, '', zh, '', en, ...(link ? ['', link] : []), '', this.footerText()].join('\n');
    const html = page(
      `<p>${esc(row.display_name)}，您好：</p><p>${esc(zh)}</p><p lang="en">${esc(en)}</p>${link ? `<p><a href="${esc(link)}">${esc(link)}</a></p>` : ''}`,
      this.footerHtml(),
    );
    return { to: row.email, subject, text, html };
  }

  private digest(email: string, name: string, items: PendingRow[], date: string): OutgoingMail {
    const shown = items.slice(0, DIGEST_MAX_ITEMS);
    const more = items.length - shown.length;
    const lines = shown.map((row) => {
      const link = this.absolute(notificationLink(row.type, row.params));
      return { zh: notificationText(row.type, row.params, 'zh'), en: notificationText(row.type, row.params, 'en'), link };
    });
    const subject = `SceneBridge 每日通知摘要 ${date}（${items.length} 条）/ Daily digest`;
    const text = [
      `${name}，您好：以下是您的 ${items.length} 条新通知。`,
      `Your ${items.length} new notification(s):`,
      '',
      ...lines.flatMap((l, i) => [`${i + 1}. ${l.zh}`, `   ${l.en}`, ...(l.link ? [`   ${l.link}`] : []), '']),
      ...(more > 0
        ? [`另有 ${more} 条，请在通知页面查看 / ${more} more on the notification page: ${this.config.publicUrl}/notifications`, '']
        : []),
      this.footerText(),
    ].join('\n');
    const html = page(
      `<p>${esc(name)}，您好：以下是您的 ${items.length} 条新通知。<br><span lang="en">Your ${items.length} new notification(s):</span></p><ol>${lines
        .map(
          (l) =>
            `<li><p>${esc(l.zh)}<br><span lang="en">${esc(l.en)}</span>${l.link ? `<br><a href="${esc(l.link)}">${esc(l.link)}</a>` : ''}</p></li>`,
        )
        .join(
          '',
        )}</ol>${more > 0 ? `<p>另有 ${more} 条 / ${more} more: <a href="${esc(this.config.publicUrl)}/notifications">${esc(this.config.publicUrl)}/notifications</a></p>` : ''}`,
      this.footerHtml(),
    );
    return { to: email, subject, text, html };
  }

  private absolute(link: string | null): string | null {
    return link ? `${this.config.publicUrl}${link}` : null;
  }

  private footerText(): string {
    return `—\n在通知页面可改为每日摘要或关闭邮件 / Change to a daily digest or switch e-mail off: ${this.config.publicUrl}/notifications`;
  }

  private footerHtml(): string {
    const url = `${this.config.publicUrl}/notifications`;
    return `<p style="color:#555;font-size:12px">在通知页面可改为每日摘要或关闭邮件 / Change to a daily digest or switch e-mail off: <a href="${esc(url)}">${esc(url)}</a></p>`;
  }
}

/** The local calendar date (YYYY-MM-DD) and hour (0–23) of an instant in a time zone. */
export function localDateAndHour(at: Date, timeZone: string): { date: string; hour: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function page(body: string, footer: string): string {
  return `<!doctype html><html lang="zh-CN"><body style="font-family:sans-serif;line-height:1.6">${body}${footer}</body></html>`;
}
