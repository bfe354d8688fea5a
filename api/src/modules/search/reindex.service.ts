import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { MeiliService } from './meili.service';
import { OutboxService } from './outbox.service';
import { SearchIndexRegistry } from './search-index.registry';
import { ensureIndex, succeeded } from './search-sync.service';

export interface ReindexProgress {
  indexed: number;
  total: number;
}

const PAGE = 1_000;
/** Pages sent ahead of the one Meilisearch is indexing: it batches queued additions together. */
const PAGES_IN_FLIGHT = 20;
const TIMEOUT = { timeout: 120_000 };

/**
 * Rebuilds a registered index from PostgreSQL into a fresh index, then swaps it with the live
 * one in a single Meilisearch operation: searches keep answering from the old index until the
 * swap. Records changed while the rebuild ran are queued again so the new index catches up.
 */
@Injectable()
export class ReindexService {
  private readonly logger = new Logger(ReindexService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly meili: MeiliService,
    private readonly clock: Clock,
    private readonly indexes: SearchIndexRegistry,
    private readonly outbox: OutboxService,
  ) {}

  rebuildScenarios(onProgress?: (p: ReindexProgress) => void): Promise<ReindexProgress> {
    return this.rebuild('scenarios', onProgress);
  }

  rebuildCapabilities(onProgress?: (p: ReindexProgress) => void): Promise<ReindexProgress> {
    return this.rebuild('capabilities', onProgress);
  }

  async rebuild(name: string, onProgress: (p: ReindexProgress) => void = () => undefined): Promise<ReindexProgress> {
    const definition = this.indexes.get(name);
    const started = this.clock.now();
    const live = this.meili.indexName(definition.name);
    const fresh = `${live}_rebuild_${started.getTime()}`;
    await succeeded(this.meili.client.createIndex(fresh, { primaryKey: 'id' }).waitTask(TIMEOUT));
    try {
      await succeeded(this.meili.client.index(fresh).updateSettings(definition.settings).waitTask(TIMEOUT));
      const total = await definition.count();
      let indexed = 0;
      let after: string | null = null;
      onProgress({ indexed, total });
      const upload = new PipelinedUpload(this.meili, fresh, (done) => onProgress({ indexed: done, total }));
      for (;;) {
        const page = await definition.page(after, PAGE);
        if (page.length === 0) break;
        await upload.add(page);
        indexed += page.length;
        after = page[page.length - 1].id;
      }
      await upload.finish();
      await ensureIndex(this.meili, live);
      await succeeded(this.meili.client.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask(TIMEOUT));
      // Everything changed since the rebuild began goes through the outbox once more.
      const changed = await definition.changedSince(started);
      await this.dataSource.transaction((manager) => this.outbox.enqueue(manager, definition.topic, changed));
      this.logger.log(`Rebuilt ${live}: ${indexed} documents`);
      return { indexed, total };
    } finally {
      // After the swap this is the old index; before it, a half-built one.
      await this.meili.client.deleteIndexIfExists(fresh).catch(() => undefined);
    }
  }
}

/**
 * Sends pages of documents without waiting for each to be indexed, keeping at most
 * PAGES_IN_FLIGHT queued: Meilisearch merges queued additions into large batches, which indexes
 * far faster than one page at a time, while memory stays bounded. Any failed task fails the rebuild.
 */
class PipelinedUpload {
  private readonly queued: { uid: number; count: number }[] = [];
  private indexed = 0;

  constructor(
    private readonly meili: MeiliService,
    private readonly indexUid: string,
    private readonly onIndexed: (indexed: number) => void,
  ) {}

  async add(documents: object[]): Promise<void> {
    if (documents.length === 0) return;
    const { taskUid } = await this.meili.client.index(this.indexUid).addDocuments(documents);
    this.queued.push({ uid: taskUid, count: documents.length });
    while (this.queued.length > PAGES_IN_FLIGHT) await this.waitOldest();
  }

  async finish(): Promise<void> {
    while (this.queued.length > 0) await this.waitOldest();
  }

  private async waitOldest(): Promise<void> {
    const { uid, count } = this.queued.shift()!;
    await succeeded(this.meili.client.tasks.waitForTask(uid, TIMEOUT));
    this.indexed += count;
    this.onIndexed(this.indexed);
  }
}
