import ExcelJS from 'exceljs';
import { PUBLISHED_SCENARIO_STATUSES } from '@scenebridge/shared';
import { makeTempDataDir, spawnServices, type SpawnedServices } from '@scenebridge/local/spawn';
import { rmSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { buildScenarioInput, Harness, publishScenario } from '../../../test/factories';
import { eventually } from '../../../test/eventually';
import { createScratchDatabase } from '../../../test/scratch-database';
import { DEMO_SCENARIOS } from '../demo/demo-scenarios';
import { ReindexService } from './reindex.service';
import { SEARCH_TIMEOUT_MS } from './meili.service';
import { SearchSyncService } from './search-sync.service';

type Item = {
  id: string;
  title: string;
  tags: string[];
  sector: string;
  budgetMax: number | null;
  highlight: { title: { text: string; match: boolean }[] };
};

describe('public scenario search on Meilisearch', () => {
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({
      DATABASE_URL: scratch.url,
      RUN_MIGRATIONS: 'true',
      SEED_DEMO_DATA: 'true',
      OUTBOX_WORKER: 'true',
      OUTBOX_POLL_MS: '50',
    });
    await eventually(async () => {
      const r = await h.http().get('/api/v1/scenarios?pageSize=1').expect(200);
      expect(r.body.total).toBe(DEMO_SCENARIOS.length);
    }, 30_000);
  });
  afterAll(async () => {
    await h.close();
    await scratch.drop();
  });

  const search = async (query: string) =>
    (await h.http().get(`/api/v1/scenarios?${query}`).expect(200)).body as {
      items: Item[];
      total: number;
      facets: Record<string, Record<string, number>>;
    };

  it('finds a newly published scenario by a Chinese query within seconds, and never a draft', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const id = await publishScenario(h, agency.session, { title: '江畔湿地候鸟栖息地智能监测', tags: ['计算机视觉', '生态监测'] });
    const draft = await h
      .http()
      .post('/api/v1/scenarios')
      .set(agency.session.auth)
      .send(buildScenarioInput({ title: '江畔湿地候鸟草稿' }))
      .expect(201);
    const pending = await h
      .http()
      .post('/api/v1/scenarios')
      .set(agency.session.auth)
      .send(buildScenarioInput({ title: '江畔湿地候鸟待审核' }))
      .expect(201);
    await h.http().post(`/api/v1/scenarios/${pending.body.id}/submit`).set(agency.session.auth).expect(200);

    const found = await eventually(async () => {
      const r = await search(`q=${encodeURIComponent('候鸟')}`);
      expect(r.items.map((i) => i.id)).toContain(id);
      return r;
    });
    expect(found.items.map((i) => i.id)).not.toContain(draft.body.id);
    expect(found.items.map((i) => i.id)).not.toContain(pending.body.id);
  });

  it('finds the right items for 交通, 病虫害 and English words, with highlighted matches', async () => {
    const traffic = await search(`q=${encodeURIComponent('交通信号')}&pageSize=10`);
    expect(traffic.items.length).toBeGreaterThanOrEqual(3);
    expect(traffic.items.slice(0, 3).every((i) => i.sector === 'transport')).toBe(true);
    expect(traffic.items[0].highlight.title.some((s) => s.match)).toBe(true);

    const pests = await search(`q=${encodeURIComponent('病虫害')}`);
    const expected = DEMO_SCENARIOS.filter((s) => `${s.title}${s.summary}${s.description}${s.tags.join()}`.includes('病虫害')).map(
      (s) => s.title,
    );
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(pests.items.map((i) => i.title)).toEqual(expect.arrayContaining(expected));

    const ocr = await search('q=OCR');
    expect(ocr.total).toBeGreaterThan(0);
    expect(
      ocr.items.every(
        (i) => JSON.stringify(i).toUpperCase().includes('OCR') || i.tags.some((t) => ['文字识别', '光学字符识别'].includes(t)),
      ),
    ).toBe(true);

    const english = await search('q=traffic%20signal');
    expect(english.items.slice(0, 3).some((i) => i.sector === 'transport')).toBe(true);
  });

  it('treats synonyms as the same capability (机器视觉 finds 计算机视觉)', async () => {
    const tagged = DEMO_SCENARIOS.filter((s) => s.tags.includes('计算机视觉') && !JSON.stringify(s).includes('机器视觉'));
    expect(tagged.length).toBeGreaterThan(0);
    const result = await search(`q=${encodeURIComponent('机器视觉')}&pageSize=100`);
    expect(result.items.map((i) => i.title)).toEqual(expect.arrayContaining(tagged.map((s) => s.title)));
  });

  it('counts facets exactly as the database does, each facet counted without its own filter', async () => {
    await h.app.get(SearchSyncService).drainAll();
    const rows = (await h.app
      .get(DataSource)
      .query(`SELECT sector_code, count(*)::int AS n FROM scenarios WHERE status = ANY($1) GROUP BY sector_code`, [
        [...PUBLISHED_SCENARIO_STATUSES],
      ])) as { sector_code: string; n: number }[];
    const all = await search('pageSize=1');
    expect(all.facets.sector).toEqual(Object.fromEntries(rows.map((r) => [r.sector_code, r.n])));

    const transport = await search('sector=transport&pageSize=100');
    expect(transport.total).toBe(rows.find((r) => r.sector_code === 'transport')!.n);
    expect(transport.items.every((i) => i.sector === 'transport')).toBe(true);
    // Still shows the other sectors' counts, and the status facet within transport only.
    expect(transport.facets.sector).toEqual(all.facets.sector);
    expect(Object.values(transport.facets.status).reduce((a, b) => a + b, 0)).toBe(transport.total);

    const openTransport = await search('sector=transport&status=open&pageSize=100');
    expect(openTransport.total).toBe(transport.facets.status.open);
  });

  it('sorts by budget and pages without overlap', async () => {
    const byBudget = await search('sort=budget&pageSize=20');
    const budgets = byBudget.items.map((i) => i.budgetMax).filter((b): b is number => b !== null);
    expect(budgets).toEqual([...budgets].sort((a, b) => b - a));
    const page1 = await search('sort=newest&pageSize=10&page=1');
    const page2 = await search('sort=newest&pageSize=10&page=2');
    expect(page1.items.map((i) => i.id).filter((id) => page2.items.some((j) => j.id === id))).toEqual([]);
    expect(page1.total).toBe(page2.total);
  });

  it('rejects bad search parameters with 400', async () => {
    await h.http().get('/api/v1/scenarios?pageSize=1000').expect(400);
    await h.http().get('/api/v1/scenarios?status=draft').expect(400);
    await h.http().get('/api/v1/scenarios?sector=%22%20OR%201%3D1').expect(400);
    await h.http().get('/api/v1/scenarios?sort=random').expect(400);
  });

  it('exports the search result as CSV and XLSX with Chinese headers', async () => {
    const expected = (await search('sector=agriculture&pageSize=100')).total;
    const csv = await h.http().get('/api/v1/scenarios/export?format=csv&sector=agriculture').buffer(true).expect(200);
    expect(csv.headers['content-disposition']).toMatch(/^attachment;/);
    const text = csv.text ?? csv.body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.trim().split('\n');
    expect(lines[0]).toContain('编号,场景名称,摘要,所属领域');
    expect(lines.length - 1).toBe(expected);

    const xlsx = await h
      .http()
      .get('/api/v1/scenarios/export?format=xlsx&sector=agriculture')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('场景名称');
    expect(sheet.rowCount - 1).toBe(expected);
    expect(String(sheet.getRow(2).getCell(4).value)).toBe('智能农业');
  });

  it('rebuilds the index and swaps it in while searches keep answering, losing none', async () => {
    const before = (await search('pageSize=1')).total;
    let running = true;
    const answers: number[] = [];
    const failures: string[] = [];
    const searchers = Array.from({ length: 4 }, async () => {
      while (running) {
        const r = await h.http().get(`/api/v1/scenarios?q=${encodeURIComponent('智能')}&pageSize=5`);
        if (r.status === 200) answers.push(r.body.total);
        else failures.push(`${r.status} ${r.body.code}`);
      }
    });
    const result = await h.app.get(ReindexService).rebuildScenarios();
    running = false;
    await Promise.all(searchers);
    expect(failures).toEqual([]);
    expect(answers.length).toBeGreaterThan(4);
    expect(result.indexed).toBe(before);
    expect((await search('pageSize=1')).total).toBe(before);
  });

  it('shows admins the sync status', async () => {
    const admin = await h.adminSession();
    const status = await h.http().get('/api/v1/admin/search/status').set(admin.auth).expect(200);
    expect(status.body).toMatchObject({ searchUp: true, failing: 0 });
    expect(status.body.documents).toBeGreaterThanOrEqual(DEMO_SCENARIOS.length);
  });
});

describe('search while Meilisearch is down', () => {
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let meili: SpawnedServices;
  const dir = makeTempDataDir();

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    meili = await spawnServices({ dataDir: dir, meili: true });
    h = await Harness.start({
      DATABASE_URL: scratch.url,
      RUN_MIGRATIONS: 'true',
      MEILI_URL: meili.meili!.url,
      MEILI_MASTER_KEY: meili.meili!.masterKey,
      OUTBOX_WORKER: 'true',
      OUTBOX_POLL_MS: '50',
    });
  });
  afterAll(async () => {
    await h.close();
    await meili.stop();
    await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes while Meilisearch is stopped, answers search with 503, and the scenario is searchable once it is back', async () => {
    const { port, masterKey } = meili.meili!;
    const agency = await h.registerVerified({ kind: 'agency' });
    await meili.stop();

    const id = await publishScenario(h, agency.session, { title: '断网期间发布的山洪预警场景' });
    const down = await h
      .http()
      .get(`/api/v1/scenarios?q=${encodeURIComponent('山洪')}`)
      .expect(503);
    expect(down.body.code).toBe('SEARCH_UNAVAILABLE');
    expect((await h.http().get(`/api/v1/scenarios/${id}`).expect(200)).body.status).toBe('open');
    await eventually(async () => {
      const status = await h
        .http()
        .get('/api/v1/admin/search/status')
        .set((await h.adminSession()).auth)
        .expect(200);
      expect(status.body.pending).toBeGreaterThan(0);
      expect(status.body.failing).toBeGreaterThan(0);
    });

    meili = await spawnServices({ dataDir: dir, meili: { port, masterKey } });
    await eventually(
      async () => {
        const r = await h
          .http()
          .get(`/api/v1/scenarios?q=${encodeURIComponent('山洪')}`)
          .expect(200);
        expect(r.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
      },
      45_000,
      250,
    );
  });

  it('answers 503 within the search time limit when Meilisearch hangs, while writes keep working', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const id = await publishScenario(h, agency.session, { title: '冻结期间修改的城市内涝场景' });
    // Frozen, not gone: connections are accepted but nothing answers.
    process.kill(meili.meili!.pid, 'SIGSTOP');
    try {
      const started = Date.now();
      const down = await h
        .http()
        .get(`/api/v1/scenarios?q=${encodeURIComponent('内涝')}`)
        .expect(503);
      expect(down.body.code).toBe('SEARCH_UNAVAILABLE');
      // Answered by the search time limit, not by the client's general 10 s timeout (or never).
      expect(Date.now() - started).toBeLessThan(SEARCH_TIMEOUT_MS + 5_000);
      const amended = await h.http().patch(`/api/v1/scenarios/${id}`).set(agency.session.auth).send({ summary: '冻结期间的修改已保存。' });
      expect(amended.status).toBe(200);
    } finally {
      process.kill(meili.meili!.pid, 'SIGCONT');
    }
    await eventually(
      async () => {
        const r = await h
          .http()
          .get(`/api/v1/scenarios?q=${encodeURIComponent('冻结期间的修改已保存')}`)
          .expect(200);
        expect(r.body.items.map((i: { id: string }) => i.id)).toContain(id);
      },
      45_000,
      250,
    );
  });
});
