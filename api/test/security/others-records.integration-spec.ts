import { Harness, publishScenario, solutionBody, type Session } from '../factories';
import { listRoutes } from '../routes';
import { createScratchDatabase } from '../scratch-database';
import { unique } from '../test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/**
 * Routes whose success touches only the caller's own data, whatever id they are given:
 * removing a scenario from one's own saved list is idempotent (204 when it was not there).
 */
const OWN_DATA_ONLY = new Set(['DELETE /api/v1/scenarios/:id/saved']);

/**
 * Every route × every kind of caller × someone else's private records: an agency's draft
 * scenario and its file, an enterprise's sealed solution and its file, a saved search, a
 * notification, an invitation, a member. Whatever the route, nobody but the owner (and platform
 * admins, left out here) gets a success with them.
 */
describe('security: every route with someone else’s private records', () => {
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const records: Record<string, string> = {};
  const callers: Record<string, Session | null> = {};

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true', RATE_LIMIT_PER_MINUTE: '1000000' });
    const http = () => h.http();
    // The owners and their private records.
    const agency = await h.registerVerified({ kind: 'agency' });
    const enterprise = await h.registerVerified({ kind: 'enterprise' });
    const draft = await http()
      .post('/api/v1/scenarios')
      .set(agency.session.auth)
      .send({ title: `私有草稿 ${unique()}` })
      .expect(201);
    records.draftScenario = draft.body.id;
    records.draftFile = (
      await http().post(`/api/v1/scenarios/${draft.body.id}/attachments`).set(agency.session.auth).attach('file', PDF, 'a.pdf').expect(201)
    ).body.id;
    const open = await publishScenario(h, agency.session, { sealed: true });
    const solution = await http()
      .post(`/api/v1/scenarios/${open}/solutions`)
      .set(enterprise.session.auth)
      .send(solutionBody(unique()))
      .expect(201);
    records.sealedSolution = solution.body.id;
    records.solutionFile = (
      await http()
        .post(`/api/v1/solutions/${solution.body.id}/attachments`)
        .set(enterprise.session.auth)
        .attach('file', PDF, 'b.pdf')
        .expect(201)
    ).body.id;
    await http().post(`/api/v1/solutions/${solution.body.id}/submit`).set(enterprise.session.auth).expect(200);
    records.savedSearch = (
      await http()
        .post('/api/v1/me/saved-searches')
        .set(enterprise.session.auth)
        .send({ name: `关注 ${unique()}`, query: { q: '交通' }, alerts: true })
        .expect(201)
    ).body.id;
    const notes = await http().get('/api/v1/notifications').set(agency.session.auth).expect(200);
    records.notification = notes.body.items[0].id;
    records.invitation = (
      await http()
        .post('/api/v1/organizations/me/invitations')
        .set(agency.session.auth)
        .send({ email: `colleague.${unique()}@example.com` })
        .expect(201)
    ).body.id;
    records.member = agency.userId;

    // The callers: another agency, another enterprise, a reviewer on no panel, a visitor.
    const reviewer = await h.addReviewer({ displayName: '无关专家', expertise: ['交通'] });
    Object.assign(callers, {
      'another agency': (await h.registerVerified({ kind: 'agency' })).session,
      'another enterprise': (await h.registerVerified({ kind: 'enterprise' })).session,
      'a reviewer on no panel': reviewer.session,
      'a visitor': null,
    });
  });
  afterAll(async () => {
    await h?.close();
    await scratch?.drop();
  });

  it('gives no success to anyone else, on any route, with any of those records', async () => {
    const routes = listRoutes(h.app).filter((r) => r.path.includes(':') && !OWN_DATA_ONLY.has(`${r.method} ${r.path}`));
    expect(routes.length).toBeGreaterThan(60);
    const successes: string[] = [];
    let sent = 0;
    for (const route of routes) {
      for (const [record, id] of Object.entries(records)) {
        const path = route.path.replace(/:(\w+)/g, id);
        for (const [who, session] of Object.entries(callers)) {
          const method = route.method.toLowerCase() as 'get';
          const r = h.http()[method](path);
          if (session) r.set(session.auth);
          const response = ['POST', 'PUT', 'PATCH'].includes(route.method) ? await r.send({}) : await r;
          sent++;
          if (response.status < 400) successes.push(`${route.method} ${route.path} with ${record} as ${who} → ${response.status}`);
          if (response.status >= 500)
            successes.push(`${route.method} ${route.path} with ${record} as ${who} → ${response.status} (server error)`);
        }
      }
    }
    expect(sent).toBeGreaterThan(1500);
    expect(successes).toEqual([]);
  });
});
