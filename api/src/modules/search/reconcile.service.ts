import { Injectable } from '@nestjs/common';
import { PUBLISHED_SCENARIO_STATUSES } from '@scenebridge/shared';
import { DataSource, In, MoreThan } from 'typeorm';
import { canonicalJson } from '../../common/canonical-json';
import { Scenario } from '../scenarios/scenario.entity';
import { MeiliService } from './meili.service';
import { OutboxService } from './outbox.service';
import { toScenarioDocument, type ScenarioDocument } from './scenario-document';

const PAGE = 1_000;

export interface ReconcileReport {
  /** Public scenarios in PostgreSQL. */
  expected: number;
  /** Documents in the index. */
  indexed: number;
  /** Public in PostgreSQL, absent from the index. */
  missing: string[];
  /** In the index with content that differs from PostgreSQL. */
  stale: string[];
  /** In the index, but not public (or gone) in PostgreSQL. */
  extra: string[];
}

/**
 * Compares PostgreSQL, the source of truth, with the `scenarios` index document by document:
 * what is missing, stale or extra. `repair` queues every difference in the outbox, so the
 * normal sync fixes it.
 */
@Injectable()
export class ReconcileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meili: MeiliService,
    private readonly outbox: OutboxService,
  ) {}

  async scenarios(): Promise<ReconcileReport> {
    const expected = new Map<string, string>();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await this.dataSource.getRepository(Scenario).find({
        where: { status: In([...PUBLISHED_SCENARIO_STATUSES]), id: MoreThan(after) },
        relations: { organization: true, sector: true, batch: true },
        order: { id: 'ASC' },
        take: PAGE,
      });
      if (page.length === 0) break;
      for (const s of page) expected.set(s.id, canonicalJson(toScenarioDocument(s, s.organization!, s.sector ?? null, s.batch ?? null)));
      after = page[page.length - 1].id;
    }
    const index = this.meili.client.index<ScenarioDocument>(this.meili.indexName('scenarios'));
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
    return { expected: expected.size, indexed: seen.size, missing, stale, extra };
  }

  /** Queues every difference for the sync worker; returns how many. */
  async repair(report: ReconcileReport): Promise<number> {
    const ids = [...report.missing, ...report.stale, ...report.extra];
    if (ids.length) await this.dataSource.transaction((manager) => this.outbox.enqueue(manager, 'scenario', ids));
    return ids.length;
  }
}
