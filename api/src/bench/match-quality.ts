/**
 * Matching quality benchmark (`npm run bench:match`): loads the team's labelled set
 * (scenarios, capability profiles, graded judgements) into a fresh embedded PostgreSQL and
 * Meilisearch, ranks enterprises for every scenario with SceneBridge's matcher and with a
 * plain PostgreSQL full-text baseline, and prints nDCG@5 and recall@10 for both.
 *
 *   node api/dist/bench/match-quality.js [--set file.json] [--verbose] [--json out.json]
 */
import 'reflect-metadata';
import { spawnServices } from '@scenebridge/local/spawn';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../bootstrap';
import { loadConfig } from '../config/app-config';
import { MatchEngine } from '../modules/matching/match-engine';
import { Organization } from '../modules/organizations/organization.entity';
import { CapabilityProfile } from '../modules/profiles/capability-profile.entity';
import { Scenario } from '../modules/scenarios/scenario.entity';
import { OutboxService } from '../modules/search/outbox.service';
import { SearchSyncService } from '../modules/search/search-sync.service';
import { meanOf, ndcgAt, recallAt, type Judgements } from './ranking-metrics';

interface LabelledScenario {
  key: string;
  title: string;
  summary: string;
  description: string;
  tags: string[];
  sector: string;
  region: string;
  qualifications: string[];
}

interface LabelledProfile {
  key: string;
  name: string;
  region: string;
  summary: string;
  capabilities: { name: string; description: string; tags: string[] }[];
  tags: string[];
  sectors: string[];
  regions: string[];
  qualifications: string[];
  cases: { title: string; client: string; year: number; outcome: string }[];
}

interface LabelledSet {
  scenarios: LabelledScenario[];
  profiles: LabelledProfile[];
  judgements: Record<string, Judgements>;
}

interface SystemResult {
  name: string;
  ndcg5: number;
  recall10: number;
  meanMs: number;
  perScenario: Record<string, { ranked: string[]; ndcg5: number; recall10: number }>;
}

const DEFAULT_SET = path.resolve(__dirname, '../../../tests/bench/matching/labelled-set.json');
const RELEVANT = 2;

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function main(): Promise<void> {
  const setPath = path.resolve(argument('--set') ?? DEFAULT_SET);
  const set = JSON.parse(readFileSync(setPath, 'utf8')) as LabelledSet;
  checkSet(set);
  const verbose = process.argv.includes('--verbose');
  console.log(
    `Labelled set: ${set.scenarios.length} scenarios, ${set.profiles.length} profiles, ${Object.values(set.judgements).reduce(
      (n, j) => n + Object.keys(j).length,
      0,
    )} graded pairs (${path.relative(process.cwd(), setPath)})`,
  );
  console.log('Starting embedded PostgreSQL and Meilisearch…');
  const services = await spawnServices({ postgres: true, meili: true });
  const app = await createApp(
    loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: services.postgres!.url,
      MEILI_URL: services.meili!.url,
      MEILI_MASTER_KEY: services.meili!.masterKey,
      JWT_SECRET: randomBytes(32).toString('hex'),
      OUTBOX_WORKER: 'false',
      SCHEDULER: 'false',
      LOG_LEVEL: 'warn',
      UPLOAD_DIR: path.join(tmpdir(), 'scenebridge-bench-uploads'),
    }),
  );
  try {
    await app.init();
    const dataSource = app.get(DataSource);
    const { scenarioIds, profileKeys } = await load(dataSource, app.get(OutboxService), set);
    await app.get(SearchSyncService).drainAll();

    const engine = app.get(MatchEngine);
    const scenarios = await Promise.all(
      set.scenarios.map(async (s) => ({
        key: s.key,
        scenario: await dataSource.getRepository(Scenario).findOneByOrFail({ id: scenarioIds.get(s.key)! }),
      })),
    );
    const ours = await evaluate('SceneBridge matching (Meilisearch + signals)', set, scenarios, async (scenario) =>
      (await engine.enterprisesFor(scenario, 10)).map((m) => profileKeys.get(m.organization.id)!),
    );
    const baseline = await evaluate('PostgreSQL full-text baseline', set, scenarios, async (scenario) =>
      (await fullTextBaseline(dataSource, scenario)).map((id) => profileKeys.get(id)!),
    );
    report([ours, baseline], verbose);
    const out = argument('--json');
    if (out) writeFileSync(out, JSON.stringify({ set: setPath, systems: [ours, baseline] }, null, 2));
  } finally {
    await app.close();
    await services.stop();
  }
}

function checkSet(set: LabelledSet): void {
  const scenarios = new Set(set.scenarios.map((s) => s.key));
  const profiles = new Set(set.profiles.map((p) => p.key));
  for (const [scenario, grades] of Object.entries(set.judgements)) {
    if (!scenarios.has(scenario)) throw new Error(`Judgement for unknown scenario ${scenario}`);
    for (const [profile, grade] of Object.entries(grades)) {
      if (!profiles.has(profile)) throw new Error(`Judgement for unknown profile ${profile} (scenario ${scenario})`);
      if (![0, 1, 2, 3].includes(grade)) throw new Error(`Grade must be 0–3 (${scenario} / ${profile})`);
    }
  }
}

/** Writes the set as verified, opted-in enterprises and open scenarios of one agency. */
async function load(dataSource: DataSource, outbox: OutboxService, set: LabelledSet) {
  return dataSource.transaction(async (manager) => {
    const agency = await manager.save(
      manager.create(Organization, {
        kind: 'agency',
        name: '基准测试发布单位',
        creditCode: null,
        region: '四川省/成都市',
        status: 'verified',
      }),
    );
    const profileKeys = new Map<string, string>();
    for (const p of set.profiles) {
      const organization = await manager.save(
        manager.create(Organization, { kind: 'enterprise', name: p.name, creditCode: null, region: p.region, status: 'verified' }),
      );
      await manager.save(
        manager.create(CapabilityProfile, {
          organizationId: organization.id,
          summary: p.summary,
          capabilities: p.capabilities,
          tags: p.tags,
          sectors: p.sectors,
          regions: p.regions,
          qualifications: p.qualifications,
          cases: p.cases,
          teamSize: null,
          openForMatching: true,
        }),
      );
      profileKeys.set(organization.id, p.key);
    }
    const scenarioIds = new Map<string, string>();
    const deadline = new Date(Date.now() + 30 * 86_400_000);
    for (const s of set.scenarios) {
      const scenario = await manager.save(
        manager.create(Scenario, {
          organizationId: agency.id,
          status: 'open',
          title: s.title,
          summary: s.summary,
          description: s.description,
          tags: s.tags,
          sectorCode: s.sector,
          region: s.region,
          qualifications: s.qualifications,
          deadline,
          publishedAt: new Date(),
          version: 1,
        }),
      );
      scenarioIds.set(s.key, scenario.id);
    }
    await outbox.enqueue(manager, 'capability', [...profileKeys.keys()]);
    await outbox.enqueue(manager, 'scenario', [...scenarioIds.values()]);
    return { scenarioIds, profileKeys };
  });
}

/**
 * The baseline: PostgreSQL full-text search (the `simple` configuration, as PostgreSQL has no
 * Chinese parser built in) over the same profile text, queried with the scenario's tags and
 * title joined by OR, ranked by ts_rank_cd.
 */
async function fullTextBaseline(dataSource: DataSource, scenario: Scenario): Promise<string[]> {
  const query = [...scenario.tags, scenario.title].map((t) => t.replace(/["()\-:]/g, ' ').trim()).join(' or ');
  const rows = (await dataSource.query(
    `WITH docs AS (
       SELECT p.organization_id,
              to_tsvector('simple', concat_ws(' ', o.name, p.summary, array_to_string(p.tags, ' '),
                array_to_string(p.sectors, ' '), array_to_string(p.regions, ' '), array_to_string(p.qualifications, ' '),
                (SELECT string_agg(concat_ws(' ', c->>'name', c->>'description', (SELECT string_agg(t, ' ') FROM jsonb_array_elements_text(c->'tags') t)), ' ')
                   FROM jsonb_array_elements(p.capabilities) c),
                (SELECT string_agg(concat_ws(' ', c->>'title', c->>'outcome'), ' ') FROM jsonb_array_elements(p.cases) c))) AS doc
         FROM capability_profiles p JOIN organizations o ON o.id = p.organization_id
        WHERE p.open_for_matching AND o.status = 'verified')
     SELECT organization_id FROM docs, websearch_to_tsquery('simple', $1) q
      WHERE doc @@ q ORDER BY ts_rank_cd(doc, q) DESC, organization_id LIMIT 10`,
    [query],
  )) as { organization_id: string }[];
  return rows.map((r) => r.organization_id);
}

async function evaluate(
  name: string,
  set: LabelledSet,
  scenarios: { key: string; scenario: Scenario }[],
  rank: (scenario: Scenario) => Promise<string[]>,
): Promise<SystemResult> {
  const perScenario: SystemResult['perScenario'] = {};
  let elapsed = 0;
  for (const { key, scenario } of scenarios) {
    const started = process.hrtime.bigint();
    const ranked = await rank(scenario);
    elapsed += Number(process.hrtime.bigint() - started) / 1e6;
    const judgements = set.judgements[key] ?? {};
    perScenario[key] = { ranked, ndcg5: ndcgAt(ranked, judgements, 5), recall10: recallAt(ranked, judgements, 10, RELEVANT) };
  }
  const values = Object.values(perScenario);
  return {
    name,
    ndcg5: meanOf(values.map((v) => v.ndcg5)),
    recall10: meanOf(values.map((v) => v.recall10)),
    meanMs: elapsed / values.length,
    perScenario,
  };
}

function report(systems: SystemResult[], verbose: boolean): void {
  const [ours, baseline] = systems;
  console.log('');
  console.log('| System | nDCG@5 | recall@10 | mean time per scenario |');
  console.log('|---|---:|---:|---:|');
  for (const s of systems) console.log(`| ${s.name} | ${s.ndcg5.toFixed(3)} | ${s.recall10.toFixed(3)} | ${s.meanMs.toFixed(1)} ms |`);
  console.log('');
  console.log(
    `Ratio ours / baseline: nDCG@5 ×${(ours.ndcg5 / Math.max(baseline.ndcg5, 1e-9)).toFixed(2)}, recall@10 ×${(
      ours.recall10 / Math.max(baseline.recall10, 1e-9)
    ).toFixed(2)}`,
  );
  if (verbose) {
    for (const key of Object.keys(ours.perScenario)) {
      console.log(`\n${key}`);
      for (const s of systems) {
        const r = s.perScenario[key];
        console.log(
          `  ${s.name.padEnd(46)} nDCG@5 ${r.ndcg5.toFixed(2)}  recall@10 ${r.recall10.toFixed(2)}  ${r.ranked.slice(0, 5).join(', ')}`,
        );
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
