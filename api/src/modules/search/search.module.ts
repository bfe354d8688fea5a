import { Global, Module } from '@nestjs/common';
import { MeiliService } from './meili.service';
import { OutboxService } from './outbox.service';
import { ReconcileService } from './reconcile.service';
import { ReindexService } from './reindex.service';
import { SearchAdminController } from './search-admin.controller';
import { SearchIndexRegistry } from './search-index.registry';
import { SearchSyncService } from './search-sync.service';

/**
 * Meilisearch, for every module: the client, the registry where owning modules declare their
 * indexes (scenarios, profiles, users), the outbox and its worker, reindexing and
 * reconciliation. Search imports no other module.
 */
@Global()
@Module({
  controllers: [SearchAdminController],
  providers: [MeiliService, SearchIndexRegistry, OutboxService, SearchSyncService, ReindexService, ReconcileService],
  exports: [MeiliService, SearchIndexRegistry, OutboxService, SearchSyncService, ReindexService, ReconcileService],
})
export class SearchModule {}
