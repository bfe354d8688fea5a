import { Injectable, Logger } from '@nestjs/common';
import { PUBLISHED_SCENARIO_STATUSES } from '@scenebridge/shared';
import { DataSource, In, MoreThan } from 'typeorm';
import { Clock } from '../../common/clock';
import { Scenario } from '../scenarios/scenario.entity';
import { CapabilityProfile } from '../profiles/capability-profile.entity';
import { isMatchable, toCapabilityDocument } from './capability-document';
import { CAPABILITY_INDEX_SETTINGS, SCENARIO_INDEX_SETTINGS } from './index-settings';
import { MeiliService } from './meili.service';
import { toScenarioDocument } from './scenario-document';
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
 * Rebuilds the `scenarios` index from PostgreSQL into a fresh index, then swaps it with the
 * live one in a single Meilisearch operation: searches keep answering from the old index until
 * the swap. Rows changed while the rebuild ran are queued again so the new index catches up.
 */
@Injectable()
export class ReindexService {
  private readonly logger = new Logger(ReindexService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly meili: MeiliService,
    private readonly clock: Clock,
  ) {}

  /** Rebuilds the capabilities index the same way (it is small: one document per enterprise). */
  async rebuildCapabilities(onProgress: (p: ReindexProgress) => void = () => undefined): Promise<ReindexProgress> {
    const started = this.clock.now();
    const live = this.meili.indexName('capabilities');
    const fresh = `${live}_rebuild_${started.getTime()}`;
    await succeeded(this.meili.client.createIndex(fresh, { primaryKey: 'id' }).waitTask(TIMEOUT));
    try {
      await succeeded(this.meili.client.index(fresh).updateSettings(CAPABILITY_INDEX_SETTINGS).waitTask(TIMEOUT));
      const profiles = await this.dataSource
        .getRepository(CapabilityProfile)
        .find({ where: { openForMatching: true }, relations: { organization: true } });
      const documents = profiles.filter((p) => isMatchable(p.organization!, p)).map((p) => toCapabilityDocument(p.organization!, p));
      const upload = new PipelinedUpload(this.meili, fresh, (indexed) => onProgress({ indexed, total: documents.length }));
      for (let i = 0; i < documents.length; i += PAGE) await upload.add(documents.slice(i, i + PAGE));
      await upload.finish();
      await ensureIndex(this.meili, live);
      await succeeded(this.meili.client.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask(TIMEOUT));
      await this.dataSource.query(
        `INSERT INTO search_outbox (topic, entity_id) SELECT 'capability', organization_id FROM capability_profiles WHERE updated_at >= $1`,
        [started],
      );
      return { indexed: documents.length, total: documents.length };
    } finally {
      await this.meili.client.deleteIndexIfExists(fresh).catch(() => undefined);
    }
  }

  async rebuildScenarios(onProgress: (p: ReindexProgress) => void = () => undefined): Promise<ReindexProgress> {
    const started = this.clock.now();
    const live = this.meili.indexName('scenarios');
    const fresh = `${live}_rebuild_${started.getTime()}`;
    await succeeded(this.meili.client.createIndex(fresh, { primaryKey: 'id' }).waitTask(TIMEOUT));
    try {
      await succeeded(this.meili.client.index(fresh).updateSettings(SCENARIO_INDEX_SETTINGS).waitTask(TIMEOUT));
      const repository = this.dataSource.getRepository(Scenario);
      const where = { status: In([...PUBLISHED_SCENARIO_STATUSES]) };
      const total = await repository.countBy(where);
      let indexed = 0;
      let after = '00000000-0000-0000-0000-000000000000';
      onProgress({ indexed, total });
      const upload = new PipelinedUpload(this.meili, fresh, (done) => onProgress({ indexed: done, total }));
      for (;;) {
        const page = await repository.find({
          where: { ...where, id: MoreThan(after) },
          relations: { organization: true, sector: true, batch: true },
          order: { id: 'ASC' },
          take: PAGE,
        });
        if (page.length === 0) break;
        const documents = page.map((s) => toScenarioDocument(s, s.organization!, s.sector ?? null, s.batch ?? null));
        await upload.add(documents);
        indexed += page.length;
        after = page[page.length - 1].id;
      }
      await upload.finish();
      await ensureIndex(this.meili, live);
      await succeeded(this.meili.client.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask(TIMEOUT));
      // Everything changed since the rebuild began goes through the outbox once more.
      await this.dataSource.query(
        `INSERT INTO search_outbox (topic, entity_id) SELECT 'scenario', id FROM scenarios WHERE updated_at >= $1`,
        [started],
      );
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
