import { Injectable } from '@nestjs/common';
import { DataSource, In, MoreThan } from 'typeorm';
import type { SignedInContext } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { Organization } from '../organizations/organization.entity';
import { CapabilityProfile } from '../profiles/capability-profile.entity';
import { isPublished, ownsScenario } from '../scenarios/scenario-access';
import { Scenario } from '../scenarios/scenario.entity';
import { isMatchable } from '../profiles/capability-document';
import { MeiliService } from '../search/meili.service';
import { quote } from '../scenarios/scenario-search.service';
import { MatchEngine, queryText, worthShowing } from './match-engine';
import type { MatchResult, MatchSignals, ReasonLanguage } from './match-score';
import type { RecommendationListView, ScenarioMatchListView } from './matching.dto';

/** Scenarios read per profile term when looking for recommendations. */
const SCENARIOS_PER_TERM = 50;
/** Candidate scenarios scored in full for one enterprise. */
const MAX_CANDIDATES = 80;
const MAX_TERMS = 20;

/** The two directions of matching, with their permissions. */
@Injectable()
export class MatchingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: MatchEngine,
    private readonly meili: MeiliService,
    private readonly clock: Clock,
  ) {}

  /** Enterprises for a scenario: its agency, its review panel and platform admins only. */
  async matchesFor(ctx: SignedInContext, scenarioId: string, limit: number, lang: ReasonLanguage): Promise<ScenarioMatchListView> {
    const scenario = await this.dataSource.getRepository(Scenario).findOneBy({ id: scenarioId });
    if (!scenario) throw new DomainError('NOT_FOUND', 'No such scenario.');
    const p = ctx.principal;
    const onPanel =
      p.roles.includes('reviewer') &&
      (
        (await this.dataSource.query('SELECT 1 FROM panel_members WHERE scenario_id = $1 AND reviewer_id = $2', [
          scenarioId,
          p.userId,
        ])) as unknown[]
      ).length > 0;
    if (!p.roles.includes('admin') && !ownsScenario(p, scenario) && !onPanel) {
      if (!isPublished(scenario)) throw new DomainError('NOT_FOUND', 'No such scenario.');
      throw new DomainError('FORBIDDEN', 'Only the publishing agency, its review panel and platform admins see the matches of a scenario.');
    }
    const matches = await this.engine.enterprisesFor(scenario, limit);
    const reasons = await this.engine.describe(
      matches.map((m) => m.result),
      lang,
    );
    return {
      items: matches.map((m, i) => ({
        organization: { id: m.organization.id, name: m.organization.name, region: m.organization.region },
        score: m.result.score,
        signals: roundSignals(m.result.signals),
        reasons: reasons[i],
      })),
    };
  }

  /** Open scenarios for the caller's enterprise, best first. */
  async recommendationsFor(ctx: SignedInContext, limit: number, lang: ReasonLanguage): Promise<RecommendationListView> {
    const org = ctx.principal.organization;
    if (!org || org.kind !== 'enterprise') throw new DomainError('FORBIDDEN', 'Only enterprise members receive recommendations.');
    const organization = await this.dataSource.getRepository(Organization).findOneByOrFail({ id: org.id });
    const profile = await this.dataSource.getRepository(CapabilityProfile).findOneBy({ organizationId: org.id });
    if (!isMatchable(organization, profile)) {
      const state = !profile ? 'missing' : organization.status !== 'verified' ? 'unverified' : 'closed';
      return { items: [], profile: state };
    }
    const ranked = await this.recommend(organization, profile, limit);
    const reasons = await this.engine.describe(
      ranked.map((r) => r.result),
      lang,
    );
    return {
      profile: 'ready',
      items: ranked.map(({ scenario: s, result }, i) => ({
        scenario: {
          id: s.id,
          code: s.code,
          title: s.title,
          summary: s.summary,
          tags: s.tags,
          sector: s.sector ? { code: s.sector.code, nameZh: s.sector.nameZh, nameEn: s.sector.nameEn } : null,
          region: s.region,
          agency: { id: s.organizationId, name: s.organization?.name ?? '' },
          deadline: s.deadline?.toISOString() ?? null,
          budgetMax: s.budgetMax,
        },
        score: result.score,
        signals: roundSignals(result.signals),
        reasons: reasons[i],
      })),
    };
  }

  /**
   * Finds open scenarios through the profile's terms (one focused query each on the
   * `scenarios` index), then scores each candidate exactly as the scenario side would.
   */
  async recommend(
    organization: Organization,
    profile: CapabilityProfile,
    limit: number,
  ): Promise<{ scenario: Scenario; result: MatchResult }[]> {
    const now = this.clock.now();
    const terms = [
      ...new Set(
        [...profile.tags, ...profile.capabilities.flatMap((c) => c.tags), ...profile.capabilities.map((c) => c.name)]
          .map(queryText)
          .filter(Boolean),
      ),
    ].slice(0, MAX_TERMS);
    if (terms.length === 0) return [];
    const indexUid = this.meili.indexName('scenarios');
    const filter = [`status = ${quote('open')}`, `deadlineTs > ${Math.floor(now.getTime() / 1000)}`];
    const results = await this.meili.multiSearch<{ id: string }>(
      terms.map((q) => ({
        indexUid,
        q,
        filter,
        matchingStrategy: 'all',
        limit: SCENARIOS_PER_TERM,
        showRankingScore: true,
        attributesToRetrieve: ['id'],
      })),
      'Recommendations are temporarily unavailable; please retry shortly.',
    );
    if (!results) return [];
    const weight = new Map<string, number>();
    for (const result of results) for (const hit of result.hits) weight.set(hit.id, (weight.get(hit.id) ?? 0) + (hit._rankingScore ?? 0));
    const candidateIds = [...weight.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([id]) => id);
    if (candidateIds.length === 0) return [];
    // PostgreSQL decides what is open now; the index may lag a moment behind.
    const scenarios = await this.dataSource.getRepository(Scenario).find({
      where: { id: In(candidateIds), status: 'open', deadline: MoreThan(now) },
      relations: { organization: true, sector: true },
    });
    const answered = new Set(
      (
        (await this.dataSource.query(
          `SELECT scenario_id FROM solutions WHERE organization_id = $1 AND scenario_id = ANY($2) AND status <> 'withdrawn' AND status <> 'draft'`,
          [organization.id, scenarios.map((s) => s.id)],
        )) as { scenario_id: string }[]
      ).map((r) => r.scenario_id),
    );
    const scored = await this.engine.scoreScenarios(
      organization,
      profile,
      scenarios.filter((s) => !answered.has(s.id)),
    );
    return scored
      .filter((s) => worthShowing(s.result))
      .sort((a, b) => b.result.score - a.result.score || (a.scenario.deadline?.getTime() ?? 0) - (b.scenario.deadline?.getTime() ?? 0))
      .slice(0, limit);
  }
}

function roundSignals(signals: MatchSignals): MatchSignals {
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return {
    capability: r(signals.capability),
    text: r(signals.text),
    sector: r(signals.sector),
    region: r(signals.region),
    qualifications: r(signals.qualifications),
    cases: r(signals.cases),
  };
}

/** The reader's language for reasons: `lang` if given, else the first Accept-Language that we speak. */
export function reasonLanguage(lang: ReasonLanguage | undefined, acceptLanguage: string | undefined): ReasonLanguage {
  if (lang) return lang;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh';
}
