import { DataSource } from 'typeorm';
import { ManualClock } from '../../common/clock';
import { Harness, publishScenario, solutionBody, STRONG_PASSWORD, type Session } from '../../../test/factories';
import { createScratchDatabase } from '../../../test/scratch-database';
import { unique } from '../../../test/test-app';
import { AuditService } from '../audit/audit.service';
import { ScenarioLifecycleService } from '../scenarios/scenario-lifecycle.service';
import { SearchSyncService } from '../search/search-sync.service';
import { ResultsService } from './results.service';

const DAY = 86_400_000;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
/** The factories' rubric: 技术方案 50, 团队与业绩 30, 报价 20. */
const RUBRIC = [
  { name: '技术方案', weight: 50 },
  { name: '团队与业绩', weight: 30 },
  { name: '报价', weight: 20 },
];

/** Criterion scores that add up to `total` (out of 100), each in proportion to its weight. */
const scoresFor = (total: number) => RUBRIC.map((c) => ({ criterion: c.name, score: (total * c.weight) / 100 }));

interface Member {
  organizationId: string;
  name: string;
  session: Session;
}

/**
 * The whole review loop on a database of its own, with the application clock in the test's
 * hands: panel after the deadline, conflicts, sealed reading, hidden peer scores, ranking,
 * shortlist, award, 公示 with objections, finality, feedback, delivery, statistics, audit.
 */
describe('review panels, decisions, announcement, outcome and statistics', () => {
  const clock = new ManualClock(new Date('2031-03-02T02:00:00Z'));
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: DataSource;
  let agency: Member;
  let otherAgency: Member;
  const firms: Record<'e1' | 'e2' | 'e3', Member> = {} as never;
  const reviewers: Record<'r1' | 'r2' | 'r3' | 'r4', { id: string; session: Session }> = {} as never;
  const solutions: Record<'e1' | 'e2' | 'e3', string> = {} as never;
  let scenarioId: string;
  let admin: Session;
  const http = () => h.http();
  /** Everyone's credentials, to sign in again when the clock has moved past the sessions' lifetime. */
  const accounts: { email: string; password: string; session: Session }[] = [];

  async function member(kind: 'agency' | 'enterprise'): Promise<Member> {
    const r = await h.registerVerified({ kind });
    accounts.push({ email: r.input.email, password: r.input.password, session: r.session });
    return { organizationId: r.organizationId, name: r.input.organization.name, session: r.session };
  }

  /** Moves the application clock on, and signs everyone in again. */
  async function advance(days: number): Promise<void> {
    clock.advance(days * DAY);
    for (const a of accounts) Object.assign(a.session, await h.signIn(a.email, a.password));
    Object.assign(admin, await h.adminSession());
  }

  async function reviewer(expertise: string[], affiliations: string[] = []) {
    const added = await h.addReviewer({ displayName: `专家 ${unique()}`, expertise, affiliations });
    accounts.push({ email: added.email, password: STRONG_PASSWORD, session: added.session });
    return { id: added.id, session: added.session };
  }

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true' }, { clock });
    db = h.app.get(DataSource);
    admin = await h.adminSession();
    agency = await member('agency');
    otherAgency = await member('agency');
    for (const key of ['e1', 'e2', 'e3'] as const) firms[key] = await member('enterprise');
    reviewers.r1 = await reviewer(['计算机视觉', '交通信号控制'], [firms.e3.name]);
    reviewers.r2 = await reviewer(['强化学习', '智能交通']);
    reviewers.r3 = await reviewer(['交通工程']);
    reviewers.r4 = await reviewer(['农作物病虫害', '遥感']);
    await h.app.get(SearchSyncService).drainAll();

    const batch = await http().post('/api/v1/admin/batches').set(admin.auth).send({ year: 2031, number: 3 }).expect(201);
    scenarioId = await publishScenario(
      h,
      agency.session,
      { deadline: new Date(clock.now().getTime() + 10 * DAY).toISOString(), sealed: true },
      batch.body.id,
    );
    for (const key of ['e1', 'e2', 'e3'] as const) {
      const created = await http()
        .post(`/api/v1/scenarios/${scenarioId}/solutions`)
        .set(firms[key].session.auth)
        .send(solutionBody(`${key}-${unique()}`))
        .expect(201);
      await http().post(`/api/v1/solutions/${created.body.id}/submit`).set(firms[key].session.auth).expect(200);
      solutions[key] = created.body.id;
    }
  });

  afterAll(async () => {
    await h?.close();
    await scratch?.drop();
  });

  it('assigns a panel only after the deadline, from active experts of the pool', async () => {
    const early = await http()
      .post(`/api/v1/scenarios/${scenarioId}/panel`)
      .set(agency.session.auth)
      .send({ reviewerIds: [reviewers.r1.id] })
      .expect(409);
    expect(early.body.code).toBe('INVALID_STATE');

    await advance(11);
    await h.app.get(ScenarioLifecycleService).closeExpired();

    const notReviewer = await http()
      .post(`/api/v1/scenarios/${scenarioId}/panel`)
      .set(agency.session.auth)
      .send({ reviewerIds: [reviewers.r1.id, firms.e1.organizationId] })
      .expect(400);
    expect(notReviewer.body).toMatchObject({ code: 'UNKNOWN_REVIEWER' });
    expect(JSON.stringify(notReviewer.body.details)).toContain(firms.e1.organizationId);
    expect((await db.query(`SELECT count(*)::int AS n FROM panel_members WHERE scenario_id = $1`, [scenarioId]))[0].n).toBe(0);
  });

  it('suggests experts whose expertise fits, flags conflicts, and only to the publishing agency', async () => {
    const response = await http().get(`/api/v1/scenarios/${scenarioId}/panel/suggestions`).set(agency.session.auth).expect(200);
    const items = response.body.items as { reviewer: { id: string }; matched: string[]; score: number; conflicts: string[] }[];
    const byId = new Map(items.map((i) => [i.reviewer.id, i]));
    expect(byId.get(reviewers.r1.id)?.matched).toEqual(expect.arrayContaining(['计算机视觉', '交通信号']));
    expect(byId.get(reviewers.r1.id)?.conflicts).toEqual([firms.e3.name]);
    expect(byId.get(reviewers.r2.id)?.matched).toEqual(['强化学习', '智能交通']);
    // The crop-disease expert shares no capability and no field with a traffic-signal scenario.
    expect(byId.has(reviewers.r4.id)).toBe(false);
    expect(byId.get(reviewers.r2.id)?.conflicts).toEqual([]);
    expect(items[0].reviewer.id).toBe(reviewers.r1.id);

    await http().get(`/api/v1/scenarios/${scenarioId}/panel/suggestions`).expect(401);
    await http().get(`/api/v1/scenarios/${scenarioId}/panel/suggestions`).set(otherAgency.session.auth).expect(403);
    await http().get(`/api/v1/scenarios/${scenarioId}/panel/suggestions`).set(firms.e1.session.auth).expect(403);
    await http().get(`/api/v1/scenarios/${scenarioId}/panel`).set(reviewers.r1.session.auth).expect(403);
  });

  it('puts the scenario under review and tells the reviewers', async () => {
    const assigned = await http()
      .post(`/api/v1/scenarios/${scenarioId}/panel`)
      .set(agency.session.auth)
      .send({ reviewerIds: [reviewers.r1.id, reviewers.r2.id, reviewers.r3.id] })
      .expect(200);
    expect(assigned.body).toMatchObject({ solutions: 3, complete: false, canAssign: true });
    expect(assigned.body.members).toHaveLength(3);
    const scenario = await http().get(`/api/v1/scenarios/${scenarioId}`).expect(200);
    expect(scenario.body.status).toBe('reviewing');

    const notes = await http().get('/api/v1/notifications').set(reviewers.r2.session.auth).expect(200);
    expect(notes.body.items.some((n: { type: string; data: { scenarioId: string } }) => n.type === 'review.assigned')).toBe(true);
    const assignments = await http().get('/api/v1/reviewer/assignments').set(reviewers.r2.session.auth).expect(200);
    expect(assignments.body.items).toEqual([
      expect.objectContaining({ scenario: expect.objectContaining({ id: scenarioId }), solutions: 3, declared: 0, scored: 0, open: true }),
    ]);
    // A reviewer of the pool who is not on this panel sees nothing of it.
    await http().get(`/api/v1/reviewer/scenarios/${scenarioId}/solutions`).set(reviewers.r4.session.auth).expect(404);
    await http().get(`/api/v1/solutions/${solutions.e1}`).set(reviewers.r4.session.auth).expect(404);
  });

  it('lets a reviewer read a solution only after declaring no conflict, and forces recusal on an affiliation', async () => {
    const list = await http().get(`/api/v1/reviewer/scenarios/${scenarioId}/solutions`).set(reviewers.r1.session.auth).expect(200);
    const e3Row = list.body.items.find((s: { id: string }) => s.id === solutions.e3);
    expect(e3Row.detectedConflict).toBe(firms.e3.name);
    expect(list.body.items.every((s: { title: string | null }) => s.title === null)).toBe(true);

    await http().get(`/api/v1/solutions/${solutions.e1}`).set(reviewers.r1.session.auth).expect(404);
    const undeclared = await http()
      .put(`/api/v1/solutions/${solutions.e1}/review`)
      .set(reviewers.r1.session.auth)
      .send({ scores: scoresFor(90), comment: '' })
      .expect(409);
    expect(undeclared.body.code).toBe('DECLARATION_REQUIRED');

    await http().post(`/api/v1/solutions/${solutions.e1}/declaration`).set(reviewers.r1.session.auth).send({ conflict: false }).expect(200);
    const read = await http().get(`/api/v1/solutions/${solutions.e1}`).set(reviewers.r1.session.auth).expect(200);
    expect(read.body.approach).toContain('技术路线');

    const denied = await http()
      .post(`/api/v1/solutions/${solutions.e3}/declaration`)
      .set(reviewers.r1.session.auth)
      .send({ conflict: false })
      .expect(403);
    expect(denied.body.code).toBe('CONFLICT_OF_INTEREST');
    await http().post(`/api/v1/solutions/${solutions.e3}/declaration`).set(reviewers.r1.session.auth).send({ conflict: true }).expect(400);
    await http()
      .post(`/api/v1/solutions/${solutions.e3}/declaration`)
      .set(reviewers.r1.session.auth)
      .send({ conflict: true, reason: '曾任该企业技术顾问' })
      .expect(200);
    await http().get(`/api/v1/solutions/${solutions.e3}`).set(reviewers.r1.session.auth).expect(404);
    const scoreRecused = await http()
      .put(`/api/v1/solutions/${solutions.e3}/review`)
      .set(reviewers.r1.session.auth)
      .send({ scores: scoresFor(50), comment: '' })
      .expect(403);
    expect(scoreRecused.body.code).toBe('CONFLICT_OF_INTEREST');
  });

  it('checks scores against the rubric and changes nothing on a bad one', async () => {
    const bad = await http()
      .put(`/api/v1/solutions/${solutions.e1}/review`)
      .set(reviewers.r1.session.auth)
      .send({
        scores: [
          { criterion: '技术方案', score: 51 },
          { criterion: '团队与业绩', score: 10.3 },
          { criterion: '不存在的指标', score: 5 },
        ],
        comment: '',
      })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const codes = (bad.body.details as { code: string }[]).map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['SCORE_OUT_OF_RANGE']));
    expect(bad.body.details.length).toBeGreaterThanOrEqual(3);
    const stored = await db.query(`SELECT scores, submitted_at FROM reviews WHERE solution_id = $1 AND reviewer_id = $2`, [
      solutions.e1,
      reviewers.r1.id,
    ]);
    expect(stored[0]).toMatchObject({ scores: null, submitted_at: null });
  });

  it('hides the other reviewers’ scores from a reviewer until they submitted their own', async () => {
    await http().post(`/api/v1/solutions/${solutions.e1}/declaration`).set(reviewers.r2.session.auth).send({ conflict: false }).expect(200);
    await http()
      .put(`/api/v1/solutions/${solutions.e1}/review`)
      .set(reviewers.r2.session.auth)
      .send({ scores: scoresFor(85), comment: '方案扎实，R2 意见' })
      .expect(200);
    const hidden = await http().get(`/api/v1/solutions/${solutions.e1}/reviews`).set(reviewers.r1.session.auth).expect(403);
    expect(hidden.body.code).toBe('OWN_SCORE_REQUIRED');
    // Nor does the agency see anything before the panel is complete.
    expect((await http().get(`/api/v1/solutions/${solutions.e1}/reviews`).set(agency.session.auth).expect(409)).body.code).toBe(
      'REVIEW_INCOMPLETE',
    );

    await http()
      .put(`/api/v1/solutions/${solutions.e1}/review`)
      .set(reviewers.r1.session.auth)
      .send({ scores: scoresFor(90), comment: 'R1 意见' })
      .expect(200);
    const shown = await http().get(`/api/v1/solutions/${solutions.e1}/reviews`).set(reviewers.r1.session.auth).expect(200);
    expect(shown.body.mine.total).toBe(90);
    expect(shown.body.others).toEqual([expect.objectContaining({ total: 85, comment: '方案扎实，R2 意见' })]);
  });

  it('shows the agency progress, and the ranking only once the panel is complete', async () => {
    expect((await http().get(`/api/v1/scenarios/${scenarioId}/ranking`).set(agency.session.auth).expect(409)).body.code).toBe(
      'REVIEW_INCOMPLETE',
    );
    expect(
      (
        await http()
          .post(`/api/v1/scenarios/${scenarioId}/shortlist`)
          .set(agency.session.auth)
          .send({ solutionIds: [solutions.e1] })
          .expect(409)
      ).body.code,
    ).toBe('REVIEW_INCOMPLETE');

    const plan: [keyof typeof reviewers, keyof typeof solutions, number][] = [
      ['r1', 'e2', 70],
      ['r2', 'e2', 80],
      ['r2', 'e3', 60],
      ['r3', 'e1', 20],
      ['r3', 'e2', 10],
      ['r3', 'e3', 15],
    ];
    for (const [r, s, total] of plan) {
      await http()
        .post(`/api/v1/solutions/${solutions[s]}/declaration`)
        .set(reviewers[r].session.auth)
        .send({ conflict: false })
        .expect(200);
      await http()
        .put(`/api/v1/solutions/${solutions[s]}/review`)
        .set(reviewers[r].session.auth)
        .send({ scores: scoresFor(total), comment: `${r} 对 ${s} 的意见` })
        .expect(200);
    }
    const panel = await http().get(`/api/v1/scenarios/${scenarioId}/panel`).set(agency.session.auth).expect(200);
    expect(panel.body.complete).toBe(true);
    const r1 = panel.body.members.find((m: { reviewer: { id: string } }) => m.reviewer.id === reviewers.r1.id);
    expect(r1).toMatchObject({ declared: 3, recused: 1, scored: 2 });

    const ranking = await http().get(`/api/v1/scenarios/${scenarioId}/ranking`).set(agency.session.auth).expect(200);
    const order = ranking.body.standings.map((s: { solution: { id: string } }) => s.solution.id);
    expect(order).toEqual([solutions.e1, solutions.e2, solutions.e3]);
    // The means, independently from the stored reviews.
    const means = (await db.query(
      `SELECT solution_id, avg(total)::float AS mean, count(*)::int AS n FROM reviews
        WHERE scenario_id = $1 AND NOT conflict AND submitted_at IS NOT NULL GROUP BY solution_id`,
      [scenarioId],
    )) as { solution_id: string; mean: number; n: number }[];
    for (const row of ranking.body.standings as { solution: { id: string }; mean: number; reviews: number; spread: number }[]) {
      const expected = means.find((m) => m.solution_id === row.solution.id)!;
      expect(row.mean).toBeCloseTo(expected.mean, 1);
      expect(row.reviews).toBe(expected.n);
    }
    const first = ranking.body.standings[0];
    expect(first.min).toBe(20);
    expect(first.max).toBe(90);
    expect(first.spread).toBeGreaterThan(30);
    expect(first.perCriterion).toEqual([
      { criterion: '技术方案', weight: 50, mean: expect.closeTo(32.5, 1) },
      { criterion: '团队与业绩', weight: 30, mean: expect.closeTo(19.5, 1) },
      { criterion: '报价', weight: 20, mean: expect.closeTo(13, 1) },
    ]);
    expect(ranking.body.outliers.map((o: { reviewer: { id: string } }) => o.reviewer.id)).toEqual([reviewers.r3.id]);
    // Other agencies see none of it.
    await http().get(`/api/v1/scenarios/${scenarioId}/ranking`).set(otherAgency.session.auth).expect(403);
  });

  it('shortlists in rounds and awards among the shortlisted', async () => {
    const round1 = await http()
      .post(`/api/v1/scenarios/${scenarioId}/shortlist`)
      .set(agency.session.auth)
      .send({ solutionIds: [solutions.e1, solutions.e2] })
      .expect(200);
    expect(round1.body.status).toBe('shortlisted');
    const statuses = async () =>
      Object.fromEntries(
        (
          (await db.query(`SELECT id, status, shortlist_round FROM solutions WHERE scenario_id = $1`, [scenarioId])) as {
            id: string;
            status: string;
            shortlist_round: number | null;
          }[]
        ).map((r) => [r.id, `${r.status}:${r.shortlist_round ?? '-'}`]),
      );
    expect(await statuses()).toEqual({
      [solutions.e1]: 'shortlisted:1',
      [solutions.e2]: 'shortlisted:1',
      [solutions.e3]: 'not_selected:-',
    });
    const notes = await http().get('/api/v1/notifications').set(firms.e1.session.auth).expect(200);
    expect(notes.body.items.some((n: { type: string }) => n.type === 'solution.shortlisted')).toBe(true);

    // A second round chooses among the shortlisted only.
    const outsider = await http()
      .post(`/api/v1/scenarios/${scenarioId}/shortlist`)
      .set(agency.session.auth)
      .send({ solutionIds: [solutions.e3] })
      .expect(400);
    expect(outsider.body.code).toBe('NOT_A_CANDIDATE');
    await http()
      .post(`/api/v1/scenarios/${scenarioId}/shortlist`)
      .set(agency.session.auth)
      .send({ solutionIds: [solutions.e1] })
      .expect(200);
    expect(await statuses()).toEqual({
      [solutions.e1]: 'shortlisted:2',
      [solutions.e2]: 'not_selected:1',
      [solutions.e3]: 'not_selected:-',
    });

    await http()
      .post(`/api/v1/scenarios/${scenarioId}/award`)
      .set(otherAgency.session.auth)
      .send({ solutionIds: [solutions.e1] })
      .expect(403);
    const wrong = await http()
      .post(`/api/v1/scenarios/${scenarioId}/award`)
      .set(agency.session.auth)
      .send({ solutionIds: [solutions.e2] })
      .expect(400);
    expect(wrong.body.code).toBe('NOT_A_CANDIDATE');
    const awarded = await http()
      .post(`/api/v1/scenarios/${scenarioId}/award`)
      .set(agency.session.auth)
      .send({ solutionIds: [solutions.e1], note: '综合得分第一' })
      .expect(200);
    expect(awarded.body.status).toBe('awarded');
    expect(await statuses()).toEqual({
      [solutions.e1]: 'awarded:2',
      [solutions.e2]: 'not_selected:1',
      [solutions.e3]: 'not_selected:-',
    });
    // Scores are frozen once decided.
    const late = await http()
      .put(`/api/v1/solutions/${solutions.e2}/review`)
      .set(reviewers.r2.session.auth)
      .send({ scores: scoresFor(100), comment: '' })
      .expect(409);
    expect(late.body.code).toBe('REVIEW_CLOSED');
  });

  it('announces the result publicly with an objection period', async () => {
    const tooShort = await http()
      .post(`/api/v1/scenarios/${scenarioId}/announcement`)
      .set(agency.session.auth)
      .send({ text: '公示', objectionEndsAt: new Date(clock.now().getTime() + DAY / 2).toISOString() })
      .expect(400);
    expect(tooShort.body.code).toBe('INVALID_OBJECTION_PERIOD');
    await http()
      .post(`/api/v1/scenarios/${scenarioId}/announcement`)
      .set(agency.session.auth)
      .send({
        text: '经专家评审，拟确定以下揭榜单位，现予公示。',
        objectionEndsAt: new Date(clock.now().getTime() + 7 * DAY).toISOString(),
      })
      .expect(200);
    const again = await http()
      .post(`/api/v1/scenarios/${scenarioId}/announcement`)
      .set(agency.session.auth)
      .send({ text: '再次公示', objectionEndsAt: new Date(clock.now().getTime() + 7 * DAY).toISOString() })
      .expect(409);
    expect(again.body.code).toBe('INVALID_STATE');

    const page = await http().get(`/api/v1/scenarios/${scenarioId}/announcement`).expect(200);
    expect(page.body).toMatchObject({ status: 'announced', objectionsOpen: true, final: false, decisionNote: '综合得分第一' });
    expect(page.body.awarded).toEqual([
      expect.objectContaining({ id: solutions.e1, organization: { id: firms.e1.organizationId, name: firms.e1.name }, score: 65 }),
    ]);
    const results = await http().get('/api/v1/results').expect(200);
    expect(results.body.items.map((r: { scenarioId: string }) => r.scenarioId)).toContain(scenarioId);
    const notes = await http().get('/api/v1/notifications').set(firms.e3.session.auth).expect(200);
    expect(notes.body.items.some((n: { type: string }) => n.type === 'result.announced')).toBe(true);
  });

  let objectionE2: string;
  let objectionE3: string;

  it('takes objections during the period and lets the agency answer each once', async () => {
    await http().post(`/api/v1/scenarios/${scenarioId}/objections`).send({ text: '异议' }).expect(401);
    await http().post(`/api/v1/scenarios/${scenarioId}/objections`).set(otherAgency.session.auth).send({ text: '异议' }).expect(403);
    const filed = await http()
      .post(`/api/v1/scenarios/${scenarioId}/objections`)
      .set(firms.e2.session.auth)
      .send({ text: '对报价评分有异议。' })
      .expect(201);
    objectionE2 = filed.body.id;
    objectionE3 = (
      await http()
        .post(`/api/v1/scenarios/${scenarioId}/objections`)
        .set(firms.e3.session.auth)
        .send({ text: '评审专家存在利益关联。' })
        .expect(201)
    ).body.id;

    const publicView = await http().get(`/api/v1/scenarios/${scenarioId}/announcement`).expect(200);
    expect(publicView.body).toMatchObject({ objections: 2, objectionsAnswered: 0, visibleObjections: [] });
    const e2View = await http().get(`/api/v1/scenarios/${scenarioId}/announcement`).set(firms.e2.session.auth).expect(200);
    expect(e2View.body.visibleObjections.map((o: { id: string }) => o.id)).toEqual([objectionE2]);
    const agencyView = await http().get(`/api/v1/scenarios/${scenarioId}/announcement`).set(agency.session.auth).expect(200);
    expect(agencyView.body.visibleObjections).toHaveLength(2);

    await http().post(`/api/v1/objections/${objectionE2}/response`).set(otherAgency.session.auth).send({ response: '答复' }).expect(403);
    await http().post(`/api/v1/objections/${objectionE2}/response`).set(firms.e2.session.auth).send({ response: '答复' }).expect(403);
    await http()
      .post(`/api/v1/objections/${objectionE2}/response`)
      .set(agency.session.auth)
      .send({ response: '经复核，评分符合评审细则。' })
      .expect(200);
    const twice = await http()
      .post(`/api/v1/objections/${objectionE2}/response`)
      .set(agency.session.auth)
      .send({ response: '再答' })
      .expect(409);
    expect(twice.body.code).toBe('ALREADY_ANSWERED');
    const notes = await http().get('/api/v1/notifications').set(firms.e2.session.auth).expect(200);
    expect(notes.body.items.some((n: { type: string }) => n.type === 'objection.answered')).toBe(true);
  });

  it('refuses objections after the period and makes the result final once every objection is answered', async () => {
    await advance(8);
    const late = await http()
      .post(`/api/v1/scenarios/${scenarioId}/objections`)
      .set(firms.e2.session.auth)
      .send({ text: '迟到的异议' })
      .expect(422);
    expect(late.body.code).toBe('OBJECTION_PERIOD_OVER');
    expect((await db.query(`SELECT count(*)::int AS n FROM objections WHERE scenario_id = $1`, [scenarioId]))[0].n).toBe(2);

    const results = h.app.get(ResultsService);
    expect(await results.finalizeDue()).toBe(0);
    expect((await http().get(`/api/v1/scenarios/${scenarioId}/announcement`).expect(200)).body).toMatchObject({
      final: false,
      objectionsOpen: false,
    });
    await http()
      .post(`/api/v1/objections/${objectionE3}/response`)
      .set(agency.session.auth)
      .send({ response: '该专家已回避，不影响结果。' })
      .expect(200);
    const final = await http().get(`/api/v1/scenarios/${scenarioId}/announcement`).expect(200);
    expect(final.body).toMatchObject({ final: true, status: 'in_delivery', objections: 2, objectionsAnswered: 2 });
  });

  it('releases feedback to a non-selected enterprise: its scores and only the chosen comments', async () => {
    await http().get(`/api/v1/solutions/${solutions.e2}/feedback`).set(firms.e2.session.auth).expect(404);
    await http()
      .post(`/api/v1/solutions/${solutions.e2}/feedback`)
      .set(agency.session.auth)
      .send({ commentReviewerIds: [firms.e1.organizationId] })
      .expect(400);
    // Another agency may not read the solution: for it, it does not exist.
    await http()
      .post(`/api/v1/solutions/${solutions.e2}/feedback`)
      .set(otherAgency.session.auth)
      .send({ commentReviewerIds: [] })
      .expect(404);
    await http()
      .post(`/api/v1/solutions/${solutions.e2}/feedback`)
      .set(agency.session.auth)
      .send({ commentReviewerIds: [reviewers.r2.id] })
      .expect(204);
    const feedback = await http().get(`/api/v1/solutions/${solutions.e2}/feedback`).set(firms.e2.session.auth).expect(200);
    expect(feedback.body).toMatchObject({ status: 'not_selected', rank: 2, of: 3, comments: [{ comment: 'r2 对 e2 的意见' }] });
    expect(feedback.body.mean).toBeCloseTo((70 + 80 + 10) / 3, 1);
    expect(JSON.stringify(feedback.body)).not.toContain(reviewers.r2.id);
    // Someone else's feedback does not exist for the caller.
    await http().get(`/api/v1/solutions/${solutions.e2}/feedback`).set(firms.e3.session.auth).expect(404);
  });

  it('tracks delivery with milestones and evidence until the agency confirms it landed', async () => {
    const milestone = await http()
      .post(`/api/v1/scenarios/${scenarioId}/milestones`)
      .set(agency.session.auth)
      .send({ title: '完成 32 个路口设备联调', dueDate: '2031-06-30' })
      .expect(201);
    await http()
      .post(`/api/v1/scenarios/${scenarioId}/milestones`)
      .set(agency.session.auth)
      .send({ title: '坏日期', dueDate: '2031-02-30' })
      .expect(400);
    await http()
      .post(`/api/v1/scenarios/${scenarioId}/milestones`)
      .set(firms.e1.session.auth)
      .send({ title: '企业不能加', dueDate: '2031-06-30' })
      .expect(403);
    const evidence = await http()
      .post(`/api/v1/milestones/${milestone.body.id}/attachments`)
      .set(agency.session.auth)
      .attach('file', PDF, '联调报告.pdf')
      .expect(201);
    await http().patch(`/api/v1/milestones/${milestone.body.id}`).set(agency.session.auth).send({ doneOn: '2031-06-20' }).expect(200);

    const publicOutcome = await http().get(`/api/v1/scenarios/${scenarioId}/outcome`).expect(200);
    expect(publicOutcome.body.milestones).toEqual([
      expect.objectContaining({ title: '完成 32 个路口设备联调', doneOn: '2031-06-20', evidenceCount: 1, evidence: [] }),
    ]);
    const awardedView = await http().get(`/api/v1/scenarios/${scenarioId}/outcome`).set(firms.e1.session.auth).expect(200);
    expect(awardedView.body.milestones[0].evidence).toHaveLength(1);
    await http().get(evidence.body.downloadUrl).set(firms.e1.session.auth).expect(200);
    expect([403, 404]).toContain((await http().get(evidence.body.downloadUrl).set(firms.e2.session.auth)).status);
    expect([401, 403, 404]).toContain((await http().get(evidence.body.downloadUrl)).status);

    await http().post(`/api/v1/scenarios/${scenarioId}/landed`).set(otherAgency.session.auth).expect(403);
    const landed = await http().post(`/api/v1/scenarios/${scenarioId}/landed`).set(agency.session.auth).expect(200);
    expect(landed.body.status).toBe('landed');
    const failed = await http()
      .post(`/api/v1/scenarios/${scenarioId}/failed`)
      .set(agency.session.auth)
      .send({ reason: '晚了' })
      .expect(409);
    expect(failed.body.code).toBe('INVALID_STATE');
  });

  it('announces a decision to award nothing, with its reason, and does not count it as awarded', async () => {
    const second = await publishScenario(h, agency.session, {
      deadline: new Date(clock.now().getTime() + 5 * DAY).toISOString(),
      sector: 'agriculture',
      region: '重庆市/渝北区',
    });
    const sol = await http().post(`/api/v1/scenarios/${second}/solutions`).set(firms.e2.session.auth).send(solutionBody('na')).expect(201);
    await http().post(`/api/v1/solutions/${sol.body.id}/submit`).set(firms.e2.session.auth).expect(200);
    expect(
      (await http().post(`/api/v1/scenarios/${second}/no-award`).set(agency.session.auth).send({ reason: '预算' }).expect(409)).body.code,
    ).toBe('INVALID_STATE');
    await advance(6);
    await h.app.get(ScenarioLifecycleService).closeExpired();
    await http().post(`/api/v1/scenarios/${second}/no-award`).set(agency.session.auth).send({ reason: '  ' }).expect(400);
    const decided = await http()
      .post(`/api/v1/scenarios/${second}/no-award`)
      .set(agency.session.auth)
      .send({ reason: '方案均未达到检测准确率要求' })
      .expect(200);
    expect(decided.body.status).toBe('no_award');
    await http()
      .post(`/api/v1/scenarios/${second}/announcement`)
      .set(agency.session.auth)
      .send({ text: '本场景无单位揭榜成功。', objectionEndsAt: new Date(clock.now().getTime() + 3 * DAY).toISOString() })
      .expect(200);
    const page = await http().get(`/api/v1/scenarios/${second}/announcement`).expect(200);
    expect(page.body).toMatchObject({ status: 'no_award', awarded: [], decisionNote: '方案均未达到检测准确率要求', objectionsOpen: true });
    const notes = await http().get('/api/v1/notifications').set(firms.e2.session.auth).expect(200);
    expect(notes.body.items.some((n: { type: string }) => n.type === 'scenario.no_award')).toBe(true);
    await advance(4);
    expect(await h.app.get(ResultsService).finalizeDue()).toBe(1);
    expect((await http().get(`/api/v1/scenarios/${second}/announcement`).expect(200)).body).toMatchObject({
      final: true,
      status: 'no_award',
    });
  });

  it('publishes statistics equal to the figures counted straight from the tables', async () => {
    const stats = await http().get('/api/v1/stats').expect(200);
    const [expected] = (await db.query(`
      SELECT count(*)::int AS published,
             count(*) FILTER (WHERE status IN ('awarded','announced','in_delivery','landed','failed'))::int AS awarded,
             count(*) FILTER (WHERE status = 'landed')::int AS landed,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM solutions x WHERE x.scenario_id = s.id AND x.status <> 'draft' AND x.status <> 'withdrawn'))::int AS received
        FROM scenarios s WHERE status NOT IN ('draft','pending_review','returned','cancelled')`)) as Record<string, number>[];
    expect(stats.body.funnel).toEqual(expected);
    expect(stats.body.funnel).toEqual({ published: 2, received: 2, awarded: 1, landed: 1 });
    expect(stats.body.solutions).toBe(4);
    const [{ days }] = await db.query(`SELECT extract(epoch FROM decided_at - published_at) / 86400 AS days FROM scenarios WHERE id = $1`, [
      scenarioId,
    ]);
    expect(stats.body.medianDaysToAward).toBeCloseTo(Number(days), 1);
    expect(stats.body.bySector).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'transport', count: 1 }),
        expect.objectContaining({ key: 'agriculture', count: 1 }),
      ]),
    );
    expect(stats.body.byProvince.map((p: { key: string; count: number }) => [p.key, p.count]).sort()).toEqual([
      ['四川省', 1],
      ['重庆市', 1],
    ]);
    expect(stats.body.agencies).toEqual([
      expect.objectContaining({ id: agency.organizationId, published: 2, solutions: 4, awarded: 1, landed: 1 }),
    ]);

    const csv = await http().get('/api/v1/stats/export?format=csv').expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.text).toContain(agency.name);
    const xlsx = await http().get('/api/v1/stats/export?format=xlsx').buffer(true).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    await http().get('/api/v1/stats/export?format=pdf').expect(400);

    const own = await http().get('/api/v1/organizations/me/stats').set(agency.session.auth).expect(200);
    expect(own.body.funnel).toEqual({ published: 2, received: 2, awarded: 1, landed: 1 });
    expect(own.body.scenarios.find((s: { id: string }) => s.id === scenarioId)).toMatchObject({ status: 'landed', solutions: 3 });
    const empty = await http().get('/api/v1/organizations/me/stats').set(otherAgency.session.auth).expect(200);
    expect(empty.body.funnel).toEqual({ published: 0, received: 0, awarded: 0, landed: 0 });
    await http().get('/api/v1/organizations/me/stats').set(firms.e1.session.auth).expect(403);
  });

  it('wrote every step to the audit log, whose chain is intact', async () => {
    const rows = (await db.query(
      `SELECT action FROM audit_log WHERE (target_type = 'scenario' AND target_id = $1)
          OR (target_type = 'solution' AND target_id = ANY($2))`,
      [scenarioId, Object.values(solutions)],
    )) as { action: string }[];
    const actions = new Set(rows.map((r) => r.action));
    for (const action of [
      'panel.assigned',
      'review.no_conflict_declared',
      'review.recused',
      'review.scored',
      'decision.shortlisted',
      'decision.awarded',
      'decision.announced',
      'objection.filed',
      'objection.answered',
      'result.final',
      'feedback.released',
      'milestone.added',
      'milestone.updated',
      'outcome.landed',
    ])
      expect(actions).toContain(action);
    expect((await h.app.get(AuditService).verifyChain()).ok).toBe(true);
  });
});
