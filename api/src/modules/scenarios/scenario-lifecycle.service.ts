import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { JobRunner } from '../../jobs/job-runner';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { OutboxService } from '../search/outbox.service';
import { sealKey } from './scenario-rules';
import { Scenario } from './scenario.entity';

const SYSTEM: RequestContext = { principal: null, requestId: 'scheduler', ip: null, userAgent: null };
/** The longest the scheduler sleeps; it wakes earlier for the next deadline. */
const MAX_SLEEP_MS = 15_000;

/**
 * Time-driven transitions: an open scenario closes at its deadline (server clock), and closing
 * a sealed scenario is its bid opening — the one moment its solutions become readable by the
 * agency, admins and (later) reviewers, recorded in the audit log with the number received.
 *
 * The scheduler sleeps until the next deadline (at most 15 s), and every read that depends on
 * the state calls `settle()`, so "closed" never waits for a timer.
 */
@Injectable()
export class ScenarioLifecycleService implements OnModuleInit {
  private readonly logger = new Logger(ScenarioLifecycleService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'deadlines',
      enabled: this.config.SCHEDULER,
      run: async () => {
        await this.closeExpired();
        return this.untilNextDeadline();
      },
      idleMs: MAX_SLEEP_MS,
      backoffMs: 1_000,
      maxBackoffMs: MAX_SLEEP_MS,
    });
  }

  /** Milliseconds until the next open scenario's deadline (a few ms after it), at most MAX_SLEEP_MS. */
  private async untilNextDeadline(): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT min(deadline) AS next FROM scenarios WHERE status = 'open'`)) as {
      next: Date | null;
    }[];
    if (!row?.next) return MAX_SLEEP_MS;
    return Math.max(5, Math.min(MAX_SLEEP_MS, row.next.getTime() - this.clock.now().getTime() + 5));
  }

  /** closeScenario for every open scenario past its deadline; safe to run in several replicas. */
  closeExpired(): Promise<number> {
    return this.close();
  }

  /**
   * The scenario as it stands now: when it is still marked open but its deadline has passed,
   * it is closed (and its bids opened) first. Reads that depend on the state go through here.
   */
  async settle<T extends Scenario>(scenario: T): Promise<T> {
    if (scenario.status !== 'open' || !scenario.deadline || scenario.deadline.getTime() > this.clock.now().getTime()) return scenario;
    await this.close([scenario.id]);
    const fresh = await this.dataSource.getRepository(Scenario).findOneByOrFail({ id: scenario.id });
    return Object.assign(scenario, { status: fresh.status, closedAt: fresh.closedAt, updatedAt: fresh.updatedAt });
  }

  /**
   * Closes open scenarios whose deadline has passed — all of them (skipping rows another
   * replica is closing), or the given ones (waiting for such a replica, so the caller sees
   * the result). For a sealed scenario this is the bid opening: one audit entry with the
   * time and the number of solutions received, sealed audit entries released, the agency told.
   */
  private async close(ids?: string[]): Promise<number> {
    const closed = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const rows = (await manager.query(
        ids
          ? `SELECT id, sealed, title, organization_id, deadline FROM scenarios
              WHERE status = 'open' AND deadline <= $1 AND id = ANY($2) ORDER BY deadline FOR UPDATE`
          : `SELECT id, sealed, title, organization_id, deadline FROM scenarios
              WHERE status = 'open' AND deadline <= $1 ORDER BY deadline LIMIT 200 FOR UPDATE SKIP LOCKED`,
        ids ? [now, ids] : [now],
      )) as { id: string; sealed: boolean; title: string; organization_id: string; deadline: Date }[];
      if (rows.length === 0) return 0;
      await manager.query(`UPDATE scenarios SET status = 'closed', closed_at = $2, updated_at = $2 WHERE id = ANY($1)`, [
        rows.map((r) => r.id),
        now,
      ]);
      for (const row of rows) {
        await this.audit.record(manager, SYSTEM, {
          action: 'scenario.closed',
          targetType: 'scenario',
          targetId: row.id,
          summary: { before: { status: 'open' }, after: { status: 'closed' }, deadline: row.deadline.toISOString() },
        });
        if (!row.sealed) continue;
        const [{ received }] = (await manager.query(
          `SELECT count(*)::int AS received FROM solutions WHERE scenario_id = $1 AND status NOT IN ('draft', 'withdrawn')`,
          [row.id],
        )) as { received: number }[];
        // What happened under seal joins the log first, in its order and with its own times.
        const journal = await this.audit.release(manager, sealKey(row.id));
        await this.audit.record(manager, SYSTEM, {
          action: 'solutions.opened',
          targetType: 'scenario',
          targetId: row.id,
          summary: {
            openedAt: now.toISOString(),
            deadline: row.deadline.toISOString(),
            received,
            sealedEntries: journal.released,
            sealedJournalIntact: journal.intact,
          },
        });
        await this.notifications.notifyMembers(manager, row.organization_id, 'solutions.opened', {
          scenarioId: row.id,
          title: row.title,
          received,
        });
      }
      await this.outbox.enqueue(
        manager,
        'scenario',
        rows.map((r) => r.id),
      );
      return rows.length;
    });
    if (closed > 0) {
      this.logger.log(`Closed ${closed} scenario(s) at their deadline`);
    }
    return closed;
  }
}
