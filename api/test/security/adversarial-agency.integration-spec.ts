import { DataSource } from 'typeorm';
import { ManualClock } from '../../src/common/clock';
import { ScenarioLifecycleService } from '../../src/modules/scenarios/scenario-lifecycle.service';
import { Harness, publishScenario, solutionBody, type Session } from '../factories';
import { createScratchDatabase } from '../scratch-database';
import { unique } from '../test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const DAY = 86_400_000;

/**
 * The publishing agency — and a platform admin on its side — try every way to learn who
 * answered a sealed scenario, or what they wrote, before the bid opening, and every way to
 * move the opening or undo it. Each attempt must fail; the opening happens once, at the
 * deadline, and is recorded.
 */
describe('security: an agency (and an admin) against its own sealed competition', () => {
  const clock = new ManualClock();
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let agency: Awaited<ReturnType<Harness['registerVerified']>>;
  let bidder: Awaited<ReturnType<Harness['registerVerified']>>;
  let latecomer: Awaited<ReturnType<Harness['registerVerified']>>;
  let admin: Session;
  let batchId: string;
  let scenarioId: string;
  let deadline: Date;
  let solutionId: string;
  let attachmentUrl: string;
  let lateDraftId: string;
  const token = `Sealed${unique()}`;
  const filename = `报价明细-${token}.pdf`;

  /** What the bid says, and where it is: never shown before the opening. */
  const content = () => [token, filename, solutionId];
  /** Who the bidder is: never shown together with the scenario before the opening. */
  const identity = () => [bidder.organizationId, bidder.userId, bidder.input.email, bidder.input.organization.name];
  const leaked = (body: unknown) => {
    const text = JSON.stringify(body);
    return [...content(), ...(text.includes(scenarioId) ? identity() : [])].filter((s) => text.includes(s));
  };
  /** Each audit entry on its own: none may show the content, none may tie the bidder to the scenario. */
  const leakedByEntry = (entries: unknown[]) => entries.flatMap((e) => leaked(e));

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true' }, { clock });
    admin = await h.adminSession();
    agency = await h.registerVerified({ kind: 'agency' });
    bidder = await h.registerVerified({ kind: 'enterprise' });
    latecomer = await h.registerVerified({ kind: 'enterprise' });
    batchId = (await h.http().post('/api/v1/admin/batches').set(admin.auth).send({ year: 2041, number: 1 }).expect(201)).body.id;
    deadline = new Date(clock.now().getTime() + 10 * DAY);
    scenarioId = await publishScenario(h, agency.session, { sealed: true, deadline: deadline.toISOString() }, batchId);

    const created = await h
      .http()
      .post(`/api/v1/scenarios/${scenarioId}/solutions`)
      .set(bidder.session.auth)
      .send(solutionBody(token))
      .expect(201);
    solutionId = created.body.id;
    const file = await h
      .http()
      .post(`/api/v1/solutions/${solutionId}/attachments`)
      .set(bidder.session.auth)
      .attach('file', PDF, filename)
      .expect(201);
    attachmentUrl = file.body.downloadUrl;
    await h.http().post(`/api/v1/solutions/${solutionId}/submit`).set(bidder.session.auth).expect(200);
    // The bidder reads its own solution: that read is its business alone.
    await h.http().get(`/api/v1/solutions/${solutionId}`).set(bidder.session.auth).expect(200);
    lateDraftId = (
      await h
        .http()
        .post(`/api/v1/scenarios/${scenarioId}/solutions`)
        .set(latecomer.session.auth)
        .send({ title: `草稿 ${unique()}` })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await h.close();
    await scratch.drop();
  });

  const as = (session: Session) => ({
    get: (url: string) => h.http().get(url).set(session.auth),
    patch: (url: string, body: object) => h.http().patch(url).set(session.auth).send(body),
    post: (url: string, body: object = {}) => h.http().post(url).set(session.auth).send(body),
  });

  /** Sign-ins end with the (moved) clock; everyone signs in again. */
  async function refreshSessions(): Promise<void> {
    admin = await h.adminSession();
    agency.session = await h.signIn(agency.input.email, agency.input.password);
    bidder.session = await h.signIn(bidder.input.email, bidder.input.password);
  }

  async function auditPages(): Promise<unknown[]> {
    const all: unknown[] = [];
    for (let page = 1; ; page++) {
      const r = await as(admin).get(`/api/v1/admin/audit?page=${page}&pageSize=100`).expect(200);
      all.push(...r.body.items);
      if (page * 100 >= r.body.total) return all;
    }
  }

  describe('before the deadline', () => {
    it('cannot bring the deadline forward, by any amount, to the past, or remove it; the scenario is unchanged', async () => {
      const before = (await as(agency.session).get(`/api/v1/scenarios/${scenarioId}`).expect(200)).body;
      for (const earlier of [
        new Date(clock.now().getTime() + 45_000).toISOString(),
        new Date(deadline.getTime() - 1_000).toISOString(),
        new Date(clock.now().getTime() - DAY).toISOString(),
        null,
      ]) {
        const r = await as(agency.session).patch(`/api/v1/scenarios/${scenarioId}`, { deadline: earlier, note: '调整截止时间' });
        expect([r.status, r.body.code]).toEqual([422, 'DEADLINE_ONLY_LATER']);
      }
      const after = (await as(agency.session).get(`/api/v1/scenarios/${scenarioId}`).expect(200)).body;
      expect(after).toMatchObject({ deadline: before.deadline, version: before.version, status: 'open' });
    });

    it('cannot push the opening out of reach: a deadline more than a year ahead, or no real date, is refused', async () => {
      const far = await as(agency.session).patch(`/api/v1/scenarios/${scenarioId}`, {
        deadline: new Date(clock.now().getTime() + 400 * DAY).toISOString(),
      });
      expect([far.status, far.body.details]).toEqual([422, [{ field: 'deadline', code: 'DEADLINE_TOO_FAR' }]]);
      for (const deadline of ['+275760-09-13T00:00:00Z', '2027-02-31T00:00:00Z', '2027-01-01', 'tomorrow']) {
        const r = await as(agency.session).patch(`/api/v1/scenarios/${scenarioId}`, { deadline });
        expect([deadline, r.status]).toEqual([deadline, 400]);
      }
      expect((await h.http().get(`/api/v1/scenarios/${scenarioId}`).expect(200)).body.deadline).toBe(deadline.toISOString());
    });

    it('cannot turn the seal off', async () => {
      const r = await as(agency.session).patch(`/api/v1/scenarios/${scenarioId}`, { sealed: false });
      expect([r.status, r.body.code]).toEqual([422, 'SEALED_LOCKED']);
    });

    it.each(['agency', 'admin'] as const)('as %s: reads, lists, exports, downloads and version histories are all refused', async (who) => {
      const s = who === 'agency' ? agency.session : admin;
      const list = await as(s).get(`/api/v1/scenarios/${scenarioId}/solutions`);
      expect([list.status, list.body.code]).toEqual([403, 'SEALED_UNTIL_DEADLINE']);
      for (const format of ['csv', 'xlsx']) {
        const exported = await as(s).get(`/api/v1/scenarios/${scenarioId}/solutions/export?format=${format}`);
        expect([exported.status, exported.body.code]).toEqual([403, 'SEALED_UNTIL_DEADLINE']);
      }
      await as(s).get(`/api/v1/solutions/${solutionId}`).expect(404);
      await as(s).get(`/api/v1/solutions/${solutionId}/versions`).expect(404);
      await as(s).get(attachmentUrl).expect(404);
      await as(s).get(`/api/v1/solutions/${lateDraftId}`).expect(404);
    });

    it('cannot tell a real solution or file id from a made-up one on any route', async () => {
      const other = await h.registerVerified({ kind: 'agency' });
      const made = '00000000-0000-4000-8000-000000000000';
      const answer = (r: { status: number; body: { code?: string; message?: string } }) => [r.status, r.body.code, r.body.message];
      for (const s of [agency.session, admin, other.session]) {
        for (const [method, path] of [
          ['get', (id: string) => `/api/v1/solutions/${id}`],
          ['get', (id: string) => `/api/v1/solutions/${id}/versions`],
          ['get', (id: string) => `/api/v1/solutions/${id}/reviews`],
          ['post', (id: string) => `/api/v1/solutions/${id}/feedback`],
        ] as const) {
          const real = await h.http()[method](path(solutionId)).set(s.auth).send({ commentReviewerIds: [] });
          const fake = await h.http()[method](path(made)).set(s.auth).send({ commentReviewerIds: [] });
          expect([path('…'), ...answer(real)]).toEqual([path('…'), ...answer(fake)]);
        }
        const file = await h.http().get(attachmentUrl).set(s.auth);
        const noFile = await h.http().get(`/api/v1/attachments/${made}/download`).set(s.auth);
        expect(answer(file)).toEqual(answer(noFile));
      }
    });

    it('learns nothing from panel suggestions: no reviewer list, no conflicts — even with an expert "affiliated" with every bidder', async () => {
      await h.addReviewer({
        displayName: `万能专家 ${unique()}`,
        expertise: ['计算机视觉', '交通信号', '强化学习'],
        affiliations: [bidder.input.organization.name, latecomer.input.organization.name],
      });
      for (const s of [agency.session, admin]) {
        const r = await as(s).get(`/api/v1/scenarios/${scenarioId}/panel/suggestions`);
        expect([r.status, r.body.code]).toEqual([409, 'PANEL_AFTER_DEADLINE']);
        expect(leaked(r.body)).toEqual([]);
      }
      const panel = await as(agency.session).get(`/api/v1/scenarios/${scenarioId}/panel`).expect(200);
      expect(panel.body.canAssign).toBe(false);
    });

    it('finds no trace of the bid in the audit log — not who, not what, not even that or when something happened', async () => {
      const all = await auditPages();
      expect(leakedByEntry(all)).toEqual([]);
      // Solution activity on a sealed scenario is not in the log at all before the opening: no
      // entry, no gap in the numbering, no time to set beside the bidder's sign-in.
      const solutionActivity = (all as { action: string; summary: Record<string, unknown>; targetId: string | null }[]).filter(
        (e) => /^(solution|attachment)\./.test(e.action) || JSON.stringify(e.summary).includes(scenarioId),
      );
      expect(solutionActivity).toEqual([]);
      const ids = (all as { id: string }[]).map((e) => Number(e.id)).sort((x, y) => x - y);
      expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
      for (const filter of [`actorUserId=${bidder.userId}`, `targetId=${solutionId}`, `action=solution.submitted`, `targetType=solution`]) {
        const r = await as(admin).get(`/api/v1/admin/audit?${filter}&pageSize=100`).expect(200);
        expect(leakedByEntry(r.body.items)).toEqual([]);
        for (const item of r.body.items as { action: string }[]) expect(item.action).not.toMatch(/^(solution|attachment)\./);
      }
    });

    it('an admin does not even see the count (which, watched beside sign-ins, would tell who submitted when)', async () => {
      const count = await as(admin).get(`/api/v1/scenarios/${scenarioId}/solutions/count`);
      expect([count.status, count.body.code]).toEqual([403, 'SEALED_UNTIL_DEADLINE']);
      const panel = await as(admin).get(`/api/v1/scenarios/${scenarioId}/panel`).expect(200);
      expect(panel.body.solutions).toBe(0);
    });

    it('sees only the number received — in its count, its analytics and its notifications — never who or what', async () => {
      const count = await as(agency.session).get(`/api/v1/scenarios/${scenarioId}/solutions/count`).expect(200);
      expect(count.body).toEqual({ received: 1, sealed: true, opensAt: deadline.toISOString(), openedAt: null });
      const mine = await as(agency.session).get('/api/v1/organizations/me/stats').expect(200);
      expect(mine.body.scenarios.find((s: { id: string }) => s.id === scenarioId)).toMatchObject({ solutions: 1 });
      expect(leaked(mine.body)).toEqual([]);
      const notes = await as(agency.session).get('/api/v1/notifications?pageSize=100').expect(200);
      expect(notes.body.items.map((n: { type: string }) => n.type)).toContain('solution.received');
      expect(leaked(notes.body)).toEqual([]);
    });

    it('the public statistics and their exports do not count the solutions of a competition still running', async () => {
      const stats = await h.http().get('/api/v1/stats').expect(200);
      expect(stats.body.solutions).toBe(0);
      expect(stats.body.funnel.received).toBe(0);
      expect(stats.body.agencies.find((a: { id: string }) => a.id === agency.organizationId)).toMatchObject({ solutions: 0 });
      const csv = await h.http().get('/api/v1/stats/export?format=csv').expect(200);
      expect(csv.text).toMatch(/收到方案数,0/);
      expect(leaked(stats.body)).toEqual([]);
    });

    it('finds nothing of the solution through search, matching or the public scenario page', async () => {
      const search = await h.http().get(`/api/v1/scenarios?q=${token}`).expect(200);
      expect(search.body.total).toBe(0);
      const matches = await as(agency.session).get(`/api/v1/scenarios/${scenarioId}/matches`);
      expect(matches.status).toBeLessThan(500);
      expect(leaked(matches.body)).toEqual([]);
      expect(leaked((await h.http().get(`/api/v1/scenarios/${scenarioId}`).expect(200)).body)).toEqual([]);
    });

    it('may still extend the deadline — later is always allowed', async () => {
      deadline = new Date(deadline.getTime() + DAY);
      const r = await as(agency.session)
        .patch(`/api/v1/scenarios/${scenarioId}`, { deadline: deadline.toISOString(), note: '延长一天' })
        .expect(200);
      expect(r.body.deadline).toBe(deadline.toISOString());
    });
  });

  describe('at the deadline', () => {
    it('opens the bids the moment the deadline passes (no job needed), once, with the time and the count in the audit log', async () => {
      clock.set(new Date(deadline.getTime() + 1));
      // No scheduler runs in this test: the first read after the deadline performs the opening.
      const list = await as(agency.session).get(`/api/v1/scenarios/${scenarioId}/solutions`).expect(200);
      expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([solutionId]);
      await as(agency.session).get(`/api/v1/scenarios/${scenarioId}/solutions`).expect(200);
      await h.app.get(ScenarioLifecycleService).closeExpired();
      const openings = await as(admin).get(`/api/v1/admin/audit?action=solutions.opened&targetId=${scenarioId}`).expect(200);
      expect(openings.body.items).toHaveLength(1);
      expect(openings.body.items[0].summary).toMatchObject({ received: 1, deadline: deadline.toISOString() });
      const count = await as(agency.session).get(`/api/v1/scenarios/${scenarioId}/solutions/count`).expect(200);
      expect(count.body).toMatchObject({ sealed: false, openedAt: openings.body.items[0].summary.openedAt });
      const notes = await as(agency.session).get('/api/v1/notifications?pageSize=100').expect(200);
      expect(notes.body.items.filter((n: { type: string }) => n.type === 'solutions.opened')).toHaveLength(1);
    });

    it('releases the sealed audit entries: who did what, and when, is in the log now, and the chain still verifies', async () => {
      type Entry = {
        id: string;
        action: string;
        actorOrganizationId: string;
        occurredAt: string;
        seal: { key: string; releasedAt: string } | null;
      };
      const r = await as(admin).get(`/api/v1/admin/audit?targetId=${solutionId}&pageSize=100`).expect(200);
      const items = r.body.items as Entry[];
      expect(items.map((e) => e.action)).toEqual(
        expect.arrayContaining(['solution.created', 'solution.submitted', 'attachment.added', 'solution.read']),
      );
      const submitted = items.find((e) => e.action === 'solution.submitted')!;
      expect(submitted.actorOrganizationId).toBe(bidder.organizationId);
      expect(submitted.seal).toMatchObject({ key: `scenario:${scenarioId}`, releasedAt: expect.any(String) });
      // Each keeps its own time (before the deadline), and they join the log just before the opening entry.
      for (const e of items) expect(new Date(e.occurredAt).getTime()).toBeLessThan(deadline.getTime());
      const opening = (await as(admin).get(`/api/v1/admin/audit?action=solutions.opened&targetId=${scenarioId}`).expect(200)).body.items[0];
      expect(opening.summary).toMatchObject({ sealedEntries: expect.any(Number), sealedJournalIntact: true });
      expect(Math.max(...items.map((e) => Number(e.id)))).toBeLessThan(Number(opening.id));
      const byActor = await as(admin).get(`/api/v1/admin/audit?actorUserId=${bidder.userId}&pageSize=100`).expect(200);
      expect(JSON.stringify(byActor.body)).toContain(filename);
      const verified = await as(admin).post('/api/v1/admin/audit/verify').expect(200);
      expect(verified.body).toMatchObject({ ok: true, firstBroken: null });
    });

    it('cannot reopen the scenario: moving the deadline later again is refused and it stays closed', async () => {
      const r = await as(agency.session).patch(`/api/v1/scenarios/${scenarioId}`, {
        deadline: new Date(clock.now().getTime() + 10 * DAY).toISOString(),
        note: '重新开放',
      });
      expect(['DEADLINE_PASSED', 'INVALID_STATE']).toContain(r.body.code);
      expect(r.status).toBe(r.body.code === 'INVALID_STATE' ? 409 : 422);
      expect((await h.http().get(`/api/v1/scenarios/${scenarioId}`).expect(200)).body.status).toBe('closed');
    });

    it('a competitor cannot undercut afterwards: submitting, creating and editing are refused', async () => {
      const submit = await as(latecomer.session).post(`/api/v1/solutions/${lateDraftId}/submit`);
      expect([submit.status, submit.body.code]).toEqual([422, 'DEADLINE_PASSED']);
      const edit = await as(latecomer.session).patch(`/api/v1/solutions/${lateDraftId}`, { priceQuote: 1 });
      expect([edit.status, edit.body.code]).toEqual([422, 'DEADLINE_PASSED']);
      const fresh = await as(bidder.session).post(`/api/v1/scenarios/${scenarioId}/solutions`, solutionBody(unique()));
      expect(fresh.status).toBeGreaterThanOrEqual(409);
      // The late draft stays its own enterprise's: the agency never sees it.
      await as(agency.session).get(`/api/v1/solutions/${lateDraftId}`).expect(404);
    });

    it('now counts the solutions publicly', async () => {
      const stats = await h.http().get('/api/v1/stats').expect(200);
      expect(stats.body.solutions).toBe(1);
    });
  });

  describe('a sealed scenario cancelled before its deadline', () => {
    it('never opens: its solutions stay unreadable to the agency and admins for good', async () => {
      await refreshSessions();
      const soon = new Date(clock.now().getTime() + 5 * DAY);
      const id = await publishScenario(h, agency.session, { sealed: true, deadline: soon.toISOString() }, batchId);
      const s = await as(bidder.session).post(`/api/v1/scenarios/${id}/solutions`, solutionBody(token)).expect(201);
      await as(bidder.session).post(`/api/v1/solutions/${s.body.id}/submit`).expect(200);
      await as(agency.session).post(`/api/v1/scenarios/${id}/cancel`, { reason: '需求调整，取消本场景' }).expect(200);
      clock.set(new Date(soon.getTime() + DAY));
      await refreshSessions();
      await h.app.get(ScenarioLifecycleService).closeExpired();
      for (const who of [agency.session, admin]) {
        expect((await as(who).get(`/api/v1/scenarios/${id}/solutions`)).body.code).toBe('SEALED_UNTIL_DEADLINE');
        await as(who).get(`/api/v1/solutions/${s.body.id}`).expect(404);
      }
      await as(bidder.session).get(`/api/v1/solutions/${s.body.id}`).expect(200);
    });
  });

  describe('someone with the database who edits an entry kept under seal', () => {
    it('cannot change or remove it without switching the trigger off, and is then caught by the chain verification', async () => {
      const db = h.app.get(DataSource);
      // The cancelled scenario's journal is never released: its entries stay under seal.
      await expect(db.query(`UPDATE audit_sealed_entries SET summary = '{}'::jsonb`)).rejects.toThrow(/only ever released/);
      await expect(db.query(`DELETE FROM audit_sealed_entries`)).rejects.toThrow(/only ever released/);
      await expect(db.query(`TRUNCATE audit_sealed_entries`)).rejects.toThrow(/append-only/);
      await db.transaction(async (m) => {
        await m.query('ALTER TABLE audit_sealed_entries DISABLE TRIGGER audit_sealed_entries_release_only');
        await m.query(`UPDATE audit_sealed_entries SET actor_organization_id = $1 WHERE released_at IS NULL`, [latecomer.organizationId]);
        await m.query('ALTER TABLE audit_sealed_entries ENABLE TRIGGER audit_sealed_entries_release_only');
      });
      const verified = await as(admin).post('/api/v1/admin/audit/verify').expect(200);
      expect(verified.body).toMatchObject({ ok: false, firstBroken: { reason: 'SEALED_JOURNAL_MISMATCH' } });
    });
  });
});
