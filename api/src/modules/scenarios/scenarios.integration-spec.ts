import { DataSource } from 'typeorm';
import { ManualClock } from '../../common/clock';
import { buildScenarioInput, ensureBatch, Harness, publishScenario } from '../../../test/factories';
import { eventually } from '../../../test/eventually';
import { createScratchDatabase } from '../../../test/scratch-database';
import { AuditEntry } from '../audit/audit-entry.entity';
import { ScenarioLifecycleService } from './scenario-lifecycle.service';

describe('scenario lifecycle and permissions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.close());

  it('lets an agency draft, submit, see a return with reasons, fix, resubmit, and an admin publish it with a code', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const draft = await h.http().post('/api/v1/scenarios').set(agency.session.auth).send({ title: '只有标题的草稿' }).expect(201);
    expect(draft.body).toMatchObject({ status: 'draft', code: null, version: 0, organization: { id: agency.organizationId } });

    const incomplete = await h.http().post(`/api/v1/scenarios/${draft.body.id}/submit`).set(agency.session.auth).expect(422);
    expect(incomplete.body.code).toBe('SCENARIO_INCOMPLETE');
    expect(incomplete.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['summary', 'sector', 'tags', 'rubric', 'deadline', 'contact']),
    );

    const { title: _t, ...rest } = buildScenarioInput();
    await h.http().patch(`/api/v1/scenarios/${draft.body.id}`).set(agency.session.auth).send(rest).expect(200);
    const submitted = await h.http().post(`/api/v1/scenarios/${draft.body.id}/submit`).set(agency.session.auth).expect(200);
    expect(submitted.body.status).toBe('pending_review');

    const admin = await h.adminSession();
    const queue = await h.http().get('/api/v1/admin/scenarios?status=pending_review&pageSize=100').set(admin.auth).expect(200);
    expect(queue.body.items.map((s: { id: string }) => s.id)).toContain(draft.body.id);
    await h
      .http()
      .post(`/api/v1/scenarios/${draft.body.id}/return`)
      .set(admin.auth)
      .send({ reason: '预算依据不充分，请补充测算说明。' })
      .expect(200);
    const returned = await h.http().get(`/api/v1/scenarios/${draft.body.id}`).set(agency.session.auth).expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', returnReason: '预算依据不充分，请补充测算说明。' });

    await h
      .http()
      .patch(`/api/v1/scenarios/${draft.body.id}`)
      .set(agency.session.auth)
      .send({ fundingSource: '市级财政资金（已附测算）' })
      .expect(200);
    await h.http().post(`/api/v1/scenarios/${draft.body.id}/submit`).set(agency.session.auth).expect(200);
    const batchId = await ensureBatch(h, 2031, 1);
    const published = await h.http().post(`/api/v1/scenarios/${draft.body.id}/publish`).set(admin.auth).send({ batchId }).expect(200);
    expect(published.body.status).toBe('open');
    expect(published.body.code).toMatch(/^2031-01-\d{3}$/);

    const detail = await h.http().get(`/api/v1/scenarios/${draft.body.id}`).expect(200);
    expect(detail.body).toMatchObject({ status: 'open', version: 1, batch: { id: batchId, name: '2031年第一批' }, returnReason: null });
    const notes = await h.http().get('/api/v1/notifications').set(agency.session.auth).expect(200);
    expect(notes.body.items.map((n: { type: string }) => n.type)).toEqual(
      expect.arrayContaining(['scenario.returned', 'scenario.published']),
    );
    const audit = await h.app
      .get(DataSource)
      .getRepository(AuditEntry)
      .find({ where: { targetId: draft.body.id }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual([
      'scenario.created',
      'scenario.updated',
      'scenario.submitted',
      'scenario.returned',
      'scenario.updated',
      'scenario.submitted',
      'scenario.published',
    ]);
  });

  it('lets an unverified agency prepare drafts but not submit them (403 ORGANIZATION_NOT_VERIFIED)', async () => {
    const pending = await h.register({ kind: 'agency' });
    const draft = await h.http().post('/api/v1/scenarios').set(pending.session.auth).send(buildScenarioInput()).expect(201);
    expect((await h.http().post(`/api/v1/scenarios/${draft.body.id}/submit`).set(pending.session.auth).expect(403)).body.code).toBe(
      'ORGANIZATION_NOT_VERIFIED',
    );
  });

  it('answers 401, 403 and 400 as it should', async () => {
    const enterprise = await h.registerVerified({ kind: 'enterprise' });
    const agency = await h.registerVerified({ kind: 'agency' });
    await h.http().post('/api/v1/scenarios').send(buildScenarioInput()).expect(401);
    expect((await h.http().post('/api/v1/scenarios').set(enterprise.session.auth).send(buildScenarioInput()).expect(403)).body.code).toBe(
      'FORBIDDEN',
    );
    const bad = await h
      .http()
      .post('/api/v1/scenarios')
      .set(agency.session.auth)
      .send(buildScenarioInput({ budgetMin: 'lots', rubric: [{ name: 'x', weight: 0 }] }))
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['budgetMin', 'rubric.0.weight']));
    expect(
      (
        await h
          .http()
          .post('/api/v1/scenarios')
          .set(agency.session.auth)
          .send(buildScenarioInput({ sector: 'astrology' }))
          .expect(400)
      ).body.code,
    ).toBe('UNKNOWN_SECTOR');
    await h
      .http()
      .post('/api/v1/scenarios')
      .set(agency.session.auth)
      .send(buildScenarioInput({ budgetMin: 900, budgetMax: 100 }))
      .expect(400);
    await h
      .http()
      .post('/api/v1/scenarios')
      .set(agency.session.auth)
      .send({ ...buildScenarioInput(), status: 'open' })
      .expect(400);
    await h.http().get('/api/v1/scenarios/not-a-uuid').expect(400);
  });

  it('hides another agency’s drafts (404) from other agencies, enterprises and visitors, but not from admins', async () => {
    const owner = await h.registerVerified({ kind: 'agency' });
    const other = await h.registerVerified({ kind: 'agency' });
    const draft = await h.http().post('/api/v1/scenarios').set(owner.session.auth).send(buildScenarioInput()).expect(201);
    const id = draft.body.id;
    await h.http().get(`/api/v1/scenarios/${id}`).expect(404);
    await h.http().get(`/api/v1/scenarios/${id}`).set(other.session.auth).expect(404);
    await h.http().get(`/api/v1/scenarios/${id}/versions`).set(other.session.auth).expect(404);
    await h.http().patch(`/api/v1/scenarios/${id}`).set(other.session.auth).send({ summary: 'hijack' }).expect(404);
    await h.http().post(`/api/v1/scenarios/${id}/submit`).set(other.session.auth).expect(404);
    await h.http().delete(`/api/v1/scenarios/${id}`).set(other.session.auth).expect(404);
    await h
      .http()
      .get(`/api/v1/scenarios/${id}`)
      .set((await h.adminSession()).auth)
      .expect(200);
    const mine = await h.http().get('/api/v1/organizations/me/scenarios').set(other.session.auth).expect(200);
    expect(mine.body.items.map((s: { id: string }) => s.id)).not.toContain(id);
    // Only admins publish or return.
    await h.http().post(`/api/v1/scenarios/${id}/submit`).set(owner.session.auth).expect(200);
    await h.http().post(`/api/v1/scenarios/${id}/publish`).set(owner.session.auth).send({}).expect(403);
    await h.http().post(`/api/v1/scenarios/${id}/return`).set(owner.session.auth).send({ reason: 'self return' }).expect(403);
  });

  it('shows the contact only to verified enterprises, the agency and admins', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const id = await publishScenario(h, agency.session);
    const visitor = await h.http().get(`/api/v1/scenarios/${id}`).expect(200);
    expect(visitor.body).toMatchObject({ contact: null, contactHidden: true });
    const pendingEnterprise = await h.register({ kind: 'enterprise' });
    expect((await h.http().get(`/api/v1/scenarios/${id}`).set(pendingEnterprise.session.auth).expect(200)).body.contact).toBeNull();
    const verifiedEnterprise = await h.registerVerified({ kind: 'enterprise' });
    expect((await h.http().get(`/api/v1/scenarios/${id}`).set(verifiedEnterprise.session.auth).expect(200)).body.contact).toMatchObject({
      name: '周明',
    });
    expect((await h.http().get(`/api/v1/scenarios/${id}`).set(agency.session.auth).expect(200)).body.contact).not.toBeNull();
  });

  it('deletes unpublished drafts only, lets the agency withdraw from review, and cancels published scenarios with a public reason', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const draft = await h.http().post('/api/v1/scenarios').set(agency.session.auth).send(buildScenarioInput()).expect(201);
    await h.http().post(`/api/v1/scenarios/${draft.body.id}/submit`).set(agency.session.auth).expect(200);
    await h.http().post(`/api/v1/scenarios/${draft.body.id}/withdraw`).set(agency.session.auth).expect(200);
    await h.http().delete(`/api/v1/scenarios/${draft.body.id}`).set(agency.session.auth).expect(204);
    await h.http().get(`/api/v1/scenarios/${draft.body.id}`).set(agency.session.auth).expect(404);

    const id = await publishScenario(h, agency.session);
    expect((await h.http().delete(`/api/v1/scenarios/${id}`).set(agency.session.auth).expect(409)).body.code).toBe('INVALID_STATE');
    await h.http().post(`/api/v1/scenarios/${id}/cancel`).set(agency.session.auth).send({ reason: 'x' }).expect(400);
    await h
      .http()
      .post(`/api/v1/scenarios/${id}/cancel`)
      .set(agency.session.auth)
      .send({ reason: '上级统筹建设，本场景不再单独实施。' })
      .expect(200);
    expect((await h.http().get(`/api/v1/scenarios/${id}`).expect(200)).body).toMatchObject({
      status: 'cancelled',
      cancelReason: '上级统筹建设，本场景不再单独实施。',
    });
  });
});

describe('amendments and the deadline (controlled clock)', () => {
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const clock = new ManualClock();
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true', OUTBOX_WORKER: 'true', OUTBOX_POLL_MS: '50' }, { clock });
  });
  afterAll(async () => {
    await h.close();
    await scratch.drop();
  });

  it('refuses to publish when there is no batch to publish into (422 NO_OPEN_BATCH)', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const draft = await h.http().post('/api/v1/scenarios').set(agency.session.auth).send(buildScenarioInput()).expect(201);
    await h.http().post(`/api/v1/scenarios/${draft.body.id}/submit`).set(agency.session.auth).expect(200);
    expect(
      (
        await h
          .http()
          .post(`/api/v1/scenarios/${draft.body.id}/publish`)
          .set((await h.adminSession()).auth)
          .send({})
          .expect(422)
      ).body.code,
    ).toBe('NO_OPEN_BATCH');
  });

  it('keeps every version with a field-by-field diff, extends a late material change, and closes at the deadline', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const id = await publishScenario(h, agency.session, { deadline: new Date(clock.now().getTime() + 10 * 86_400_000).toISOString() });
    const before = (await h.http().get(`/api/v1/scenarios/${id}`).expect(200)).body;

    // An early amendment: no extension.
    await h.http().patch(`/api/v1/scenarios/${id}`).set(agency.session.auth).send({ budgetMax: 600, note: '追加预算' }).expect(200);
    // Two days before the deadline, a change to the requirements pushes the deadline back.
    clock.set(new Date(new Date(before.deadline).getTime() - 2 * 86_400_000));
    const amended = await h
      .http()
      .patch(`/api/v1/scenarios/${id}`)
      .set(agency.session.auth)
      .send({ tags: ['计算机视觉', '交通信号', '边缘计算'], note: '增加边缘计算要求' })
      .expect(200);
    expect(new Date(amended.body.deadline).getTime()).toBe(new Date(before.deadline).getTime() + 3 * 86_400_000);
    expect(amended.body.version).toBe(3);

    const versions = (await h.http().get(`/api/v1/scenarios/${id}/versions`).expect(200)).body.items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(versions[1]).toMatchObject({
      note: '追加预算',
      deadlineExtended: false,
      changes: [{ field: 'budgetMax', before: 500, after: 600 }],
    });
    expect(versions[0].deadlineExtended).toBe(true);
    expect(versions[0].changes.map((c: { field: string }) => c.field).sort()).toEqual(['deadline', 'tags']);

    expect((await h.http().patch(`/api/v1/scenarios/${id}`).set(agency.session.auth).send({ sealed: false }).expect(422)).body.code).toBe(
      'SEALED_LOCKED',
    );

    clock.set(new Date(new Date(amended.body.deadline).getTime() + 1_000));
    expect(await h.app.get(ScenarioLifecycleService).closeExpired()).toBe(1);
    expect((await h.http().get(`/api/v1/scenarios/${id}`).expect(200)).body.status).toBe('closed');
    await h.http().patch(`/api/v1/scenarios/${id}`).set(agency.session.auth).send({ summary: 'too late' }).expect(409);
  });

  it('shows a scenario whose deadline has passed as closed everywhere at once — detail, lists, search — before any job has run', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const admin = await h.adminSession();
    const deadline = new Date(clock.now().getTime() + 5 * 86_400_000);
    const tag = `Dl${Date.now().toString(36)}`;
    const id = await publishScenario(h, agency.session, { deadline: deadline.toISOString(), title: `到期即关闭 ${tag}` });
    await eventually(async () => expect((await h.http().get(`/api/v1/scenarios?q=${tag}`).expect(200)).body.items[0]?.status).toBe('open'));

    clock.set(new Date(deadline.getTime() + 1));
    // Search first: its index has not heard of any closing yet.
    expect((await h.http().get(`/api/v1/scenarios?q=${tag}`).expect(200)).body.items[0].status).toBe('closed');
    const mine = await h.http().get('/api/v1/organizations/me/scenarios?pageSize=100').set(agency.session.auth).expect(200);
    expect(mine.body.items.find((s: { id: string }) => s.id === id).status).toBe('closed');
    const all = await h.http().get('/api/v1/admin/scenarios?status=open&pageSize=100').set(admin.auth).expect(200);
    expect(all.body.items.map((s: { id: string }) => s.id)).not.toContain(id);
    expect((await h.http().get(`/api/v1/scenarios/${id}`).expect(200)).body).toMatchObject({
      status: 'closed',
      closedAt: expect.any(String),
    });
  });
});
