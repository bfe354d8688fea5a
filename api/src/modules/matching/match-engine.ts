import { Injectable } from '@nestjs/common';
import type { MultiSearchQuery } from 'meilisearch';
import { DataSource, In } from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { CapabilityProfile } from '../profiles/capability-profile.entity';
import type { Scenario } from '../scenarios/scenario.entity';
import { isMatchable } from '../profiles/capability-document';
import { MeiliService } from '../search/meili.service';
import { quote } from '../scenarios/scenario-search.service';
import { Sector } from '../sectors/sector.entity';
import {
  describeReasons,
  scoreMatch,
  TEXT_EVIDENCE_MIN,
  type MatchNeed,
  type MatchOffer,
  type MatchResult,
  type ReasonLanguage,
  type TextEvidence,
} from './match-score';
import { Vocabulary } from './vocabulary';

/** At most this many required tags are asked of Meilisearch (a scenario has 3–6). */
const MAX_TAGS = 8;
/** Hits read per focused query when looking for candidate enterprises. */
const CANDIDATES_PER_QUERY = 200;
/** Enterprises scored in full for one scenario (those with the most text evidence). */
const SCORED_CANDIDATES = 250;
/** Meilisearch reads at most 10 words of a query; a tag is a few words, anything longer is cut. */
const MAX_QUERY_CHARS = 40;

export function needOf(scenario: Scenario): MatchNeed {
  return {
    title: scenario.title,
    tags: scenario.tags.slice(0, MAX_TAGS),
    sector: scenario.sectorCode,
    province: scenario.region.split('/')[0] ?? '',
    qualifications: scenario.qualifications,
  };
}

export function offerOf(organization: Organization, profile: CapabilityProfile): MatchOffer {
  return {
    province: organization.region.split('/')[0] ?? '',
    summary: profile.summary,
    tags: profile.tags,
    capabilities: profile.capabilities.map((c) => ({ name: c.name, description: `${c.description} ${c.indicators ?? ''}`, tags: c.tags })),
    sectors: profile.sectors,
    regions: profile.regions,
    qualifications: profile.qualifications,
    cases: profile.cases.map((c) => ({ title: c.title, outcome: c.outcome })),
  };
}

export interface ScoredOffer {
  organization: Organization;
  result: MatchResult;
}

/** Meilisearch ranking scores per query key, per document id. */
type ScoreTable = Map<string, Map<string, number>>;

/** A focused query: one required capability, all of whose words must be found. */
interface FocusedQuery {
  key: string;
  q: string;
}

/**
 * The matching core shared by both directions: focused Meilisearch queries against the
 * `capabilities` index (one per required capability tag, never one long query) give text evidence; PostgreSQL
 * gives the current profiles; `scoreMatch` combines both. The score of a pair is the same
 * whichever side asks.
 */
@Injectable()
export class MatchEngine {
  readonly vocabulary = new Vocabulary();

  constructor(
    private readonly dataSource: DataSource,
    private readonly meili: MeiliService,
  ) {}

  /** Enterprises for a scenario, best first; only verified, opted-in ones. */
  async enterprisesFor(scenario: Scenario, limit: number): Promise<ScoredOffer[]> {
    const need = needOf(scenario);
    const table = await this.capabilityScores(this.queriesOf([need]), CANDIDATES_PER_QUERY);
    // Only the enterprises with the most text evidence across the focused queries are loaded and
    // scored in full: at tens of thousands of profiles every query is full, and loading them all
    // would cost more than it could change at the top of the list.
    const evidence = new Map<string, number>();
    for (const hits of table.values()) for (const [id, score] of hits) evidence.set(id, (evidence.get(id) ?? 0) + score);
    const candidates = [...evidence.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, SCORED_CANDIDATES)
      .map(([id]) => id);
    const offers = await this.matchableOffers(candidates);
    const scored = offers.map(({ organization, offer }) => ({
      organization,
      result: scoreMatch(need, offer, this.evidenceFor(need, organization.id, table), this.vocabulary),
    }));
    return scored
      .filter((s) => worthShowing(s.result))
      .sort((a, b) => b.result.score - a.result.score || a.organization.name.localeCompare(b.organization.name))
      .slice(0, limit);
  }

  /** Scores given scenarios for one enterprise (the scenarios were found by the caller). */
  async scoreScenarios(
    organization: Organization,
    profile: CapabilityProfile,
    scenarios: Scenario[],
  ): Promise<{ scenario: Scenario; result: MatchResult }[]> {
    const needs = scenarios.map(needOf);
    const table = await this.capabilityScores(this.queriesOf(needs), 1, organization.id);
    const offer = offerOf(organization, profile);
    return scenarios.map((scenario, i) => ({
      scenario,
      result: scoreMatch(needs[i], offer, this.evidenceFor(needs[i], organization.id, table), this.vocabulary),
    }));
  }

  /** The reasons in words, with sector names from the current taxonomy. */
  async describe(results: MatchResult[], lang: ReasonLanguage): Promise<string[][]> {
    const sectors = new Map((await this.dataSource.getRepository(Sector).find()).map((s) => [s.code, s]));
    const name = (code: string) => {
      const s = sectors.get(code);
      return s ? (lang === 'zh' ? s.nameZh : s.nameEn) : code;
    };
    return results.map((r) => describeReasons(r.reasons, lang, name));
  }

  /** Runs the focused queries in one multi-search; `onlyId` restricts them to one enterprise. */
  private async capabilityScores(queries: FocusedQuery[], limit: number, onlyId?: string): Promise<ScoreTable> {
    const table: ScoreTable = new Map();
    if (queries.length === 0) return table;
    const indexUid = this.meili.indexName('capabilities');
    const search = ({ q }: FocusedQuery): MultiSearchQuery => ({
      indexUid,
      q,
      matchingStrategy: 'all',
      limit,
      showRankingScore: true,
      attributesToRetrieve: ['id'],
      ...(onlyId ? { filter: `id = ${quote(onlyId)}` } : {}),
    });
    const results = await this.meili.multiSearch<{ id: string }>(
      queries.map(search),
      'Matching is temporarily unavailable; please retry shortly.',
    );
    if (!results) return table;
    results.forEach((result, i) => {
      table.set(queries[i].key, new Map(result.hits.map((h) => [h.id, h._rankingScore ?? 0])));
    });
    return table;
  }

  /**
   * The distinct focused queries of some needs: each required tag, and each known term inside
   * it (无人机巡检 → 无人机), so a company that words the capability differently is still found.
   */
  private queriesOf(needs: MatchNeed[]): FocusedQuery[] {
    const queries = new Map<string, FocusedQuery>();
    for (const need of needs) {
      for (const tag of need.tags) {
        for (const q of [tag, ...this.vocabulary.knownTermsIn(tag)].map(tagQuery)) if (q.q !== '') queries.set(q.key, q);
      }
    }
    return [...queries.values()];
  }

  /** Per required tag, the best ranking score of the enterprise among the tag's queries. */
  private evidenceFor(need: MatchNeed, id: string, table: ScoreTable): TextEvidence {
    const tagScores: Record<string, number> = {};
    for (const tag of need.tags) {
      const keys = [tag, ...this.vocabulary.knownTermsIn(tag)].map((t) => tagQuery(t).key);
      tagScores[tag] = Math.max(0, ...keys.map((k) => table.get(k)?.get(id) ?? 0));
    }
    return { tagScores };
  }

  /** Current organisations and profiles for candidate ids, keeping only matchable ones (the index may lag). */
  async matchableOffers(ids: string[]): Promise<{ organization: Organization; profile: CapabilityProfile; offer: MatchOffer }[]> {
    if (ids.length === 0) return [];
    const organizations = await this.dataSource.getRepository(Organization).findBy({ id: In(ids) });
    const profiles = new Map(
      (await this.dataSource.getRepository(CapabilityProfile).findBy({ organizationId: In(ids) })).map((p) => [p.organizationId, p]),
    );
    return organizations.flatMap((organization) => {
      const profile = profiles.get(organization.id) ?? null;
      return isMatchable(organization, profile) ? [{ organization, profile, offer: offerOf(organization, profile) }] : [];
    });
  }
}

/** A result is shown when some required capability is there, declared or clearly found in the text. */
export function worthShowing(result: MatchResult): boolean {
  return result.score > 0 && (result.signals.capability > 0 || result.signals.text >= TEXT_EVIDENCE_MIN);
}

export function queryText(text: string): string {
  return text.trim().slice(0, MAX_QUERY_CHARS);
}

const tagQuery = (tag: string): FocusedQuery => ({ key: queryText(tag), q: queryText(tag) });
