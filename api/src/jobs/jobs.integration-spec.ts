import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ManualClock } from '../common/clock';
import { eventually } from '../../test/eventually';
import { Harness, publishScenario } from '../../test/factories';
import { createScratchDatabase } from '../../test/scratch-database';
import { OutboxService } from '../modules/search/outbox.service';
import { SearchSyncService } from '../modules/search/search-sync.service';
import { JobRunner } from './job-runner';

describe('background jobs: one runner, leased outbox entries', () => {
  const clock = new ManualClock();
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true', OUTBOX_WORKER: 'true', OUTBOX_POLL_MS: '50' }, { clock });
  });
  afterAll(async () => {
    await h.close();
    await scratch.drop();
  });

  const pending = async () => ((await h.app.get(DataSource).query('SELECT count(*)::int AS n FROM search_outbox')) as { n: number }[])[0].n;

  it('shows admins the jobs of this process; others get 401 or 403', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    await publishScenario(h, agency.session, { title: '港区集装箱智能理货' });
    await eventually(async () => expect(await pending()).toBe(0), 20_000, 100);
    const admin = await h.adminSession();
    const { body } = await h.http().get('/api/v1/admin/jobs').set(admin.auth).expect(200);
    const byName = new Map((body as { name: string }[]).map((j) => [j.name, j]));
    expect([...byName.keys()].sort()).toEqual(['deadlines', 'mail', 'outbox', 'results']);
    expect(byName.get('outbox')).toMatchObject({ enabled: true, failures: 0, lastError: null });
    expect((byName.get('outbox') as unknown as { runs: number }).runs).toBeGreaterThan(0);
    // The harness runs no scheduler: those jobs are registered, not run.
    expect(byName.get('deadlines')).toMatchObject({ enabled: false, runs: 0 });
    await h.http().get('/api/v1/admin/jobs').expect(401);
    await h.http().get('/api/v1/admin/jobs').set(agency.session.auth).expect(403);
  });

  it('holds no transaction while Meilisearch works: the claimed entries are committed as leased first', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const sync = h.app.get(SearchSyncService);
    const dataSource = h.app.get(DataSource);
    // Stop the runner's own rounds from interfering: drain by hand from here.
    await h.app.get(JobRunner).stop();
    const id = await publishScenario(h, agency.session, { title: '园区无人巡检车调度' });
    const seen: { leased: number; openTransactions: number }[] = [];
    const original = sync.syncIndex.bind(sync);
    sync.syncIndex = async (definition, ids) => {
      // While the documents are being written, another connection sees the lease, and no
      // connection of this application sits idle inside a transaction.
      const [row] = (await dataSource.query(
        `SELECT (SELECT count(*)::int FROM search_outbox WHERE next_attempt_at > $1) AS leased,
                (SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database()
                   AND state = 'idle in transaction' AND pid <> pg_backend_pid()) AS "openTransactions"`,
        [clock.now()],
      )) as { leased: number; openTransactions: number }[];
      seen.push(row);
      return original(definition, ids);
    };
    try {
      const result = await sync.drainOnce();
      expect(result.failed).toBe(0);
      expect(result.claimed).toBeGreaterThan(0);
    } finally {
      sync.syncIndex = original;
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0].leased).toBeGreaterThan(0);
    expect(seen[0].openTransactions).toBe(0);
    expect(await pending()).toBe(0);
    const found = await h
      .http()
      .get(`/api/v1/scenarios?q=${encodeURIComponent('无人巡检车')}`)
      .expect(200);
    expect((found.body as { items: { id: string }[] }).items.map((i) => i.id)).toContain(id);
  });

  it('an entry claimed by a worker that died comes back when its lease is over, and is then processed', async () => {
    const dataSource = h.app.get(DataSource);
    const sync = h.app.get(SearchSyncService);
    const agency = await h.registerVerified({ kind: 'agency' });
    const id = await publishScenario(h, agency.session, { title: '湖区水华遥感预警' });
    // The state a dead worker leaves: the entry leased for 30 s from now, never finished.
    await dataSource.query(`UPDATE search_outbox SET next_attempt_at = $1::timestamptz + interval '30 seconds'`, [clock.now()]);
    expect(await sync.drainOnce()).toEqual({ claimed: 0, failed: 0 });
    clock.advance(31_000);
    const result = await sync.drainOnce();
    expect(result).toMatchObject({ failed: 0 });
    expect(result.claimed).toBeGreaterThan(0);
    expect(await pending()).toBe(0);
    const found = await h
      .http()
      .get(`/api/v1/scenarios?q=${encodeURIComponent('水华遥感')}`)
      .expect(200);
    expect((found.body as { items: { id: string }[] }).items.map((i) => i.id)).toContain(id);
  });
});

describe('a commit that gives the outbox work wakes its job', () => {
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    // A poll interval far longer than the test: only the wake-up can start a round.
    h = await Harness.start({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true', OUTBOX_WORKER: 'true', OUTBOX_POLL_MS: '60000' });
  });
  afterAll(async () => {
    await h.close();
    await scratch.drop();
  });

  const outboxRuns = () =>
    h.app
      .get(JobRunner)
      .stats()
      .find((j) => j.name === 'outbox')!.runs;
  const pending = async () => ((await h.app.get(DataSource).query('SELECT count(*)::int AS n FROM search_outbox')) as { n: number }[])[0].n;

  it('after commit, not before and not after a rollback, with no nudge written by the caller', async () => {
    await eventually(async () => expect(outboxRuns()).toBeGreaterThan(0), 10_000, 50);
    await eventually(
      async () =>
        expect(
          h.app
            .get(JobRunner)
            .stats()
            .find((j) => j.name === 'outbox')!.running,
        ).toBe(false),
      10_000,
      50,
    );
    const dataSource = h.app.get(DataSource);
    const outbox = h.app.get(OutboxService);
    const before = outboxRuns();

    // Rolled back: nothing written, nobody woken.
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.enqueue(manager, 'scenario', [randomUUID()]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await new Promise((r) => setTimeout(r, 500));
    expect(outboxRuns()).toBe(before);

    // Written inside a savepoint of a longer transaction: still nothing until the outer commit.
    let runsBeforeCommit = -1;
    await dataSource.transaction(async (manager) => {
      await manager.transaction(async (inner) => outbox.enqueue(inner, 'scenario', [randomUUID()]));
      await new Promise((r) => setTimeout(r, 300));
      runsBeforeCommit = outboxRuns();
    });
    expect(runsBeforeCommit).toBe(before);
    await eventually(async () => expect(await pending()).toBe(0), 5_000, 50);
    expect(outboxRuns()).toBeGreaterThan(before);
  });
});
