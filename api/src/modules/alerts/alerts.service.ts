import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { MultiSearchQuery } from 'meilisearch';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { MatchEngine } from '../matching/match-engine';
import { NotificationsService } from '../notifications/notifications.service';
import { Scenario } from '../scenarios/scenario.entity';
import { MeiliService } from '../search/meili.service';
import { buildFilters, quote } from '../scenarios/scenario-search.service';
import { SearchSyncService } from '../search/search-sync.service';
import { SavedSearch } from './saved-search.entity';

/** Enterprises scored for one publication (the alert threshold cuts the list much shorter). */
const ALERT_CANDIDATES = 200;
/** Saved searches asked of Meilisearch in one multi-search. */
const SEARCH_CHUNK = 100;

/**
 * Alerts for a newly published scenario, run by the outbox worker after the scenario is in
 * the index (outbox topic `alert`, written in the publishing transaction): enterprises whose
 * profile matches above the threshold, and users whose saved search finds it. Each pair is
 * alerted once, whatever retries happen.
 */
@Injectable()
export class AlertsService implements OnModuleInit {
  private readonly logger = new Logger(AlertsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: MatchEngine,
    private readonly meili: MeiliService,
    private readonly sync: SearchSyncService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.sync.onTopic('alert', (ids) => this.alertPublished(ids));
  }

  async alertPublished(scenarioIds: string[]): Promise<void> {
    for (const id of scenarioIds) {
      const scenario = await this.dataSource.getRepository(Scenario).findOneBy({ id });
      // Closed, cancelled or withdrawn before the alert ran: nobody is told about it.
      if (!scenario || scenario.status !== 'open') continue;
      const enterprises = await this.alertEnterprises(scenario);
      const searches = await this.alertSavedSearches(scenario);
      if (enterprises + searches > 0)
        this.logger.log(`Scenario ${scenario.code ?? id}: alerted ${enterprises} enterprise(s), ${searches} saved search(es)`);
    }
  }

  /** Enterprises whose profile matches the scenario at or above MATCH_ALERT_THRESHOLD. */
  async alertEnterprises(scenario: Scenario): Promise<number> {
    const matches = (await this.engine.enterprisesFor(scenario, ALERT_CANDIDATES)).filter(
      (m) => m.result.score >= this.config.MATCH_ALERT_THRESHOLD,
    );
    if (matches.length === 0) return 0;
    const [zh, en] = await Promise.all([
      this.engine.describe(
        matches.map((m) => m.result),
        'zh',
      ),
      this.engine.describe(
        matches.map((m) => m.result),
        'en',
      ),
    ]);
    return this.dataSource.transaction(async (manager) => {
      let alerted = 0;
      for (const [i, match] of matches.entries()) {
        const inserted = (await manager.query(
          `INSERT INTO match_alerts (scenario_id, organization_id, score) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING organization_id`,
          [scenario.id, match.organization.id, match.result.score],
        )) as unknown[];
        if (inserted.length === 0) continue;
        await this.notifications.notifyMembers(manager, match.organization.id, 'scenario.matched', {
          scenarioId: scenario.id,
          title: scenario.title,
          code: scenario.code,
          score: match.result.score,
          reasonsZh: zh[i],
          reasonsEn: en[i],
        });
        alerted++;
      }
      return alerted;
    });
  }

  /** Saved searches (alerts on) of active users that find the scenario: all their words, all their filters. */
  async alertSavedSearches(scenario: Scenario): Promise<number> {
    const searches = await this.dataSource
      .getRepository(SavedSearch)
      .createQueryBuilder('s')
      .innerJoin('s.user', 'u', 'u.active = true')
      .where('s.alerts = true')
      .andWhere('NOT EXISTS (SELECT 1 FROM saved_search_alerts a WHERE a.saved_search_id = s.id AND a.scenario_id = :id)', {
        id: scenario.id,
      })
      .getMany();
    if (searches.length === 0) return 0;
    const indexUid = this.meili.indexName('scenarios');
    const index = this.meili.client.index(indexUid);
    // The document must be there, else a saved search could wrongly miss it: retry later.
    await index.getDocument(scenario.id, { fields: ['id'] }).catch(() => {
      throw new Error(`scenario ${scenario.id} is not in the search index yet`);
    });
    const found: SavedSearch[] = [];
    for (let i = 0; i < searches.length; i += SEARCH_CHUNK) {
      const chunk = searches.slice(i, i + SEARCH_CHUNK);
      const { results } = await this.meili.client.multiSearch<{ queries: MultiSearchQuery[] }, { id: string }>({
        queries: chunk.map((s) => ({
          indexUid,
          q: s.query.q ?? '',
          matchingStrategy: 'all',
          filter: [...Object.values(buildFilters({ ...s.query, page: 1, pageSize: 1 })), `id = ${quote(scenario.id)}`],
          limit: 1,
          attributesToRetrieve: ['id'],
        })),
      });
      results.forEach((r, j) => {
        if (r.hits.length > 0) found.push(chunk[j]);
      });
    }
    if (found.length === 0) return 0;
    return this.dataSource.transaction(async (manager) => {
      let alerted = 0;
      for (const search of found) {
        const inserted = (await manager.query(
          `INSERT INTO saved_search_alerts (saved_search_id, scenario_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING scenario_id`,
          [search.id, scenario.id],
        )) as unknown[];
        if (inserted.length === 0) continue;
        await this.notifications.notify(manager, [search.userId], 'search.matched', {
          searchId: search.id,
          searchName: search.name,
          scenarioId: scenario.id,
          title: scenario.title,
          code: scenario.code,
        });
        alerted++;
      }
      return alerted;
    });
  }
}
