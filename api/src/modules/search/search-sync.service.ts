import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Index } from 'meilisearch';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { JobRunner } from '../../jobs/job-runner';
import { MeiliService } from './meili.service';
import { OUTBOX_JOB } from './outbox.service';
import { SearchIndexRegistry, type SearchDocument, type SearchIndexDefinition } from './search-index.registry';

export interface DrainResult {
  claimed: number;
  failed: number;
}

export interface SyncStatus {
  pending: number;
  failing: number;
  oldestPendingSeconds: number | null;
  lastError: string | null;
  lastSuccessAt: string | null;
  searchUp: boolean;
  documents: number | null;
}

/** Work done for outbox entries of a topic other than the indexes' own, after the indexes are synced. */
export type OutboxHandler = (entityIds: string[]) => Promise<void>;

const TASK_TIMEOUT_MS = 30_000;
const MAX_BACKOFF_SECONDS = 30;
/**
 * How long claimed entries belong to one worker. A worker that dies leaves them for this long;
 * one that takes longer may see another worker redo them, which is harmless (upserts, and
 * alerts sent once per pair).
 */
const LEASE_SECONDS = 30;

/**
 * The outbox worker (job `outbox`): claims due outbox entries with a lease in a short
 * transaction (FOR UPDATE SKIP LOCKED, so every replica and worker process can run it), then,
 * with no transaction open, re-reads the current rows, upserts or deletes their documents,
 * waits for Meilisearch and runs the topic handlers (alerts). Done entries are deleted;
 * failed ones stay with a growing delay; entries of a worker that died come back when
 * their lease ends. Nothing is lost.
 */
@Injectable()
export class SearchSyncService implements OnModuleInit {
  private readonly logger = new Logger(SearchSyncService.name);
  private settingsReconciled = false;
  private lastSuccessAt: Date | null = null;
  private lastError: string | null = null;
  private readonly handlers = new Map<string, OutboxHandler>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly meili: MeiliService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    private readonly indexes: SearchIndexRegistry,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: OUTBOX_JOB,
      enabled: this.config.OUTBOX_WORKER,
      run: () => this.round(),
      idleMs: this.config.OUTBOX_POLL_MS,
      // PostgreSQL itself is unreachable: wait and try again.
      backoffMs: 500,
      maxBackoffMs: 10_000,
    });
  }

  /** Registers the handler of an outbox topic (alerts register theirs at start). */
  onTopic(topic: string, handler: OutboxHandler): void {
    this.handlers.set(topic, handler);
  }

  /** Asks a sleeping worker to look at the outbox now (after a local commit). */
  nudge(): void {
    this.jobs.wake(OUTBOX_JOB);
  }

  /** One round of the job: at once again while there is work, else the poll interval. */
  private async round(): Promise<number | void> {
    // Settings are reconciled at start when Meilisearch is there; otherwise before the first sync.
    if (!this.settingsReconciled) await this.reconcileSettings().catch((error: unknown) => this.noteError(error));
    const { claimed, failed } = await this.drainOnce();
    return claimed > 0 && failed === 0 ? 0 : undefined;
  }

  private noteError(error: unknown): void {
    this.lastError = (error as Error).message;
    this.logger.warn(`Search sync: ${this.lastError}`);
  }

  /** The live Meilisearch index of a registered logical index (`scenarios`, `capabilities`, `reviewers`). */
  index<D extends SearchDocument = SearchDocument>(name: string): Index<D> {
    return this.meili.client.index<D>(this.meili.indexName(this.indexes.get(name).name));
  }

  /** Creates the indexes if missing and applies their settings (idempotent). */
  async reconcileSettings(): Promise<void> {
    for (const { name, settings } of this.indexes.all()) {
      const uid = this.meili.indexName(name);
      await ensureIndex(this.meili, uid);
      await succeeded(this.meili.client.index(uid).updateSettings(settings).waitTask({ timeout: TASK_TIMEOUT_MS }));
    }
    this.settingsReconciled = true;
  }

  /** Claims due entries for LEASE_SECONDS in one short transaction. */
  private async claim(limit: number): Promise<{ id: string; topic: string; entity_id: string }[]> {
    const now = this.clock.now();
    const [rows] = (await this.dataSource.query(
      `UPDATE search_outbox SET next_attempt_at = $2::timestamptz + make_interval(secs => $3)
       WHERE id IN (SELECT id FROM search_outbox WHERE next_attempt_at <= $2 ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, topic, entity_id`,
      [limit, now, LEASE_SECONDS],
    )) as [{ id: string; topic: string; entity_id: string }[], number];
    return rows.sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Processes one batch of due outbox entries; no transaction is open while Meilisearch works. */
  async drainOnce(limit = 500): Promise<DrainResult> {
    const rows = await this.claim(limit);
    if (rows.length === 0) return { claimed: 0, failed: 0 };
    const idsOf = (topic: string) => [...new Set(rows.filter((r) => r.topic === topic).map((r) => r.entity_id))];
    const entriesOf = (topics: string[]) => rows.filter((r) => topics.includes(r.topic)).map((r) => r.id);
    const done: string[] = [];
    const failed: { ids: string[]; error: unknown }[] = [];
    // The indexes first: handlers (alerts) may rely on the documents being there.
    const indexTopics: string[] = this.indexes.all().map((d) => d.topic);
    try {
      if (!this.settingsReconciled) await this.reconcileSettings();
      for (const definition of this.indexes.all()) await this.syncIndex(definition, idsOf(definition.topic));
      done.push(...entriesOf(indexTopics));
    } catch (error) {
      const ids = entriesOf(indexTopics);
      if (ids.length) failed.push({ ids, error });
      else this.noteError(error);
    }
    for (const topic of new Set(rows.map((r) => r.topic))) {
      if (indexTopics.includes(topic)) continue;
      const handler = this.handlers.get(topic);
      if (!handler) {
        failed.push({ ids: entriesOf([topic]), error: new Error(`no handler for outbox topic "${topic}"`) });
        continue;
      }
      try {
        await handler(idsOf(topic));
        done.push(...entriesOf([topic]));
      } catch (error) {
        failed.push({ ids: entriesOf([topic]), error });
      }
    }
    await this.dataSource.transaction(async (manager) => {
      if (done.length) await manager.query('DELETE FROM search_outbox WHERE id = ANY($1)', [done]);
      for (const { ids, error } of failed) {
        await manager.query(
          `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2,
             next_attempt_at = $3::timestamptz + make_interval(secs => least(power(2, attempts), $4::float8))
           WHERE id = ANY($1)`,
          [ids, String((error as Error).message).slice(0, 1000), this.clock.now(), MAX_BACKOFF_SECONDS],
        );
      }
    });
    for (const { ids, error } of failed)
      this.noteError(new Error(`could not process ${ids.length} change(s): ${(error as Error).message}`));
    const failedCount = failed.reduce((n, f) => n + f.ids.length, 0);
    if (failedCount === 0) {
      this.lastSuccessAt = this.clock.now();
      this.lastError = null;
    }
    return { claimed: rows.length, failed: failedCount };
  }

  /** Drains until the outbox holds nothing due (tests and the reindex command use it). */
  async drainAll(): Promise<void> {
    for (;;) {
      const { claimed, failed } = await this.drainOnce();
      if (claimed === 0) return;
      if (failed > 0) throw new Error('Search sync failed; entries stay in the outbox');
    }
  }

  /** Re-reads the records behind these ids and makes the index match: their documents upserted, the rest deleted. */
  async syncIndex(definition: SearchIndexDefinition, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const documents = await definition.load(ids);
    const keep = new Set(documents.map((d) => d.id));
    const remove = ids.filter((id) => !keep.has(id));
    const index = this.meili.client.index(this.meili.indexName(definition.name));
    if (documents.length) await succeeded(index.addDocuments(documents, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS }));
    if (remove.length) await succeeded(index.deleteDocuments(remove).waitTask({ timeout: TASK_TIMEOUT_MS }));
  }

  async status(): Promise<SyncStatus> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS pending, count(*) FILTER (WHERE attempts > 0)::int AS failing,
              extract(epoch FROM ($1::timestamptz - min(created_at)))::int AS oldest,
              (SELECT last_error FROM search_outbox WHERE last_error IS NOT NULL ORDER BY id DESC LIMIT 1) AS last_error
       FROM search_outbox`,
      [this.clock.now()],
    )) as { pending: number; failing: number; oldest: number | null; last_error: string | null }[];
    const searchUp = await this.meili.isHealthy();
    let documents: number | null = null;
    if (searchUp) {
      documents = await this.index('scenarios')
        .getStats()
        .then((s) => s.numberOfDocuments)
        .catch(() => null);
    }
    return {
      pending: row.pending,
      failing: row.failing,
      oldestPendingSeconds: row.oldest,
      lastError: row.last_error ?? this.lastError,
      lastSuccessAt: this.lastSuccessAt?.toISOString() ?? null,
      searchUp,
      documents,
    };
  }
}

/** Creates an index with primary key `id` unless it exists. */
export async function ensureIndex(meili: MeiliService, uid: string): Promise<void> {
  try {
    await meili.client.getIndex(uid);
  } catch {
    const task = await meili.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS });
    // A concurrent replica may have created it first; that is fine.
    if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists')
      throw new Error(task.error?.message ?? 'index creation failed');
  }
}

/** Throws unless a Meilisearch task succeeded. */
export async function succeeded(task: Promise<{ status: string; error?: { message: string } | null }>): Promise<void> {
  const done = await task;
  if (done.status !== 'succeeded') throw new Error(`Meilisearch task ${done.status}: ${done.error?.message ?? 'unknown error'}`);
}
