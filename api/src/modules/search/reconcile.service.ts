import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canonicalJson } from '../../common/canonical-json';
import { MeiliService } from './meili.service';
import { OutboxService } from './outbox.service';
import { SearchIndexRegistry, type SearchDocument } from './search-index.registry';

const PAGE = 1_000;

export interface ReconcileReport {
  /** The index compared. */
  index: string;
  /** Documents that belong in the index by PostgreSQL (public scenarios). */
  expected: number;
  /** Documents in the index. */
  indexed: number;
  /** Belong in the index, absent from it. */
  missing: string[];
  /** In the index with content that differs from PostgreSQL. */
  stale: string[];
  /** In the index, but not belonging there (not public, or gone) by PostgreSQL. */
  extra: string[];
}

/**
 * Compares PostgreSQL, the source of truth, with a registered index (by default `scenarios`)
 * document by document: what is missing, stale or extra. `repair` queues every difference in
 * the outbox, so the normal sync fixes it.
 */
@Injectable()
export class ReconcileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meili: MeiliService,
    private readonly outbox: OutboxService,
    private readonly indexes: SearchIndexRegistry,
  ) {}

  scenarios(): Promise<ReconcileReport> {
    return this.compare('scenarios');
  }

  async compare(name: string): Promise<ReconcileReport> {
    const definition = this.indexes.get(name);
    const expected = new Map<string, string>();
    let after: string | null = null;
    for (;;) {
      const page = await definition.page(after, PAGE);
      if (page.length === 0) break;
      for (const document of page) expected.set(document.id, canonicalJson(document));
      after = page[page.length - 1].id;
    }
    const index = this.meili.client.index<SearchDocument>(this.meili.indexName(definition.name));
    const seen = new Set<string>();
    const stale: string[] = [];
    const extra: string[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const { results } = await index.getDocuments({ offset, limit: PAGE });
      for (const document of results) {
        seen.add(document.id);
        const want = expected.get(document.id);
        if (want === undefined) extra.push(document.id);
        else if (want !== canonicalJson(document)) stale.push(document.id);
      }
      if (results.length < PAGE) break;
    }
    const missing = [...expected.keys()].filter((id) => !seen.has(id));
    return { index: definition.name, expected: expected.size, indexed: seen.size, missing, stale, extra };
  }

  /** Queues every difference for the sync worker; returns how many. */
  async repair(report: ReconcileReport): Promise<number> {
    const ids = [...report.missing, ...report.stale, ...report.extra];
    const { topic } = this.indexes.get(report.index);
    if (ids.length) await this.dataSource.transaction((manager) => this.outbox.enqueue(manager, topic, ids));
    return ids.length;
  }
}
