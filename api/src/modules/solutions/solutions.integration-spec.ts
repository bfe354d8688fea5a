import { DataSource } from 'typeorm';
import { ManualClock } from '../../common/clock';
import { Harness, publishScenario, solutionBody } from '../../../test/factories';
import { createScratchDatabase } from '../../../test/scratch-database';
import { unique } from '../../../test/test-app';
import { Solution } from './solution.entity';

describe('solutions: deadline, one per enterprise, versions, concurrency', () => {
  const clock = new ManualClock();
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let batchId: string;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true' }, { clock });
    batchId = (
      await h
        .http()
        .post('/api/v1/admin/batches')
        .set((await h.adminSession()).auth)
        .send({ year: 2041, number: 1 })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await h.close();
    await scratch.drop();
  });

  async function openScenario(deadline = clock.now().getTime() + 10 * 86_400_000) {
    const agency = await h.registerVerified({ kind: 'agency' });
    const scenarioId = await publishScenario(h, agency.session, { deadline: new Date(deadline).toISOString() }, batchId);
    return { agency, scenarioId, deadline };
  }

  it('accepts a submission one second before the deadline and refuses one a second after, changing nothing', async () => {
    const { scenarioId, deadline } = await openScenario();
    const early = await h.registerVerified({ kind: 'enterprise' });
    const late = await h.registerVerified({ kind: 'enterprise' });
    const earlyDraft = await h
      .http()
      .post(`/api/v1/scenarios/${scenarioId}/solutions`)
      .set(early.session.auth)
      .send(solutionBody(unique()))
      .expect(201);
    const lateDraft = await h
      .http()
      .post(`/api/v1/scenarios/${scenarioId}/solutions`)
      .set(late.session.auth)
      .send(solutionBody(unique()))
      .expect(201);

    clock.set(new Date(deadline - 1_000));
    await h.http().post(`/api/v1/solutions/${earlyDraft.body.id}/submit`).set(early.session.auth).expect(200);

    clock.set(new Date(deadline + 1_000));
    const before = await h.app.get(DataSource).getRepository(Solution).findOneByOrFail({ id: lateDraft.body.id });
    const refused = await h.http().post(`/api/v1/solutions/${lateDraft.body.id}/submit`).set(late.session.auth).expect(422);
    expect(refused.body.code).toBe('DEADLINE_PASSED');
    expect(
      (await h.http().patch(`/api/v1/solutions/${earlyDraft.body.id}`).set(early.session.auth).send({ priceQuote: 1 }).expect(422)).body
        .code,
    ).toBe('DEADLINE_PASSED');
    await h.http().post(`/api/v1/solutions/${earlyDraft.body.id}/withdraw`).set(early.session.auth).expect(422);
    await h
      .http()
      .post(`/api/v1/solutions/${earlyDraft.body.id}/attachments`)
      .set(early.session.auth)
      .attach('file', Buffer.from('%PDF-1.4\n%%EOF'), 'a.pdf')
      .expect(422);
    const third = await h.registerVerified({ kind: 'enterprise' });
    expect(
      (await h.http().post(`/api/v1/scenarios/${scenarioId}/solutions`).set(third.session.auth).send(solutionBody(unique())).expect(422))
        .body.code,
    ).toBe('DEADLINE_PASSED');

    const after = await h.app.get(DataSource).getRepository(Solution).findOneByOrFail({ id: lateDraft.body.id });
    expect(after).toEqual(before);
    const submitted = await h.app.get(DataSource).getRepository(Solution).findOneByOrFail({ id: earlyDraft.body.id });
    expect(submitted).toMatchObject({ status: 'submitted', priceQuote: 320, version: 1 });
    clock.set(new Date());
  });

  it('keeps one active solution per enterprise, also when two requests race', async () => {
    const { scenarioId } = await openScenario();
    const enterprise = await h.registerVerified({ kind: 'enterprise' });
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        h.http().post(`/api/v1/scenarios/${scenarioId}/solutions`).set(enterprise.session.auth).send(solutionBody(unique())),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await h.app.get(DataSource).getRepository(Solution).countBy({ scenarioId, organizationId: enterprise.organizationId })).toBe(1);
    const id = results.find((r) => r.status === 201)!.body.id;

    // Two concurrent submits of the same draft: one submits, the other finds it already submitted.
    const submits = await Promise.all([1, 2].map(() => h.http().post(`/api/v1/solutions/${id}/submit`).set(enterprise.session.auth)));
    expect(submits.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await h.app.get(DataSource).getRepository(Solution).findOneByOrFail({ id })).version).toBe(1);

    // Withdrawn, it no longer blocks a new one.
    await h.http().post(`/api/v1/solutions/${id}/withdraw`).set(enterprise.session.auth).expect(200);
    await h.http().post(`/api/v1/scenarios/${scenarioId}/solutions`).set(enterprise.session.auth).send(solutionBody(unique())).expect(201);
  });

  it('keeps every submitted version and checks completeness and eligibility', async () => {
    const { scenarioId } = await openScenario();
    const enterprise = await h.registerVerified({ kind: 'enterprise' });
    const draft = await h
      .http()
      .post(`/api/v1/scenarios/${scenarioId}/solutions`)
      .set(enterprise.session.auth)
      .send({ title: '只有标题' })
      .expect(201);
    const incomplete = await h.http().post(`/api/v1/solutions/${draft.body.id}/submit`).set(enterprise.session.auth).expect(422);
    expect(incomplete.body.code).toBe('SOLUTION_INCOMPLETE');
    expect(incomplete.body.details).toEqual(
      expect.arrayContaining([
        { field: 'eligibilityDeclared', code: 'DECLARATION_REQUIRED' },
        { field: 'approach', code: 'REQUIRED' },
      ]),
    );

    await h.http().patch(`/api/v1/solutions/${draft.body.id}`).set(enterprise.session.auth).send(solutionBody('v1')).expect(200);
    await h.http().post(`/api/v1/solutions/${draft.body.id}/submit`).set(enterprise.session.auth).expect(200);
    const revised = await h
      .http()
      .patch(`/api/v1/solutions/${draft.body.id}`)
      .set(enterprise.session.auth)
      .send({ priceQuote: 280, brief: '降价后的方案' })
      .expect(200);
    expect(revised.body).toMatchObject({ status: 'submitted', version: 2, priceQuote: 280 });
    await h
      .http()
      .patch(`/api/v1/solutions/${draft.body.id}`)
      .set(enterprise.session.auth)
      .send({ eligibilityDeclared: false })
      .expect(422);
    const versions = await h.http().get(`/api/v1/solutions/${draft.body.id}/versions`).set(enterprise.session.auth).expect(200);
    expect(
      versions.body.items.map((v: { version: number; snapshot: { priceQuote: number } }) => [v.version, v.snapshot.priceQuote]),
    ).toEqual([
      [2, 280],
      [1, 320],
    ]);
    const mine = await h.http().get('/api/v1/solutions/mine').set(enterprise.session.auth).expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({ id: draft.body.id, status: 'submitted', scenario: expect.objectContaining({ id: scenarioId }) }),
    ]);
  });

  it('lets unverified enterprises draft but not submit; agencies and visitors cannot answer at all', async () => {
    const { scenarioId, agency } = await openScenario();
    const pending = await h.register({ kind: 'enterprise' });
    const draft = await h
      .http()
      .post(`/api/v1/scenarios/${scenarioId}/solutions`)
      .set(pending.session.auth)
      .send(solutionBody(unique()))
      .expect(201);
    expect((await h.http().post(`/api/v1/solutions/${draft.body.id}/submit`).set(pending.session.auth).expect(403)).body.code).toBe(
      'ORGANIZATION_NOT_VERIFIED',
    );
    await h.http().post(`/api/v1/scenarios/${scenarioId}/solutions`).set(agency.session.auth).send(solutionBody('x')).expect(403);
    await h.http().post(`/api/v1/scenarios/${scenarioId}/solutions`).send(solutionBody('x')).expect(401);
    await h.http().post(`/api/v1/scenarios/${scenarioId}/solutions`).set(pending.session.auth).send({ priceQuote: 'cheap' }).expect(400);
    // Someone else's solution cannot be changed (404).
    const other = await h.registerVerified({ kind: 'enterprise' });
    await h.http().patch(`/api/v1/solutions/${draft.body.id}`).set(other.session.auth).send({ title: 'x' }).expect(404);
    await h.http().post(`/api/v1/solutions/${draft.body.id}/withdraw`).set(other.session.auth).expect(404);
  });
});
