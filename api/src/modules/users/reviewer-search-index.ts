import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { DataSource, In, MoreThan, MoreThanOrEqual } from 'typeorm';
import { SearchIndexRegistry } from '../search/search-index.registry';
import { synonymMap } from '../search/synonyms';
import { User } from './user.entity';
import { toReviewerDocument, type ReviewerDocument } from './reviewer-document';

/** Settings of the `reviewers` index (the expert pool, for panel suggestions). */
export const REVIEWER_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['expertise', 'displayName'],
  filterableAttributes: ['id', 'active'],
  synonyms: synonymMap(),
  localizedAttributes: [{ attributePatterns: ['expertise', 'displayName'], locales: ['cmn'] }],
  facetSearch: false,
};

const REVIEWER = { platformRole: 'reviewer' } as const;

/** The `reviewers` index: every reviewer of the expert pool, with its active flag (for panel suggestions). */
@Injectable()
export class ReviewerSearchIndex implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: SearchIndexRegistry,
  ) {}

  onModuleInit(): void {
    const users = () => this.dataSource.getRepository(User);
    this.registry.register<ReviewerDocument>({
      name: 'reviewers',
      topic: 'reviewer',
      settings: REVIEWER_INDEX_SETTINGS,
      load: async (ids) => (await users().findBy({ ...REVIEWER, id: In(ids) })).map(toReviewerDocument),
      page: async (after, limit) =>
        (await users().find({ where: after ? { ...REVIEWER, id: MoreThan(after) } : REVIEWER, order: { id: 'ASC' }, take: limit })).map(
          toReviewerDocument,
        ),
      count: () => users().countBy(REVIEWER),
      changedSince: async (since) =>
        (await users().find({ select: { id: true }, where: { ...REVIEWER, updatedAt: MoreThanOrEqual(since) } })).map((u) => u.id),
    });
  }
}
