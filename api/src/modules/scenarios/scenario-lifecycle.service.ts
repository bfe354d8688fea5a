import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../search/outbox.service';
import { SearchSyncService } from '../search/search-sync.service';

const SYSTEM: RequestContext = { principal: null, requestId: 'scheduler', ip: null, userAgent: null };
const INTERVAL_MS = 15_000;

/** Time-driven transitions: an open scenario closes when its deadline passes (server clock). */
@Injectable()
export class ScenarioLifecycleService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ScenarioLifecycleService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly sync: SearchSyncService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.SCHEDULER) return;
    const tick = () => {
      this.running = this.closeExpired().catch((error: unknown) =>
        this.logger.warn(`Closing expired scenarios failed: ${(error as Error).message}`),
      );
    };
    tick();
    this.timer = setInterval(tick, INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** closeScenario for every open scenario past its deadline; safe to run in several replicas. */
  async closeExpired(): Promise<number> {
    const closed = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const rows = (await manager.query(
        `SELECT id FROM scenarios WHERE status = 'open' AND deadline <= $1 ORDER BY deadline LIMIT 200 FOR UPDATE SKIP LOCKED`,
        [now],
      )) as { id: string }[];
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      await manager.query(`UPDATE scenarios SET status = 'closed', closed_at = $2, updated_at = $2 WHERE id = ANY($1)`, [ids, now]);
      for (const id of ids) {
        await this.audit.record(manager, SYSTEM, {
          action: 'scenario.closed',
          targetType: 'scenario',
          targetId: id,
          summary: { before: { status: 'open' }, after: { status: 'closed' } },
        });
      }
      await this.outbox.enqueue(manager, 'scenario', ids);
      return ids.length;
    });
    if (closed > 0) {
      this.logger.log(`Closed ${closed} scenario(s) at their deadline`);
      this.sync.nudge();
    }
    return closed;
  }
}
