import { makeTempDataDir, spawnServices, type SpawnedServices } from '@scenebridge/local/spawn';
import { rmSync } from 'node:fs';
import { ensureBatch, Harness, publishScenario } from '../../../test/factories';
import { eventually } from '../../../test/eventually';
import { createScratchDatabase } from '../../../test/scratch-database';
import { ReconcileService } from './reconcile.service';
import { SearchSyncService } from './search-sync.service';

/** `FAULT_LONG=1` (npm run faults:long) makes it thousands of writes. */
const LONG = process.env.FAULT_LONG === '1';
const SCENARIOS = LONG ? 60 : 12;
const WRITES = LONG ? 3_000 : 240;
const KILL_AT = [WRITES / 4, WRITES / 2, (3 * WRITES) / 4];

/**
 * Faults: Meilisearch is killed (SIGKILL) three times while scenarios are being amended; every write succeeds, and once it is back the index matches PostgreSQL
 * exactly — no missing, stale or extra document.
 */
describe('fault: Meilisearch killed three times during writes', () => {
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
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
  });
  afterAll(async () => {
    await h?.close();
    await meili?.stop();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'keeps every write, and the index matches PostgreSQL after recovery',
    async () => {
      const agency = await h.registerVerified({ kind: 'agency' });
      const batchId = await ensureBatch(h, 2032, 1);
      const ids: string[] = [];
      for (let i = 0; i < SCENARIOS; i++) ids.push(await publishScenario(h, agency.session, { title: `故障注入场景 ${i}` }, batchId));
      await h.app.get(SearchSyncService).drainAll();

      const { port, masterKey } = meili.meili!;
      const sync = h.app.get(SearchSyncService);
      let failedWrites = 0;
      let outagesSeen = 0;
      for (let i = 0; i < WRITES; i++) {
        if (KILL_AT.includes(i)) {
          process.kill(meili.meili!.pid, 'SIGKILL');
          await meili.stop().catch(() => undefined);
        }
        // Back a few writes later, on the same port and data — once the worker has felt the outage.
        if (KILL_AT.some((k) => i === k + 15)) {
          await eventually(async () => expect((await sync.status()).failing).toBeGreaterThan(0), 15_000, 100);
          outagesSeen++;
          meili = await spawnServices({ dataDir: dir, meili: { port, masterKey } });
        }
        const id = ids[i % ids.length];
        const response = await h
          .http()
          .patch(`/api/v1/scenarios/${id}`)
          .set(agency.session.auth)
          .send({ summary: `第 ${i} 次修改：利用视频检测优化信号配时。` });
        if (response.status !== 200) failedWrites++;
      }
      expect(failedWrites).toBe(0);
      expect(outagesSeen).toBe(3);

      // The worker retries with backoff; once the outbox is empty, the index must equal PostgreSQL.
      await eventually(async () => expect((await sync.status()).pending).toBe(0), 90_000, 500);
      const report = await h.app.get(ReconcileService).scenarios();
      expect(report).toMatchObject({ expected: SCENARIOS, indexed: SCENARIOS, missing: [], stale: [], extra: [] });
      const last = await h
        .http()
        .get(`/api/v1/scenarios?q=${encodeURIComponent(`第 ${WRITES - 1} 次修改`)}`)
        .expect(200);
      expect(last.body.items.map((s: { id: string }) => s.id)).toContain(ids[(WRITES - 1) % ids.length]);
    },
    LONG ? 30 * 60_000 : 120_000,
  );

  it('finds what went wrong in the index, and repairs it through the outbox', async () => {
    const reconcile = h.app.get(ReconcileService);
    const index = h.app.get(SearchSyncService).index<{ id: string; title: string }>('scenarios');
    const { results } = await index.getDocuments({ limit: 2 });
    const [gone, changed] = results.map((d) => d.id);
    await index.deleteDocument(gone).waitTask();
    await index.updateDocuments([{ id: changed, title: '被篡改的标题' }]).waitTask();
    await index.addDocuments([{ ...results[0], id: '00000000-0000-4000-8000-000000000001' }]).waitTask();

    const broken = await reconcile.scenarios();
    expect(broken).toMatchObject({ missing: [gone], stale: [changed], extra: ['00000000-0000-4000-8000-000000000001'] });
    expect(await reconcile.repair(broken)).toBe(3);
    await eventually(async () => expect(await reconcile.scenarios()).toMatchObject({ missing: [], stale: [], extra: [] }), 20_000, 250);
  });
});
