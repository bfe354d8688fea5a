import { DataSource } from 'typeorm';
import { ManualClock } from '../../common/clock';
import { buildProfile, ensureBatch, Harness, publishScenario, type Session } from '../../../test/factories';
import { createScratchDatabase } from '../../../test/scratch-database';
import { ScenarioLifecycleService } from '../scenarios/scenario-lifecycle.service';
import { SearchSyncService } from '../search/search-sync.service';

const DAY = 86_400_000;

interface MatchItem {
  organization: { id: string; name: string };
  score: number;
  reasons: string[];
  signals: Record<string, number>;
}

type Member = Awaited<ReturnType<Harness['register']>>;

/** Profiles of the companies the tests match against. */
const PROFILES = {
  vision: buildProfile(),
  speech: buildProfile({
    summary: '语音识别与智能客服企业，服务政务热线。',
    capabilities: [{ name: '热线语音转写', description: '实时语音识别与坐席辅助。', tags: ['语音识别', '智能客服'] }],
    tags: ['语音识别'],
    sectors: ['government', 'transport'],
    cases: [{ title: '交通服务热线语音导航', client: '某市交通运输局', year: 2024, outcome: '自助率提升 30%' }],
  }),
  signal5g: buildProfile({
    summary: '5G 网络信号覆盖优化服务商。',
    capabilities: [
      { name: '5G 信号覆盖优化', description: '基于路测数据优化天线参数，解决弱覆盖。', tags: ['5G', '信号优化', '信号覆盖'] },
    ],
    tags: ['5G', '信号优化'],
    sectors: ['hardware_software'],
    cases: [{ title: '地铁 5G 信号覆盖优化', client: '某地铁公司', year: 2024, outcome: '掉线率下降 70%' }],
  }),
  english: buildProfile({
    summary: 'Machine vision company building inline defect detection for manufacturing lines.',
    capabilities: [
      {
        name: 'Inline visual inspection',
        description: 'Deep-learning inspection of welds and PCB assemblies.',
        tags: ['machine vision', 'defect detection'],
      },
    ],
    tags: ['machine vision'],
    sectors: ['manufacturing'],
    regions: ['江苏省', '四川省'],
    cases: [{ title: 'Weld seam inspection', client: 'An EV battery maker', year: 2025, outcome: 'Re-inspection cut by 80%' }],
  }),
};

describe('matching: scenario → enterprises, enterprise → scenarios, alerts', () => {
  const clock = new ManualClock();
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let agency: Member;
  let otherAgency: Member;
  let admin: Session;
  const companies: Record<'vision' | 'speech' | 'signal5g' | 'english' | 'unverified' | 'optedOut', Member> = {} as never;
  let trafficScenario: string;
  let drain: () => Promise<void>;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true' }, { clock });
    drain = () => h.app.get(SearchSyncService).drainAll();
    admin = await h.adminSession();
    agency = await h.registerVerified({ kind: 'agency' });
    otherAgency = await h.registerVerified({ kind: 'agency' });
    for (const key of ['vision', 'speech', 'signal5g', 'english'] as const) {
      companies[key] = await h.registerVerified({ kind: 'enterprise' });
      await h.http().put('/api/v1/organizations/me/profile').set(companies[key].session.auth).send(PROFILES[key]).expect(200);
    }
    // The best profile of all, but its organisation is not verified / it has not opted in.
    companies.unverified = await h.register({ kind: 'enterprise' });
    await h.http().put('/api/v1/organizations/me/profile').set(companies.unverified.session.auth).send(PROFILES.vision).expect(200);
    companies.optedOut = await h.registerVerified({ kind: 'enterprise' });
    await h
      .http()
      .put('/api/v1/organizations/me/profile')
      .set(companies.optedOut.session.auth)
      .send({ ...PROFILES.vision, openForMatching: false })
      .expect(200);
    await drain();
    await ensureBatch(h, 2041, 1);
    trafficScenario = await publishScenario(
      h,
      agency.session,
      {
        title: '主干道路口交通信号智能配时',
        tags: ['机器视觉', '交通信号控制', '视频检测'],
        sector: 'transport',
        region: '四川省/锦城市',
        deadline: new Date(clock.now().getTime() + 20 * DAY).toISOString(),
      },
      await ensureBatch(h, 2041, 1),
    );
    await drain();
  });

  afterAll(async () => {
    await h.close();
    await scratch.drop();
  });

  async function matches(scenarioId: string, session: Session = agency.session, query = ''): Promise<MatchItem[]> {
    const response = await h.http().get(`/api/v1/scenarios/${scenarioId}/matches${query}`).set(session.auth).expect(200);
    return response.body.items as MatchItem[];
  }

  const rank = (items: MatchItem[], member: Member) => {
    const i = items.findIndex((m) => m.organization.id === member.organizationId);
    return i === -1 ? Infinity : i;
  };

  it('ranks the computer-vision traffic company first and above the speech-recognition one, with reasons that name the capabilities', async () => {
    const items = await matches(trafficScenario);
    expect(rank(items, companies.vision)).toBe(0);
    expect(rank(items, companies.vision)).toBeLessThan(rank(items, companies.speech));
    const best = items[0];
    expect(best.score).toBeGreaterThan(0.7);
    expect(best.reasons[0]).toBe('具备所需能力：机器视觉（计算机视觉）、交通信号控制（交通信号）、视频检测（计算机视觉）');
    expect(best.reasons).toContain('服务地区：四川省');
    // Best first, every score in [0, 1].
    const scores = items.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores.every((s) => s >= 0 && s <= 1)).toBe(true);
  });

  it('does not rank the 5G “signal” vendor high for a traffic-signal scenario', async () => {
    const items = await matches(trafficScenario);
    const trap = items.find((m) => m.organization.id === companies.signal5g.organizationId);
    expect(trap?.score ?? 0).toBeLessThan(0.2);
    expect(rank(items, companies.signal5g)).toBeGreaterThan(rank(items, companies.vision));
  });

  it('never lists an unverified or opted-out company', async () => {
    const ids = (await matches(trafficScenario, admin, '?limit=50')).map((m) => m.organization.id);
    expect(ids).toContain(companies.vision.organizationId);
    expect(ids).not.toContain(companies.unverified.organizationId);
    expect(ids).not.toContain(companies.optedOut.organizationId);
  });

  it('answers in English when asked, by parameter or Accept-Language', async () => {
    const byParam = await matches(trafficScenario, agency.session, '?lang=en');
    expect(byParam[0].reasons[0]).toBe(
      'Has the required capabilities: 机器视觉 (as “计算机视觉”), 交通信号控制 (as “交通信号”), 视频检测 (as “计算机视觉”)',
    );
    const byHeader = await h
      .http()
      .get(`/api/v1/scenarios/${trafficScenario}/matches`)
      .set(agency.session.auth)
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .expect(200);
    expect(byHeader.body.items[0].reasons).toEqual(byParam[0].reasons);
  });

  it('matches an English profile to a Chinese scenario with the same capability', async () => {
    const scenario = await publishScenario(
      h,
      agency.session,
      {
        title: '汽车零部件产线视觉质检',
        tags: ['机器视觉', '缺陷检测'],
        sector: 'manufacturing',
        region: '四川省/锦城市',
        qualifications: [],
      },
      await ensureBatch(h, 2041, 1),
    );
    await drain();
    const items = await matches(scenario);
    expect(rank(items, companies.english)).toBe(0);
    expect(items[0].reasons[0]).toBe('具备所需能力：机器视觉（machine vision）、缺陷检测（defect detection）');
  });

  it('lets only the publishing agency and admins see matches', async () => {
    const url = `/api/v1/scenarios/${trafficScenario}/matches`;
    await h.http().get(url).expect(401);
    const enterprise = await h.http().get(url).set(companies.vision.session.auth).expect(403);
    expect(enterprise.body.code).toBe('FORBIDDEN');
    const other = await h.http().get(url).set(otherAgency.session.auth).expect(403);
    expect(other.body.code).toBe('FORBIDDEN');
    await h.http().get(url).set(admin.auth).expect(200);
    // Another agency's unpublished scenario does not exist for them.
    const draft = await h
      .http()
      .post('/api/v1/scenarios')
      .set(agency.session.auth)
      .send({ title: '草稿场景', tags: ['机器视觉'] })
      .expect(201);
    await h.http().get(`/api/v1/scenarios/${draft.body.id}/matches`).set(otherAgency.session.auth).expect(404);
    // The agency sees who fits before publishing.
    await h.http().get(`/api/v1/scenarios/${draft.body.id}/matches`).set(agency.session.auth).expect(200);
    await h.http().get('/api/v1/scenarios/00000000-0000-4000-8000-000000000000/matches').set(admin.auth).expect(404);
    const bad = await h.http().get(`${url}?limit=500`).set(agency.session.auth).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    await h.http().get('/api/v1/scenarios/not-a-uuid/matches').set(agency.session.auth).expect(400);
  });

  it('notifies the fitting company of the publication exactly once, and not the unfitting ones', async () => {
    const dataSource = h.app.get(DataSource);
    const count = async (member: Member) =>
      Number(
        (
          (await dataSource.query(
            `SELECT count(*) AS n FROM notifications WHERE user_id = $1 AND type = 'scenario.matched' AND params->>'scenarioId' = $2`,
            [member.userId, trafficScenario],
          )) as { n: string }[]
        )[0].n,
      );
    expect(await count(companies.vision)).toBe(1);
    for (const key of ['speech', 'signal5g', 'english', 'unverified', 'optedOut'] as const)
      expect([key, await count(companies[key])]).toEqual([key, 0]);
    // The worker may run an alert twice (a retry after a crash): nobody is told twice.
    await dataSource.query(`INSERT INTO search_outbox (topic, entity_id) VALUES ('alert', $1), ('alert', $1)`, [trafficScenario]);
    await drain();
    expect(await count(companies.vision)).toBe(1);
    const list = await h.http().get('/api/v1/notifications').set(companies.vision.session.auth).expect(200);
    const alert = (list.body.items as { type: string; params: Record<string, unknown> }[]).find(
      (n) => n.type === 'scenario.matched' && n.params.scenarioId === trafficScenario,
    );
    expect(alert?.params.reasonsZh).toEqual(expect.arrayContaining([expect.stringContaining('机器视觉（计算机视觉）')]));
    expect(alert?.params.reasonsEn).toEqual(expect.arrayContaining([expect.stringContaining('Has the required capabilities')]));
  });

  it('recommends open scenarios to the enterprise with reasons; explains when its profile cannot be matched', async () => {
    const response = await h.http().get('/api/v1/me/recommendations').set(companies.vision.session.auth).expect(200);
    expect(response.body.profile).toBe('ready');
    const item = (response.body.items as { scenario: { id: string }; score: number; reasons: string[] }[]).find(
      (r) => r.scenario.id === trafficScenario,
    );
    expect(item?.reasons[0]).toContain('机器视觉（计算机视觉）');
    // The same pair has the same score from either side.
    const fromScenario = (await matches(trafficScenario)).find((m) => m.organization.id === companies.vision.organizationId);
    expect(item?.score).toBe(fromScenario?.score);

    const unverified = await h.http().get('/api/v1/me/recommendations').set(companies.unverified.session.auth).expect(200);
    expect(unverified.body).toEqual({ items: [], profile: 'unverified' });
    const optedOut = await h.http().get('/api/v1/me/recommendations').set(companies.optedOut.session.auth).expect(200);
    expect(optedOut.body).toEqual({ items: [], profile: 'closed' });
    await h.http().get('/api/v1/me/recommendations').set(agency.session.auth).expect(403);
    await h.http().get('/api/v1/me/recommendations').expect(401);
  });

  it('drops a scenario from recommendations once it closes, even before the index catches up', async () => {
    const ids = async () => {
      // A fresh session: the clock moves past the old token's lifetime.
      const session = await h.signIn(companies.vision.input.email, companies.vision.input.password);
      const response = await h.http().get('/api/v1/me/recommendations').set(session.auth).expect(200);
      return (response.body.items as { scenario: { id: string } }[]).map((r) => r.scenario.id);
    };
    expect(await ids()).toContain(trafficScenario);
    clock.advance(21 * DAY);
    await h.app.get(ScenarioLifecycleService).closeExpired();
    expect(await ids()).not.toContain(trafficScenario);
    await drain();
    expect(await ids()).not.toContain(trafficScenario);
  });
});
