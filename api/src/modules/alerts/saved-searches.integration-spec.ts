import { DataSource } from 'typeorm';
import { ensureBatch, Harness, publishScenario } from '../../../test/factories';
import { createScratchDatabase } from '../../../test/scratch-database';
import { SearchSyncService } from '../search/search-sync.service';
import { MAX_SAVED_SEARCHES } from './saved-searches.service';

type Member = Awaited<ReturnType<Harness['register']>>;

describe('saved searches and their alerts', () => {
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let agency: Member;
  let alice: Member;
  let bob: Member;
  let batchId: string;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true' });
    agency = await h.registerVerified({ kind: 'agency' });
    alice = await h.registerVerified({ kind: 'enterprise' });
    bob = await h.registerVerified({ kind: 'enterprise' });
    batchId = await ensureBatch(h, 2042, 1);
  });

  afterAll(async () => {
    await h.close();
    await scratch.drop();
  });

  const save = (member: Member, body: Record<string, unknown>) =>
    h.http().post('/api/v1/me/saved-searches').set(member.session.auth).send(body);

  const alertsOf = async (member: Member, scenarioId: string) =>
    (
      (await h.app
        .get(DataSource)
        .query(`SELECT params FROM notifications WHERE user_id = $1 AND type = 'search.matched' AND params->>'scenarioId' = $2`, [
          member.userId,
          scenarioId,
        ])) as { params: Record<string, unknown> }[]
    ).map((r) => r.params);

  it('keeps a user’s searches: create, list, rename, switch alerts, delete', async () => {
    const created = await save(alice, { name: '  四川 交通信号 ', query: { q: '交通信号', sector: ['transport'], province: [] } }).expect(
      201,
    );
    expect(created.body).toMatchObject({ name: '四川 交通信号', query: { q: '交通信号', sector: ['transport'] }, alerts: true });
    expect(created.body.query.province).toBeUndefined();
    const list = await h.http().get('/api/v1/me/saved-searches').set(alice.session.auth).expect(200);
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([created.body.id]);
    const renamed = await h
      .http()
      .patch(`/api/v1/me/saved-searches/${created.body.id}`)
      .set(alice.session.auth)
      .send({ name: '交通信号', alerts: false })
      .expect(200);
    expect(renamed.body).toMatchObject({ name: '交通信号', alerts: false });
    await h.http().delete(`/api/v1/me/saved-searches/${created.body.id}`).set(alice.session.auth).expect(204);
    await h.http().delete(`/api/v1/me/saved-searches/${created.body.id}`).set(alice.session.auth).expect(404);
  });

  it('refuses bad input with field codes, duplicates and more than the limit', async () => {
    const bad = await save(alice, { name: '', query: { sector: ['Not A Code'], budgetBand: ['huge'] } }).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const fields = (bad.body.details as { field: string }[]).map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'query.sector', 'query.budgetBand']));
    await save(alice, { name: 'x', query: {}, extra: 1 }).expect(400);
    await save(alice, { name: '重复', query: { q: 'a' } }).expect(201);
    const dup = await save(alice, { name: '重复', query: { q: 'b' } }).expect(409);
    expect(dup.body.code).toBe('SAVED_SEARCH_EXISTS');
    for (let i = 1; i < MAX_SAVED_SEARCHES; i++) await save(alice, { name: `搜索 ${i}`, query: { q: `词${i}` } }).expect(201);
    const over = await save(alice, { name: '一个太多', query: {} }).expect(409);
    expect(over.body.code).toBe('SAVED_SEARCH_LIMIT');
    const all = await h.http().get('/api/v1/me/saved-searches').set(alice.session.auth).expect(200);
    for (const s of all.body.items as { id: string }[])
      await h.http().delete(`/api/v1/me/saved-searches/${s.id}`).set(alice.session.auth).expect(204);
  });

  it('keeps searches private: someone else’s answers 404, anonymous 401', async () => {
    const mine = await save(alice, { name: '私有', query: { q: '无人机' } }).expect(201);
    await h.http().patch(`/api/v1/me/saved-searches/${mine.body.id}`).set(bob.session.auth).send({ alerts: false }).expect(404);
    await h.http().delete(`/api/v1/me/saved-searches/${mine.body.id}`).set(bob.session.auth).expect(404);
    const bobs = await h.http().get('/api/v1/me/saved-searches').set(bob.session.auth).expect(200);
    expect(bobs.body.items).toEqual([]);
    await h.http().get('/api/v1/me/saved-searches').expect(401);
    await h.http().delete(`/api/v1/me/saved-searches/${mine.body.id}`).set(alice.session.auth).expect(204);
  });

  it('alerts once when a new scenario has all the words and filters of a search with alerts on', async () => {
    const hit = await save(alice, { name: '信号配时', query: { q: '信号配时', sector: ['transport'], province: ['四川省'] } }).expect(201);
    const otherProvince = await save(alice, { name: '浙江信号', query: { q: '信号配时', province: ['浙江省'] } }).expect(201);
    const otherWords = await save(bob, { name: '无人机植保', query: { q: '无人机 植保' } }).expect(201);
    const muted = await save(bob, { name: '静音', query: { q: '信号配时' }, alerts: false }).expect(201);
    const scenarioId = await publishScenario(
      h,
      agency.session,
      { title: '路口信号配时优化', sector: 'transport', region: '四川省/锦城市', tags: ['交通信号', '强化学习'] },
      batchId,
    );
    await h.app.get(SearchSyncService).drainAll();
    const alerts = await alertsOf(alice, scenarioId);
    expect(alerts).toEqual([expect.objectContaining({ searchId: hit.body.id, searchName: '信号配时', title: '路口信号配时优化' })]);
    expect(await alertsOf(bob, scenarioId)).toEqual([]);
    // Replayed by the worker: still one.
    await h.app.get(DataSource).query(`INSERT INTO search_outbox (topic, entity_id) VALUES ('alert', $1)`, [scenarioId]);
    await h.app.get(SearchSyncService).drainAll();
    expect(await alertsOf(alice, scenarioId)).toHaveLength(1);
    expect([otherProvince.body.id, otherWords.body.id, muted.body.id]).not.toContain(alerts[0].searchId);
  });
});
