/**
 * Benchmarks at scale (`npm run bench`): generated scenarios and capability profiles (100,000
 * and 50,000 by default) in a fresh embedded PostgreSQL and Meilisearch, then
 *   - search through the API vs the same query sent straight to Meilisearch (p50/p95, ratio,
 *     requests/s at fixed concurrency), with Meilisearch's own processing time;
 *   - two-way matching latency (scenario → enterprises, enterprise → scenarios);
 *   - sync lag from commit to searchable under a steady write load;
 *   - full reindex time and index size on disk;
 *   - a list endpoint's first page vs a deep page;
 *   - the compressed initial JavaScript of the public pages (when the web app is built).
 * Results are printed with the machine's details and written as JSON and a Markdown table.
 *
 *   node api/dist/bench/scale.js [--scenarios 100000] [--profiles 50000] [--seed 42]
 *                                [--out tests/bench/results] [--skip-bundle]
 */
import 'reflect-metadata';
import { spawnServices } from '@scenebridge/local/spawn';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { MultiSearchQuery } from 'meilisearch';
import { DataSource } from 'typeorm';
import { createApp } from '../bootstrap';
import { loadConfig } from '../config/app-config';
import { MatchEngine } from '../modules/matching/match-engine';
import { MatchingService } from '../modules/matching/matching.service';
import { Organization } from '../modules/organizations/organization.entity';
import { CapabilityProfile } from '../modules/profiles/capability-profile.entity';
import { Scenario } from '../modules/scenarios/scenario.entity';
import { MeiliService } from '../modules/search/meili.service';
import { OutboxService } from '../modules/search/outbox.service';
import { ReindexService } from '../modules/search/reindex.service';
import { buildFilters } from '../modules/scenarios/scenario-search.service';
import { agencyCount, generateProfiles, generateScenarios, randomFrom } from './generator';

const DAY = 86_400_000;
const BENCH_ADMIN = { email: 'admin@bench.scenebridge.local', password: `Bench-${randomBytes(6).toString('hex')}` };
const QUERIES = [
  '交通信号',
  '病虫害识别',
  '大模型',
  '计算机视觉',
  '预测性维护',
  '医学影像',
  'OCR',
  '数字孪生',
  '客流预测',
  '无人机',
  'computer vision',
  '知识图谱 政务',
  '桥梁 监测',
  '作文批改',
  '电池安全',
];

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await work();
  return [result, ms(start)];
}

/** Requests per second with `concurrency` callers for `seconds`. */
async function throughput(call: (i: number) => Promise<unknown>, concurrency: number, seconds: number): Promise<number> {
  const end = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = worker; Date.now() < end; i += concurrency) {
        await call(i);
        done++;
      }
    }),
  );
  return done / seconds;
}

interface Results {
  machine: Record<string, string | number>;
  data: { scenarios: number; profiles: number; agencies: number; loadSeconds: number };
  search: Record<string, number>;
  matching: Record<string, number>;
  syncLag: Record<string, number>;
  reindex: Record<string, number>;
  pagination: Record<string, number>;
  bundle: Record<string, number> | null;
}

async function main(): Promise<void> {
  const scenarioCount = Number(argument('--scenarios', '100000'));
  const profileCount = Number(argument('--profiles', '50000'));
  const seed = Number(argument('--seed', '42'));
  const outDir = path.resolve(argument('--out', path.resolve(__dirname, '../../../tests/bench/results')));
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
  };
  console.log('Machine:', machine);
  console.log(`Data: ${scenarioCount} scenarios, ${profileCount} profiles, seed ${seed}`);

  const services = await spawnServices({ postgres: true, meili: true });
  let app: NestExpressApplication | undefined;
  try {
    app = await createApp(
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: services.postgres!.url,
        MEILI_URL: services.meili!.url,
        MEILI_MASTER_KEY: services.meili!.masterKey,
        JWT_SECRET: randomBytes(32).toString('hex'),
        ADMIN_EMAIL: BENCH_ADMIN.email,
        ADMIN_PASSWORD: BENCH_ADMIN.password,
        OUTBOX_WORKER: 'true',
        OUTBOX_POLL_MS: '50',
        SCHEDULER: 'false',
        RATE_LIMIT_PER_MINUTE: '10000000',
        LOG_LEVEL: 'warn',
        UPLOAD_DIR: path.join(os.tmpdir(), 'scenebridge-bench-uploads'),
      }),
    );
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    const api = `http://127.0.0.1:${address.port}`;
    const dataSource = app.get(DataSource);
    const meili = app.get(MeiliService);

    // 1. Data, in bulk.
    const [agencies, loadMs] = await timed(() => load(dataSource, scenarioCount, profileCount, seed));
    console.log(`Loaded in ${round(loadMs / 1000)} s`);

    // 2. Full reindex (both indexes), and the size on disk.
    const reindex = app.get(ReindexService);
    const [, scenariosMs] = await timed(() => reindex.rebuildScenarios());
    const [, capabilitiesMs] = await timed(() => reindex.rebuildCapabilities());
    const stats = await meili.client.getStats();
    const reindexResults = {
      scenariosSeconds: round(scenariosMs / 1000),
      capabilitiesSeconds: round(capabilitiesMs / 1000),
      databaseSizeMiB: round(stats.databaseSize / 2 ** 20),
    };
    console.log('Reindex:', reindexResults);

    // 3. Search: the API vs the same query straight to Meilisearch.
    const index = meili.indexName('scenarios');
    const direct = (q: string) =>
      meili.client.multiSearch({
        queries: [
          {
            indexUid: index,
            q,
            filter: Object.values(buildFilters({ page: 1, pageSize: 20 } as never)),
            facets: ['sector', 'province', 'status', 'budgetBand', 'batchId', 'cooperationMode'],
            page: 1,
            hitsPerPage: 20,
            attributesToHighlight: ['title', 'summary'],
            attributesToCrop: ['description'],
            cropLength: 40,
          },
        ],
      });
    const viaApi = async (q: string) => {
      const response = await fetch(`${api}/api/v1/scenarios?q=${encodeURIComponent(q)}&pageSize=20`);
      if (!response.ok) throw new Error(`search ${response.status}`);
      return response.json() as Promise<{ total: number }>;
    };
    for (const q of QUERIES) await Promise.all([viaApi(q), direct(q)]); // warm-up
    const apiTimes: number[] = [];
    const directTimes: number[] = [];
    const processing: number[] = [];
    for (let round_ = 0; round_ < 20; round_++) {
      for (const q of QUERIES) {
        apiTimes.push((await timed(() => viaApi(q)))[1]);
        const [result, t] = await timed(() => direct(q));
        directTimes.push(t);
        processing.push(result.results[0].processingTimeMs ?? 0);
      }
    }
    const apiRps = await throughput((i) => viaApi(QUERIES[i % QUERIES.length]), 10, 10);
    const directRps = await throughput((i) => direct(QUERIES[i % QUERIES.length]), 10, 10);
    const search = {
      apiP50: round(percentile(apiTimes, 50)),
      apiP95: round(percentile(apiTimes, 95)),
      directP50: round(percentile(directTimes, 50)),
      directP95: round(percentile(directTimes, 95)),
      meiliProcessingP50: round(percentile(processing, 50)),
      meiliProcessingP95: round(percentile(processing, 95)),
      ratioP50: round(percentile(apiTimes, 50) / percentile(directTimes, 50), 2),
      ratioP95: round(percentile(apiTimes, 95) / percentile(directTimes, 95), 2),
      apiRequestsPerSecond: round(apiRps),
      directRequestsPerSecond: round(directRps),
      concurrency: 10,
    };
    console.log('Search (ms):', search);

    // 4. Two-way matching.
    const random = randomFrom(seed + 1);
    const open = await dataSource.getRepository(Scenario).find({ where: { status: 'open' }, take: 2000, select: { id: true } });
    const sample = Array.from({ length: 100 }, () => open[Math.floor(random() * open.length)].id);
    const engine = app.get(MatchEngine);
    const toEnterprises: number[] = [];
    for (const id of sample) {
      const scenario = await dataSource.getRepository(Scenario).findOneByOrFail({ id });
      toEnterprises.push((await timed(() => engine.enterprisesFor(scenario, 20)))[1]);
    }
    const profiles = await dataSource.getRepository(CapabilityProfile).find({ take: 2000, select: { organizationId: true } });
    const matching = app.get(MatchingService);
    const toScenarios: number[] = [];
    for (let i = 0; i < 100; i++) {
      const organizationId = profiles[Math.floor(random() * profiles.length)].organizationId;
      const organization = await dataSource.getRepository(Organization).findOneByOrFail({ id: organizationId });
      const profile = await dataSource.getRepository(CapabilityProfile).findOneByOrFail({ organizationId });
      toScenarios.push((await timed(() => matching.recommend(organization, profile, 10)))[1]);
    }
    const matchingResults = {
      scenarioToEnterprisesP50: round(percentile(toEnterprises, 50)),
      scenarioToEnterprisesP95: round(percentile(toEnterprises, 95)),
      scenarioToEnterprisesP99: round(percentile(toEnterprises, 99)),
      enterpriseToScenariosP50: round(percentile(toScenarios, 50)),
      enterpriseToScenariosP95: round(percentile(toScenarios, 95)),
      enterpriseToScenariosP99: round(percentile(toScenarios, 99)),
    };
    console.log('Matching (ms):', matchingResults);

    // 5. Sync lag: 10 writes a second for 15 seconds (150 different scenarios), each committed
    //    with its outbox row. One watcher asks Meilisearch every 50 ms, in one multi-search, for
    //    each pending write's new word (restricted to its document, so the watching itself adds
    //    little load), and notes when each becomes searchable.
    const outbox = app.get(OutboxService);
    const syncStarted = Date.now();
    const lags: number[] = [];
    const watching = new Map<string, { id: string; started: number }>();
    let writing = true;
    const watcher = (async () => {
      while (writing || watching.size > 0) {
        const entries = [...watching.entries()];
        if (entries.length) {
          const { results } = await meili.client.multiSearch<{ queries: MultiSearchQuery[] }, { id: string }>({
            queries: entries.map(([token, w]) => ({
              indexUid: index,
              q: token,
              filter: `id = "${w.id}"`,
              limit: 1,
              attributesToRetrieve: ['id'],
            })),
          });
          const now = Date.now();
          results.forEach((result, i) => {
            const [token, w] = entries[i];
            if (result.hits.length) lags.push(now - w.started);
            else if (now - w.started > 60_000) lags.push(NaN);
            else return;
            watching.delete(token);
          });
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    // Each write touches a scenario of its own: a second write to the same one before the first is
    // indexed would replace its word, and the first would look lost.
    const targets = [...open].sort(() => random() - 0.5).slice(0, 150);
    for (let i = 0; i < targets.length; i++) {
      const id = targets[i].id;
      const token = `lag${seed}x${i}x${randomBytes(3).toString('hex')}`;
      const started = Date.now();
      await dataSource.transaction(async (manager) => {
        await manager.update(Scenario, { id }, { summary: `基准写入 ${token}` });
        await outbox.enqueue(manager, 'scenario', [id]);
      });
      watching.set(token, { id, started });
      await new Promise((r) => setTimeout(r, 100));
    }
    writing = false;
    await watcher;
    // Where the time went, from Meilisearch's own record of the sync tasks: waiting in its queue
    // vs processing.
    const { results: tasks } = await meili.client.tasks.getTasks({
      indexUids: [index],
      types: ['documentAdditionOrUpdate'],
      afterEnqueuedAt: new Date(syncStarted).toISOString(),
      limit: 1000,
    });
    const ms = (from?: string | null, to?: string | null) => (from && to ? Date.parse(to) - Date.parse(from) : NaN);
    const waited = tasks.map((t) => ms(t.enqueuedAt, t.startedAt)).filter((n) => !Number.isNaN(n));
    const processed = tasks.map((t) => ms(t.startedAt, t.finishedAt)).filter((n) => !Number.isNaN(n));
    const syncLag = {
      writesPerSecond: 10,
      p50: round(percentile(lags, 50)),
      p95: round(percentile(lags, 95)),
      max: round(Math.max(...lags.filter((l) => !Number.isNaN(l)))),
      lost: lags.filter((l) => Number.isNaN(l)).length,
      meiliTasks: tasks.length,
      meiliQueuedP95: round(percentile(waited, 95)),
      meiliProcessingP50: round(percentile(processed, 50)),
      meiliProcessingP95: round(percentile(processed, 95)),
    };
    console.log('Sync lag (ms):', syncLag);

    // 6. A list endpoint, first page vs a deep page (admin's scenario list): by keyset cursor
    // (walked once to the last page) and, for comparison, by page number (offset).
    const adminToken = await signInAdmin(api);
    const listPage = async (query: string): Promise<string | null> => {
      const r = await fetch(`${api}/api/v1/admin/scenarios?status=open&pageSize=20&${query}`, {
        headers: { Authorization: `Bearer ${adminToken}` },
      });
      if (!r.ok) throw new Error(`list ${r.status}`);
      return ((await r.json()) as { nextCursor: string | null }).nextCursor;
    };
    let deepCursor = '';
    let deep = 1;
    for (let cursor = await listPage('page=1'); cursor; cursor = await listPage(`after=${cursor}`)) {
      deepCursor = cursor;
      deep++;
    }
    const first: number[] = [];
    const last: number[] = [];
    const lastByOffset: number[] = [];
    for (let i = 0; i < 30; i++) {
      first.push((await timed(() => listPage('page=1')))[1]);
      last.push((await timed(() => listPage(`after=${deepCursor}`)))[1]);
      lastByOffset.push((await timed(() => listPage(`page=${deep}`)))[1]);
    }
    const pagination = {
      deepPage: deep,
      firstPageP50: round(percentile(first, 50)),
      deepPageP50: round(percentile(last, 50)),
      ratio: round(percentile(last, 50) / percentile(first, 50), 2),
      deepPageByOffsetP50: round(percentile(lastByOffset, 50)),
    };
    console.log('List pages (ms):', pagination);

    const bundle = process.argv.includes('--skip-bundle') ? null : measureBundle();
    if (bundle) console.log('Initial JavaScript (KiB, gzip):', bundle);

    const results: Results = {
      machine,
      data: { scenarios: scenarioCount, profiles: profileCount, agencies, loadSeconds: round(loadMs / 1000) },
      search,
      matching: matchingResults,
      syncLag,
      reindex: reindexResults,
      pagination,
      bundle,
    };
    mkdirSync(outDir, { recursive: true });
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    writeFileSync(path.join(outDir, `scale-${stamp}.json`), JSON.stringify(results, null, 2));
    writeFileSync(path.join(outDir, `scale-${stamp}.md`), markdown(results));
    console.log(`\n${markdown(results)}\nWritten to ${path.relative(process.cwd(), outDir)}/scale-${stamp}.{json,md}`);
  } finally {
    await app?.close();
    await services.stop();
  }
}

async function signInAdmin(api: string): Promise<string> {
  const response = await fetch(`${api}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (!response.ok) throw new Error(`admin sign-in failed: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Bulk insert: agencies, enterprises with profiles, scenarios — in chunks, through the query builder. */
async function load(dataSource: DataSource, scenarios: number, profiles: number, seed: number): Promise<number> {
  const agencies = agencyCount(scenarios);
  const agencyIds: string[] = [];
  const orgs = dataSource.getRepository(Organization);
  for (let i = 0; i < agencies; i += 500) {
    const chunk = Array.from({ length: Math.min(500, agencies - i) }, (_, k) => ({
      kind: 'agency' as const,
      name: `基准发布单位 ${i + k + 1}`,
      creditCode: null,
      region: '四川省/锦城市',
      status: 'verified' as const,
    }));
    const inserted = await orgs.createQueryBuilder().insert().values(chunk).returning(['id']).execute();
    agencyIds.push(...(inserted.identifiers as { id: string }[]).map((r) => r.id));
  }
  const now = Date.now();
  let batch: Record<string, unknown>[] = [];
  const flushScenarios = async () => {
    if (batch.length) await dataSource.getRepository(Scenario).createQueryBuilder().insert().values(batch).execute();
    batch = [];
  };
  let n = 0;
  for (const s of generateScenarios(scenarios, seed)) {
    const deadline = new Date(now + s.deadlineInDays * DAY);
    batch.push({
      organizationId: agencyIds[s.agency],
      status: s.deadlineInDays < 0 ? 'closed' : 'open',
      title: s.title,
      summary: s.summary,
      description: s.description,
      scope: s.scope,
      sectorCode: s.sectorCode,
      region: s.region,
      tags: s.tags,
      budgetMin: s.budgetMin,
      budgetMax: s.budgetMax,
      budgetNegotiable: s.budgetMin === null,
      cooperationMode: s.cooperationMode,
      qualifications: s.qualifications,
      rubric: [
        { name: '技术方案', weight: 50 },
        { name: '团队与业绩', weight: 30 },
        { name: '报价', weight: 20 },
      ],
      deadline,
      sealed: true,
      publishedAt: new Date(deadline.getTime() - 45 * DAY),
      closedAt: s.deadlineInDays < 0 ? deadline : null,
      version: 1,
    });
    if (batch.length === 1000) await flushScenarios();
    if (++n % 20_000 === 0) console.log(`  scenarios ${n}/${scenarios}`);
  }
  await flushScenarios();
  n = 0;
  let organizations: Record<string, unknown>[] = [];
  let rows: Omit<ReturnType<typeof generateProfiles> extends Generator<infer P> ? P : never, 'name' | 'region' | 'english'>[] = [];
  const flushProfiles = async () => {
    if (!organizations.length) return;
    const inserted = await orgs.createQueryBuilder().insert().values(organizations).returning(['id']).execute();
    const ids = (inserted.identifiers as { id: string }[]).map((r) => r.id);
    await dataSource
      .getRepository(CapabilityProfile)
      .createQueryBuilder()
      .insert()
      .values(rows.map((p, k) => ({ ...p, organizationId: ids[k], openForMatching: true })))
      .execute();
    organizations = [];
    rows = [];
  };
  for (const p of generateProfiles(profiles, seed)) {
    const { name, region, english: _english, ...profile } = p;
    organizations.push({ kind: 'enterprise', name, creditCode: null, region, status: 'verified' });
    rows.push(profile);
    if (organizations.length === 1000) await flushProfiles();
    if (++n % 10_000 === 0) console.log(`  profiles ${n}/${profiles}`);
  }
  await flushProfiles();
  return agencies;
}

/**
 * The compressed initial JavaScript of the public pages: the entry chunk and every chunk it
 * imports, plus the page's own chunk and every chunk that one imports (from Vite's manifest).
 * Counted as served — the precompressed Brotli copy (gzip for browsers without Brotli beside it).
 */
const PUBLIC_PAGES = [
  ['home', 'HomePage'],
  ['search', 'ScenariosPage'],
  ['scenario', 'ScenarioDetailPage'],
  ['results', 'ResultsPage'],
  ['statistics', 'StatisticsPage'],
] as const;

function measureBundle(): Record<string, number> | null {
  const dist = path.resolve(__dirname, '../../../web/dist');
  const manifestFile = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return null;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[] }
  >;
  const closure = (key: string, into: Set<string>): Set<string> => {
    if (!into.has(key)) {
      into.add(key);
      for (const imported of manifest[key].imports ?? []) closure(imported, into);
    }
    return into;
  };
  const served = (file: string, encoding: 'br' | 'gz') => {
    const full = path.join(dist, file);
    // Files under 1 KiB are not precompressed and go out as they are.
    return existsSync(`${full}.${encoding}`) ? readFileSync(`${full}.${encoding}`).length : readFileSync(full).length;
  };
  const kib = (keys: Set<string>, encoding: 'br' | 'gz') =>
    round([...keys].reduce((sum, key) => sum + served(manifest[key].file, encoding), 0) / 1024);
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)!;
  const entry = closure(entryKey, new Set());
  const sizes: Record<string, number> = { entryKiB: kib(entry, 'br'), entryGzipKiB: kib(entry, 'gz') };
  for (const [label, name] of PUBLIC_PAGES) {
    const key = Object.keys(manifest).find((k) => k.endsWith(`/${name}.tsx`));
    const files = key ? closure(key, new Set(entry)) : entry;
    sizes[`${label}KiB`] = kib(files, 'br');
    sizes[`${label}GzipKiB`] = kib(files, 'gz');
  }
  return sizes;
}

function markdown(r: Results): string {
  const rows: [string, string, string][] = [
    ['Search p50 / p95, API', `${r.search.apiP50} / ${r.search.apiP95} ms`, ''],
    ['Search p50 / p95, Meilisearch direct', `${r.search.directP50} / ${r.search.directP95} ms`, ''],
    ['Meilisearch processing time p50 / p95', `${r.search.meiliProcessingP50} / ${r.search.meiliProcessingP95} ms`, ''],
    ['API ÷ direct, p50 / p95', `${r.search.ratioP50}× / ${r.search.ratioP95}×`, 'p95 ≤ 1.5×'],
    ['Requests/s at concurrency 10, API / direct', `${r.search.apiRequestsPerSecond} / ${r.search.directRequestsPerSecond}`, ''],
    [
      'Scenario → enterprises p50 / p95 / p99',
      `${r.matching.scenarioToEnterprisesP50} / ${r.matching.scenarioToEnterprisesP95} / ${r.matching.scenarioToEnterprisesP99} ms`,
      'p95 ≤ 150 ms',
    ],
    [
      'Enterprise → scenarios p50 / p95 / p99',
      `${r.matching.enterpriseToScenariosP50} / ${r.matching.enterpriseToScenariosP95} / ${r.matching.enterpriseToScenariosP99} ms`,
      'p95 ≤ 150 ms',
    ],
    [
      'Sync lag p50 / p95 / max (10 writes/s)',
      `${r.syncLag.p50} / ${r.syncLag.p95} / ${r.syncLag.max} ms, ${r.syncLag.lost} lost; Meilisearch processing p50 / p95 ${r.syncLag.meiliProcessingP50} / ${r.syncLag.meiliProcessingP95} ms over ${r.syncLag.meiliTasks} tasks`,
      'p95 ≤ 2 s',
    ],
    ['Full reindex, scenarios / capabilities', `${r.reindex.scenariosSeconds} / ${r.reindex.capabilitiesSeconds} s`, 'scenarios ≤ 60 s'],
    ['Index size on disk', `${r.reindex.databaseSizeMiB} MiB`, ''],
    [
      `Admin list, page 1 vs page ${r.pagination.deepPage} by cursor (p50)`,
      `${r.pagination.firstPageP50} / ${r.pagination.deepPageP50} ms (${r.pagination.ratio}×); by page number ${r.pagination.deepPageByOffsetP50} ms`,
      'equal',
    ],
  ];
  if (r.bundle) {
    const b = r.bundle;
    const pages = (suffix: string) => PUBLIC_PAGES.map(([label]) => b[`${label}${suffix}`]).join(' / ');
    rows.push(['Initial JS as served (Brotli): home / search / scenario / results / statistics', `${pages('KiB')} KiB`, '≤ 250 KiB']);
    rows.push(['Initial JS, gzip: home / search / scenario / results / statistics', `${pages('GzipKiB')} KiB`, '']);
  }
  return [
    `Data: ${r.data.scenarios} scenarios, ${r.data.profiles} profiles, ${r.data.agencies} agencies (loaded in ${r.data.loadSeconds} s). Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.platform}, Node ${r.machine.node}.`,
    '',
    '| measure | result | target |',
    '| --- | --- | --- |',
    ...rows.map(([a, b, c]) => `| ${a} | ${b} | ${c} |`),
    '',
  ].join('\n');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
