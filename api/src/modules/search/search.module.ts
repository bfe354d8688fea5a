import { ReconcileService } from './reconcile.service';
import { Global, Module } from '@nestjs/common';
import { MeiliService } from './meili.service';
import { OutboxService } from './outbox.service';
import { ReindexService } from './reindex.service';
import { ScenarioSearchService } from './scenario-search.service';
import { SearchAdminController } from './search-admin.controller';
import { SearchSyncService } from './search-sync.service';

/** Meilisearch: client, outbox and its worker, reindexing, and the public scenario search. */
@Global()
@Module({
  controllers: [SearchAdminController],
  providers: [MeiliService, OutboxService, SearchSyncService, ReindexService, ReconcileService, ScenarioSearchService],
  exports: [MeiliService, OutboxService, SearchSyncService, ReindexService, ReconcileService, ScenarioSearchService],
})
export class SearchModule {}
