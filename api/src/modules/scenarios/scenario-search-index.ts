import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PUBLISHED_SCENARIO_STATUSES } from '@scenebridge/shared';
import type { Settings } from 'meilisearch';
import { DataSource, In, MoreThan, MoreThanOrEqual } from 'typeorm';
import { SearchIndexRegistry } from '../search/search-index.registry';
import { synonymMap } from '../search/synonyms';
import { toScenarioDocument, type ScenarioDocument } from './scenario-document';
import { Scenario } from './scenario.entity';

const CHINESE_TEXT = ['title', 'summary', 'description', 'scope', 'expectedOutcomes', 'tags', 'sectorName', 'agencyName', 'region'];

/** Settings of the `scenarios` index, reconciled at every start and applied to rebuilt indexes. */
export const SCENARIO_INDEX_SETTINGS: Settings = {
  searchableAttributes: [
    'title',
    'tags',
    'code',
    'summary',
    'sectorName',
    'agencyName',
    'region',
    'description',
    'scope',
    'expectedOutcomes',
  ],
  filterableAttributes: [
    'id',
    'sector',
    'province',
    'region',
    'status',
    'batchId',
    'cooperationMode',
    'budgetBand',
    'budgetMin',
    'budgetMax',
    'agencyId',
    'sealed',
    'deadlineTs',
    'publishedTs',
  ],
  sortableAttributes: ['publishedTs', 'deadlineTs', 'budgetMax', 'budgetMin'],
  synonyms: synonymMap(),
  // Chinese text is segmented as Chinese (not guessed as Japanese from its Han characters).
  localizedAttributes: [{ attributePatterns: CHINESE_TEXT, locales: ['cmn'] }],
  pagination: { maxTotalHits: 200_000 },
  faceting: { maxValuesPerFacet: 200 },
  // Facet counts are used, searching inside facet values is not: not building it saves indexing time.
  facetSearch: false,
};

const PUBLIC = { status: In([...PUBLISHED_SCENARIO_STATUSES]) };
const RELATIONS = { organization: true, sector: true, batch: true } as const;

const documentOf = (s: Scenario): ScenarioDocument => toScenarioDocument(s, s.organization!, s.sector ?? null, s.batch ?? null);

/** The `scenarios` index: every published scenario (open, closed, under review, decided), public fields only. */
@Injectable()
export class ScenarioSearchIndex implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: SearchIndexRegistry,
  ) {}

  onModuleInit(): void {
    const scenarios = () => this.dataSource.getRepository(Scenario);
    this.registry.register<ScenarioDocument>({
      name: 'scenarios',
      topic: 'scenario',
      settings: SCENARIO_INDEX_SETTINGS,
      load: async (ids) => (await scenarios().find({ where: { ...PUBLIC, id: In(ids) }, relations: RELATIONS })).map(documentOf),
      page: async (after, limit) =>
        (
          await scenarios().find({
            where: after ? { ...PUBLIC, id: MoreThan(after) } : PUBLIC,
            relations: RELATIONS,
            order: { id: 'ASC' },
            take: limit,
          })
        ).map(documentOf),
      count: () => scenarios().countBy(PUBLIC),
      changedSince: async (since) =>
        (await scenarios().find({ select: { id: true }, where: { updatedAt: MoreThanOrEqual(since) } })).map((s) => s.id),
    });
  }
}
