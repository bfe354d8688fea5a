import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { DataSource, In, MoreThan, MoreThanOrEqual } from 'typeorm';
import { SearchIndexRegistry } from '../search/search-index.registry';
import { synonymMap } from '../search/synonyms';
import { isMatchable, toCapabilityDocument, type CapabilityDocument } from './capability-document';
import { CapabilityProfile } from './capability-profile.entity';

/** Settings of the `capabilities` index (verified, opted-in enterprise profiles). */
export const CAPABILITY_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['tags', 'capabilityNames', 'summary', 'capabilityText', 'caseTitles', 'caseText', 'name'],
  filterableAttributes: ['id', 'sectors', 'regions', 'province', 'qualifications', 'caseCount'],
  sortableAttributes: ['updatedTs', 'caseCount'],
  synonyms: synonymMap(),
  localizedAttributes: [
    { attributePatterns: ['tags', 'capabilityNames', 'summary', 'capabilityText', 'caseTitles', 'caseText', 'name'], locales: ['cmn'] },
  ],
  pagination: { maxTotalHits: 200_000 },
  facetSearch: false,
};

/**
 * The `capabilities` index: one document per verified enterprise whose profile is open for
 * matching, keyed by the organisation's id.
 */
@Injectable()
export class CapabilitySearchIndex implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: SearchIndexRegistry,
  ) {}

  onModuleInit(): void {
    const profiles = () => this.dataSource.getRepository(CapabilityProfile);
    const documents = (rows: CapabilityProfile[]) =>
      rows.filter((p) => isMatchable(p.organization!, p)).map((p) => toCapabilityDocument(p.organization!, p));
    this.registry.register<CapabilityDocument>({
      name: 'capabilities',
      topic: 'capability',
      settings: CAPABILITY_INDEX_SETTINGS,
      load: async (ids) => documents(await profiles().find({ where: { organizationId: In(ids) }, relations: { organization: true } })),
      page: async (after, limit) => {
        // Pages of profiles open for matching; the few that are not matchable (unverified) are skipped.
        const found: CapabilityDocument[] = [];
        let cursor = after;
        while (found.length === 0) {
          const rows = await profiles().find({
            where: cursor ? { openForMatching: true, organizationId: MoreThan(cursor) } : { openForMatching: true },
            relations: { organization: true },
            order: { organizationId: 'ASC' },
            take: limit,
          });
          if (rows.length === 0) break;
          found.push(...documents(rows));
          cursor = rows[rows.length - 1].organizationId;
        }
        return found;
      },
      count: () => profiles().countBy({ openForMatching: true }),
      changedSince: async (since) =>
        (await profiles().find({ select: { organizationId: true }, where: { updatedAt: MoreThanOrEqual(since) } })).map(
          (p) => p.organizationId,
        ),
    });
  }
}
