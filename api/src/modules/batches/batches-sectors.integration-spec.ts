import { Harness } from '../../../test/factories';
import { createScratchDatabase } from '../../../test/scratch-database';

describe('batches and sectors administration', () => {
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true' });
  });
  afterAll(async () => {
    await h.close();
    await scratch.drop();
  });

  it('seeds the eleven sectors of the plan and lists active ones publicly in order', async () => {
    const list = await h.http().get('/api/v1/sectors').expect(200);
    expect(list.body.items.map((s: { nameZh: string }) => s.nameZh)).toEqual([
      '智能农业',
      '智能制造',
      '智能商务',
      '智能软硬件',
      '智能运载工具',
      '智能健康',
      '智能文旅',
      '智能教育',
      '智能政务',
      '智慧城市',
      '智能交通',
    ]);
  });

  it('lets admins add, rename and deactivate sectors; inactive sectors are not offered for new scenarios', async () => {
    const admin = await h.adminSession();
    await h
      .http()
      .post('/api/v1/admin/sectors')
      .set(admin.auth)
      .send({ code: 'energy', nameZh: '智能能源', nameEn: 'Smart energy' })
      .expect(201);
    expect(
      (await h.http().post('/api/v1/admin/sectors').set(admin.auth).send({ code: 'energy', nameZh: '重复', nameEn: 'Dup' }).expect(409))
        .body.code,
    ).toBe('SECTOR_EXISTS');
    await h.http().post('/api/v1/admin/sectors').set(admin.auth).send({ code: 'Bad Code', nameZh: 'x', nameEn: 'x' }).expect(400);
    await h.http().patch('/api/v1/admin/sectors/energy').set(admin.auth).send({ nameZh: '智慧能源', active: false }).expect(200);
    const publicList = await h.http().get('/api/v1/sectors').expect(200);
    expect(publicList.body.items.map((s: { code: string }) => s.code)).not.toContain('energy');
    const all = await h.http().get('/api/v1/admin/sectors').set(admin.auth).expect(200);
    expect(all.body.items.find((s: { code: string }) => s.code === 'energy')).toMatchObject({ nameZh: '智慧能源', active: false });
    const agency = await h.registerVerified({ kind: 'agency' });
    expect(
      (await h.http().post('/api/v1/scenarios').set(agency.session.auth).send({ title: '能源场景', sector: 'energy' }).expect(400)).body
        .code,
    ).toBe('UNKNOWN_SECTOR');
    await h.http().patch('/api/v1/admin/sectors/nowhere').set(admin.auth).send({ active: true }).expect(404);
  });

  it('creates batches named the way lists name them, refuses duplicates, and publishes planned ones only to admins', async () => {
    const admin = await h.adminSession();
    const created = await h.http().post('/api/v1/admin/batches').set(admin.auth).send({ year: 2027, number: 3 }).expect(201);
    expect(created.body).toMatchObject({ name: '2027年第三批', status: 'planned', scenarioCount: 0 });
    expect((await h.http().post('/api/v1/admin/batches').set(admin.auth).send({ year: 2027, number: 3 }).expect(409)).body.code).toBe(
      'BATCH_EXISTS',
    );
    await h.http().post('/api/v1/admin/batches').set(admin.auth).send({ year: 1999, number: 0 }).expect(400);
    expect((await h.http().get('/api/v1/batches').expect(200)).body.items.map((b: { id: string }) => b.id)).not.toContain(created.body.id);
    await h
      .http()
      .patch(`/api/v1/admin/batches/${created.body.id}`)
      .set(admin.auth)
      .send({ status: 'published', name: '2027年第三批（补充）' })
      .expect(200);
    expect(
      (await h.http().get('/api/v1/batches').expect(200)).body.items.find((b: { id: string }) => b.id === created.body.id),
    ).toMatchObject({ name: '2027年第三批（补充）', status: 'published' });
  });

  it('closes batch and sector administration to members (403) and visitors (401)', async () => {
    const member = await h.registerVerified({ kind: 'agency' });
    for (const [method, url] of [
      ['get', '/api/v1/admin/batches'],
      ['post', '/api/v1/admin/batches'],
      ['get', '/api/v1/admin/sectors'],
      ['post', '/api/v1/admin/sectors'],
      ['get', '/api/v1/admin/scenarios'],
      ['get', '/api/v1/admin/search/status'],
    ] as const) {
      await h.http()[method](url).expect(401);
      await h.http()[method](url).set(member.session.auth).send({}).expect(403);
    }
  });
});
