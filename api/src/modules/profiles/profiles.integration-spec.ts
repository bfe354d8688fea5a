import { buildProfile, Harness, publishScenario } from '../../../test/factories';
import { eventually } from '../../../test/eventually';
import { createScratchDatabase } from '../../../test/scratch-database';
import { SearchSyncService } from '../search/search-sync.service';

describe('capability profiles, saved scenarios', () => {
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true', OUTBOX_WORKER: 'true', OUTBOX_POLL_MS: '50' });
  });
  afterAll(async () => {
    await h.close();
    await scratch.drop();
  });

  const indexed = async (id: string) =>
    (await h.app
      .get(SearchSyncService)
      .index('capabilities')
      .getDocument(id)
      .then(
        () => true,
        () => false,
      )) as boolean;

  it('saves a profile, shows it publicly only when verified and opted in, and indexes exactly those', async () => {
    const enterprise = await h.registerVerified({ kind: 'enterprise' });
    const empty = await h.http().get('/api/v1/organizations/me/profile').set(enterprise.session.auth).expect(200);
    expect(empty.body).toMatchObject({ summary: '', capabilities: [], openForMatching: false, updatedAt: null });

    const saved = await h.http().put('/api/v1/organizations/me/profile').set(enterprise.session.auth).send(buildProfile()).expect(200);
    expect(saved.body.capabilities[0]).toMatchObject({ name: '路口视频结构化', trl: 8 });
    const publicView = await h.http().get(`/api/v1/organizations/${enterprise.organizationId}/profile`).expect(200);
    expect(publicView.body.cases).toHaveLength(1);
    await eventually(async () => expect(await indexed(enterprise.organizationId)).toBe(true));

    await h
      .http()
      .put('/api/v1/organizations/me/profile')
      .set(enterprise.session.auth)
      .send(buildProfile({ openForMatching: false }))
      .expect(200);
    await h.http().get(`/api/v1/organizations/${enterprise.organizationId}/profile`).expect(404);
    await h.http().get(`/api/v1/organizations/${enterprise.organizationId}/profile`).set(enterprise.session.auth).expect(200);
    await eventually(async () => expect(await indexed(enterprise.organizationId)).toBe(false));
  });

  it('keeps unverified enterprises out of the public and the index until verified', async () => {
    const pending = await h.register({ kind: 'enterprise' });
    await h.http().put('/api/v1/organizations/me/profile').set(pending.session.auth).send(buildProfile()).expect(200);
    await h.http().get(`/api/v1/organizations/${pending.organizationId}/profile`).expect(404);
    await h.app.get(SearchSyncService).drainAll();
    expect(await indexed(pending.organizationId)).toBe(false);
    await h
      .http()
      .post(`/api/v1/admin/organizations/${pending.organizationId}/verify`)
      .set((await h.adminSession()).auth)
      .expect(200);
    await eventually(async () => expect(await indexed(pending.organizationId)).toBe(true));
  });

  it('refuses bad profiles (400), agencies (403) and visitors (401)', async () => {
    const enterprise = await h.registerVerified({ kind: 'enterprise' });
    const agency = await h.registerVerified({ kind: 'agency' });
    await h
      .http()
      .put('/api/v1/organizations/me/profile')
      .set(enterprise.session.auth)
      .send(buildProfile({ sectors: ['astrology'] }))
      .expect(400);
    await h
      .http()
      .put('/api/v1/organizations/me/profile')
      .set(enterprise.session.auth)
      .send(buildProfile({ capabilities: [{ name: '', description: 'x', tags: [] }] }))
      .expect(400);
    await h
      .http()
      .put('/api/v1/organizations/me/profile')
      .set(enterprise.session.auth)
      .send(buildProfile({ cases: [{ title: 'x', client: 'y', year: 1800, outcome: 'z' }] }))
      .expect(400);
    await h.http().put('/api/v1/organizations/me/profile').set(agency.session.auth).send(buildProfile()).expect(403);
    await h.http().put('/api/v1/organizations/me/profile').send(buildProfile()).expect(401);
    await h.http().get(`/api/v1/organizations/${agency.organizationId}/profile`).expect(404);
  });

  it('saves scenarios with their deadlines and notifies followers of an amendment', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const batchId = (
      await h
        .http()
        .post('/api/v1/admin/batches')
        .set((await h.adminSession()).auth)
        .send({ year: 2042, number: 1 })
        .expect(201)
    ).body.id;
    const scenarioId = await publishScenario(h, agency.session, {}, batchId);
    const enterprise = await h.registerVerified({ kind: 'enterprise' });
    await h.http().put(`/api/v1/scenarios/${scenarioId}/saved`).set(enterprise.session.auth).expect(204);
    await h.http().put(`/api/v1/scenarios/${scenarioId}/saved`).set(enterprise.session.auth).expect(204);
    const list = await h.http().get('/api/v1/me/saved-scenarios').set(enterprise.session.auth).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: scenarioId, status: 'open', deadline: expect.any(String) })]);

    await h.http().patch(`/api/v1/scenarios/${scenarioId}`).set(agency.session.auth).send({ budgetMax: 900, note: '预算调整' }).expect(200);
    const notes = await h.http().get('/api/v1/notifications').set(enterprise.session.auth).expect(200);
    expect(notes.body.items[0]).toMatchObject({ type: 'scenario.amended', params: expect.objectContaining({ scenarioId, version: 2 }) });

    await h.http().delete(`/api/v1/scenarios/${scenarioId}/saved`).set(enterprise.session.auth).expect(204);
    expect((await h.http().get('/api/v1/me/saved-scenarios').set(enterprise.session.auth).expect(200)).body.items).toEqual([]);
    // A draft cannot be saved by outsiders (it does not exist for them).
    const draft = await h.http().post('/api/v1/scenarios').set(agency.session.auth).send({ title: '草稿' }).expect(201);
    await h.http().put(`/api/v1/scenarios/${draft.body.id}/saved`).set(enterprise.session.auth).expect(404);
    await h.http().put(`/api/v1/scenarios/${scenarioId}/saved`).expect(401);
  });
});
