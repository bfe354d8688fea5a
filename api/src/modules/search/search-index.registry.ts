import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import type { OutboxTopic } from './outbox.service';

/** A document of any index: Meilisearch's primary key is always `id`. */
export interface SearchDocument {
  id: string;
}

/**
 * What a module that owns an index tells search about it. Search knows nothing else of the
 * records behind it: it drives sync, reindex and reconciliation through these functions.
 */
export interface SearchIndexDefinition<D extends SearchDocument = SearchDocument> {
  /** Logical name (`scenarios`, `capabilities`, `reviewers`); Meilisearch's uid adds MEILI_INDEX_PREFIX. */
  name: string;
  /** The outbox topic whose entries name this index's documents by id. */
  topic: OutboxTopic;
  settings: Settings;
  /** The documents that belong in the index now, for these ids; an id without one is deleted from it. */
  load(ids: string[]): Promise<D[]>;
  /** Every document that belongs in the index, by ascending id after `after` (null: from the start), at most `limit`. */
  page(after: string | null, limit: number): Promise<D[]>;
  /** How many documents `page` yields in all (for progress). */
  count(): Promise<number>;
  /** Ids whose records changed since `since` (queued again after a rebuild, so the new index catches up). */
  changedSince(since: Date): Promise<string[]>;
}

/** The indexes the owning modules registered (at module init). */
@Injectable()
export class SearchIndexRegistry {
  private readonly definitions = new Map<string, SearchIndexDefinition>();

  register<D extends SearchDocument>(definition: SearchIndexDefinition<D>): void {
    if (this.definitions.has(definition.name)) throw new Error(`search index "${definition.name}" is registered twice`);
    if (this.all().some((d) => d.topic === definition.topic)) throw new Error(`outbox topic "${definition.topic}" already has an index`);
    this.definitions.set(definition.name, definition as unknown as SearchIndexDefinition);
  }

  get(name: string): SearchIndexDefinition {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`no search index "${name}" is registered`);
    return definition;
  }

  all(): SearchIndexDefinition[] {
    return [...this.definitions.values()];
  }

  /** The index fed by an outbox topic, if any (other topics have handlers). */
  forTopic(topic: string): SearchIndexDefinition | undefined {
    return this.all().find((d) => d.topic === topic);
  }
}
