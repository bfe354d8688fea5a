import { makeTempDataDir, spawnServices, type SpawnedServices } from '@scenebridge/local/spawn';
import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { SearchSyncService } from '../../src/modules/search/search-sync.service';
import { eventually } from '../eventually';
import { buildScenarioInput, ensureBatch, Harness, publishScenario, type Session } from '../factories';

/** `FAULT_LONG=1` (npm run faults:long) restarts three times under a longer load. */
const LONG = process.env.FAULT_LONG === '1';
const RESTARTS = LONG ? 3 : 1;
const WRITES_BETWEEN_RESTARTS = LONG ? 300 : 30;
const DOWN_MS = LONG ? 5_000 : 2_000;

interface Tally {
  statuses: Map<number, number>;
  codes: Set<string>;
  acknowledged: string[];
  lastAmendment?: string;
}

/**
 * Faults: PostgreSQL is restarted while the API is under a steady write load. While it is down
 * every request that needs it answers 503 DATABASE_UNAVAILABLE (never a 500) and the health
 * check says "down"; when it is back the API recovers by itself — no restart — and every write
 * it acknowledged is there.
 */
describe('fault: PostgreSQL restarted under load', () => {
  const dir = makeTempDataDir();
  let services: SpawnedServices;
  let h: Harness;

  beforeAll(async () => {
    services = await spawnServices({ dataDir: dir, postgres: { database: 'faults' } });
    h = await Harness.start({
      DATABASE_URL: services.postgres!.url,
      DATABASE_POOL_SIZE: '4',
      RUN_MIGRATIONS: 'true',
      OUTBOX_WORKER: 'true',
      OUTBOX_POLL_MS: '50',
      SCHEDULER: 'true',
      RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'silent',
    });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await services?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'answers 503 while the database is down, recovers by itself, and loses no acknowledged write',
    async () => {
      const agency = await h.registerVerified({ kind: 'agency' });
      const published = await publishScenario(h, agency.session, { title: '数据库重启演练场景' }, await ensureBatch(h, 2033, 1));
      const tally: Tally = { statuses: new Map(), codes: new Set(), acknowledged: [] };
      let stop = false;
      let amendments = 0;

      const record = (status: number, code?: string) => {
        tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
        if (status >= 400) tally.codes.add(code ?? '(none)');
      };
      const pause = () => new Promise((r) => setTimeout(r, 10));
      // Two writers create drafts, one amends the published scenario (outbox included), one reads.
      const creator = async (writer: number, session: Session) => {
        for (let n = 0; !stop; n++) {
          const response = await h
            .http()
            .post('/api/v1/scenarios')
            .set(session.auth)
            .send(buildScenarioInput({ title: `重启演练草稿 ${writer}-${n}` }));
          record(response.status, response.body.code);
          if (response.status === 201) tally.acknowledged.push(response.body.id);
          await pause();
        }
      };
      const amender = async () => {
        while (!stop) {
          const summary = `重启演练第 ${++amendments} 次修改：视频检测与信号配时。`;
          const response = await h.http().patch(`/api/v1/scenarios/${published}`).set(agency.session.auth).send({ summary });
          record(response.status, response.body.code);
          if (response.status === 200) tally.lastAmendment = summary;
          await pause();
        }
      };
      const reader = async () => {
        while (!stop) {
          const response = await h.http().get(`/api/v1/scenarios/${published}`);
          record(response.status, response.body.code);
          await pause();
        }
      };
      const load = Promise.all([creator(1, agency.session), creator(2, agency.session), amender(), reader()]);
      try {
        await restartUnderLoad();
      } finally {
        stop = true;
        await load;
      }

      async function restartUnderLoad() {
        const { port, database } = { port: services.postgres!.port, database: 'faults' };
        for (let restart = 0; restart < RESTARTS; restart++) {
          const before = tally.acknowledged.length;
          await eventually(
            async () => expect(tally.acknowledged.length - before).toBeGreaterThanOrEqual(WRITES_BETWEEN_RESTARTS),
            120_000,
            50,
          );

          await services.stop();
          // Down: the API keeps answering, with 503 and the contract's error body.
          const health = await h.http().get('/api/v1/health');
          expect(health.status).toBe(503);
          expect(health.body.checks.database).toBe('down');
          const write = await h.http().post('/api/v1/scenarios').set(agency.session.auth).send(buildScenarioInput());
          expect(write.status).toBe(503);
          expect(write.body).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', requestId: expect.any(String) });
          expect(write.headers['retry-after']).toBe('5');
          await new Promise((r) => setTimeout(r, DOWN_MS));

          services = await spawnServices({ dataDir: dir, postgres: { port, database } });
          const after = tally.acknowledged.length;
          // Recovery without restarting the API: writes are acknowledged again.
          await eventually(async () => expect(tally.acknowledged.length).toBeGreaterThan(after + 5), 30_000, 50);
        }
      }

      // Only successes and "database unavailable" — never a 500 or anything else.
      expect([...tally.statuses.keys()].sort()).toEqual([200, 201, 503]);
      expect([...tally.codes]).toEqual(['DATABASE_UNAVAILABLE']);

      // Every acknowledged draft is in PostgreSQL. A request cut off mid-commit may have been
      // stored without an answer: at most one per writer per restart.
      const client = new Client({ connectionString: services.postgres!.url });
      await client.connect();
      try {
        const stored = await client.query<{ id: string }>(`SELECT id FROM scenarios WHERE title LIKE '重启演练草稿 %'`);
        const storedIds = new Set(stored.rows.map((r) => r.id));
        expect(tally.acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
        expect(storedIds.size - tally.acknowledged.length).toBeLessThanOrEqual(2 * RESTARTS);
        const { rows } = await client.query<{ summary: string }>('SELECT summary FROM scenarios WHERE id = $1', [published]);
        expect(rows[0].summary).toBe(tally.lastAmendment);
      } finally {
        await client.end();
      }

      // Background work recovered too: the outbox drains and search shows the last amendment.
      const sync = h.app.get(SearchSyncService);
      await eventually(async () => expect((await sync.status()).pending).toBe(0), 60_000, 250);
      const lastNumber = /第 (\d+) 次/.exec(tally.lastAmendment!)![1];
      await eventually(async () => {
        const found = await h
          .http()
          .get(`/api/v1/scenarios?q=${encodeURIComponent(`重启演练第 ${lastNumber} 次修改`)}`)
          .expect(200);
        expect(found.body.items[0]?.id).toBe(published);
      }, 10_000);
      // The audit chain has no gap across the restarts.
      const admin = await h.adminSession();
      const chain = await h.http().post('/api/v1/admin/audit/verify').set(admin.auth).expect(200);
      expect(chain.body.ok).toBe(true);
    },
    LONG ? 15 * 60_000 : 120_000,
  );
});
