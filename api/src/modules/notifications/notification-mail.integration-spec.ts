import { JobRunner } from '../../jobs/job-runner';
import { simpleParser, type ParsedMail } from 'mailparser';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { ManualClock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { Harness } from '../../../test/factories';
import { createScratchDatabase } from '../../../test/scratch-database';
import { MailService } from './mail.service';
import { localDateAndHour, NotificationMailerService } from './notification-mailer.service';
import { NotificationsService, type NotificationType } from './notifications.service';

type Member = Awaited<ReturnType<Harness['register']>>;

/** 06:00 on 2 March 2031 in Shanghai (UTC+8). */
const EARLY = new Date('2031-03-01T22:00:00Z');
const HOUR = 3_600_000;

describe('notifications by e-mail: immediately, as a daily digest, or not at all', () => {
  const clock = new ManualClock(EARLY);
  const mailDir = mkdtempSync(path.join(tmpdir(), 'scenebridge-mail-'));
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let immediate: Member;
  let daily: Member;
  let off: Member;
  let mailer: NotificationMailerService;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start(
      { DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true', MAIL_DIR: mailDir, PUBLIC_URL: 'https://portal.example.cn' },
      { clock },
    );
    mailer = h.app.get(NotificationMailerService);
    immediate = await h.register({ kind: 'enterprise' });
    daily = await h.register({ kind: 'enterprise' });
    off = await h.register({ kind: 'enterprise' });
    // Registration notified the admins; those mails are not what these tests read.
    await mailer.deliverDue();
    rmSync(mailDir, { recursive: true, force: true });
  });

  afterAll(async () => {
    await h.close();
    await scratch.drop();
    rmSync(mailDir, { recursive: true, force: true });
  });

  async function notify(member: Member, type: NotificationType, params: Record<string, unknown>) {
    await h.app.get(DataSource).transaction((m) => h.app.get(NotificationsService).notify(m, [member.userId], type, params));
  }

  function mails(): Promise<ParsedMail[]> {
    if (!existsSync(mailDir)) return Promise.resolve([]);
    return Promise.all(
      readdirSync(mailDir)
        .sort()
        .map((f) => simpleParser(readFileSync(path.join(mailDir, f)))),
    );
  }

  const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;

  it('lets each user choose, and validates the choice', async () => {
    const initial = await h.http().get('/api/v1/notifications/settings').set(immediate.session.auth).expect(200);
    expect(initial.body).toEqual({ email: 'immediate', delivery: 'folder' });
    await h.http().put('/api/v1/notifications/settings').set(daily.session.auth).send({ email: 'daily' }).expect(200);
    await h.http().put('/api/v1/notifications/settings').set(off.session.auth).send({ email: 'off' }).expect(200);
    const bad = await h.http().put('/api/v1/notifications/settings').set(off.session.auth).send({ email: 'hourly' }).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    await h.http().get('/api/v1/notifications/settings').expect(401);
    const stored = await h.http().get('/api/v1/notifications/settings').set(daily.session.auth).expect(200);
    expect(stored.body.email).toBe('daily');
  });

  it('sends an immediate e-mail once, in Chinese then English, with a link', async () => {
    const params = {
      scenarioId: 'a1b2',
      title: '路口信号配时优化',
      code: '2031-01-001',
      reasonsZh: ['具备所需能力：机器视觉'],
      reasonsEn: ['Has the required capabilities: 机器视觉'],
    };
    for (const member of [immediate, daily, off]) await notify(member, 'scenario.matched', params);
    expect(await mailer.deliverDue()).toBe(1);
    const [mail, ...others] = await mails();
    expect(others).toHaveLength(0);
    expect(to(mail)).toBe(immediate.input.email);
    expect(mail.subject).toContain('新发布的场景“路口信号配时优化”');
    expect(mail.text).toContain('具备所需能力：机器视觉');
    expect(mail.text).toContain('fits your capabilities: Has the required capabilities: 机器视觉');
    expect(mail.text).toContain('https://portal.example.cn/scenarios/a1b2');
    expect(mail.html).toContain('<a href="https://portal.example.cn/scenarios/a1b2">');
    // Nothing is sent twice.
    expect(await mailer.deliverDue()).toBe(0);
    expect(await mails()).toHaveLength(1);
  });

  it('sends one daily digest from the digest hour on, once a day', async () => {
    await notify(daily, 'search.matched', {
      searchId: 's',
      searchName: '四川 交通',
      scenarioId: 'c3',
      title: '第二个场景',
      code: '2031-01-002',
    });
    expect(localDateAndHour(clock.now(), 'Asia/Shanghai').hour).toBe(6);
    expect(await mailer.deliverDue()).toBe(0);
    clock.advance(2.5 * HOUR); // 08:30 in Shanghai
    expect(await mailer.deliverDue()).toBe(1);
    const digest = (await mails()).find((m) => to(m) === daily.input.email)!;
    expect(digest.subject).toContain('每日通知摘要 2031-03-02（2 条）');
    expect(digest.text).toContain('1. 新发布的场景“路口信号配时优化”');
    expect(digest.text).toContain('2. 您保存的搜索“四川 交通”有新场景：“第二个场景”');
    // Later the same day: nothing more, even with something new.
    await notify(daily, 'member.removed', {});
    clock.advance(3 * HOUR);
    expect(await mailer.deliverDue()).toBe(0);
    // The next morning, the new one comes alone.
    clock.advance(21 * HOUR);
    expect(await mailer.deliverDue()).toBe(1);
    const digests = (await mails()).filter((m) => to(m) === daily.input.email);
    expect(digests).toHaveLength(2);
    expect(digests[1].subject).toContain('2031-03-03（1 条）');
  });

  it('never e-mails a user who switched e-mail off', async () => {
    await notify(off, 'member.removed', {});
    await mailer.deliverDue();
    expect((await mails()).filter((m) => to(m) === off.input.email)).toEqual([]);
    const [{ pending }] = (await h.app
      .get(DataSource)
      .query('SELECT count(*)::int AS pending FROM notifications WHERE user_id = $1 AND emailed_at IS NULL', [off.userId])) as {
      pending: number;
    }[];
    expect(pending).toBe(0);
  });

  it('keeps notifications pending when the SMTP server cannot be reached, and sends them later', async () => {
    await notify(immediate, 'member.removed', {});
    const config = h.app.get(AppConfig);
    const unreachable = Object.assign(new AppConfig(), config, { SMTP_URL: 'smtp://127.0.0.1:9', MAIL_DIR: '' });
    const smtp = new MailService(unreachable);
    const failing = new NotificationMailerService(h.app.get(DataSource), smtp, unreachable, clock, new JobRunner());
    await expect(failing.deliverDue()).rejects.toThrow();
    smtp.onApplicationShutdown();
    const pending = async () =>
      (
        (await h.app
          .get(DataSource)
          .query('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND emailed_at IS NULL', [immediate.userId])) as {
          n: number;
        }[]
      )[0].n;
    expect(await pending()).toBe(1);
    expect(await mailer.deliverDue()).toBe(1);
    expect(await pending()).toBe(0);
  });
});
