import { DataSource } from 'typeorm';
import { ManualClock } from '../../common/clock';
import { Harness, publishScenario, solutionBody, type Session } from '../../../test/factories';
import { createScratchDatabase } from '../../../test/scratch-database';
import { unique } from '../../../test/test-app';
import { AuditEntry } from '../audit/audit-entry.entity';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const DAY = 86_400_000;

type Outcome = 'allowed' | 'not found' | number;

describe('sealed submissions: who reads what, before and after the deadline', () => {
  const clock = new ManualClock();
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const roles: Record<string, Session | null> = {};
  const cases: Record<
    'sealed' | 'open',
    { scenarioId: string; solutionId: string; attachmentUrl: string; token: string; deadline: number }
  > = {} as never;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true', OUTBOX_WORKER: 'true', OUTBOX_POLL_MS: '50' }, { clock });
    const agency = await h.registerVerified({ kind: 'agency' });
    const submitter = await h.registerVerified({ kind: 'enterprise' });
    const other = await h.registerVerified({ kind: 'enterprise' });
    const admin = await h.adminSession();
    const reviewer = await h.addReviewer({ displayName: '评审专家', expertise: ['交通'] });
    Object.assign(roles, {
      submitter: submitter.session,
      other: other.session,
      agency: agency.session,
      admin,
      reviewer: reviewer.session,
      visitor: null,
    });

    const batch = await h.http().post('/api/v1/admin/batches').set(admin.auth).send({ year: 2040, number: 1 }).expect(201);
    for (const sealed of [true, false]) {
      const token = `Zx${unique()}`;
      const deadline = clock.now().getTime() + 10 * DAY;
      const scenarioId = await publishScenario(h, agency.session, { sealed, deadline: new Date(deadline).toISOString() }, batch.body.id);
      const solution = await h
        .http()
        .post(`/api/v1/scenarios/${scenarioId}/solutions`)
        .set(submitter.session.auth)
        .send(solutionBody(token))
        .expect(201);
      const attachment = await h
        .http()
        .post(`/api/v1/solutions/${solution.body.id}/attachments`)
        .set(submitter.session.auth)
        .attach('file', PDF, `${token}.pdf`)
        .expect(201);
      await h.http().post(`/api/v1/solutions/${solution.body.id}/submit`).set(submitter.session.auth).expect(200);
      cases[sealed ? 'sealed' : 'open'] = {
        scenarioId,
        solutionId: solution.body.id,
        attachmentUrl: attachment.body.downloadUrl,
        token,
        deadline,
      };
    }
  });
  afterAll(async () => {
    await h.close();
    await scratch.drop();
  });

  async function attempt(role: string, kind: 'sealed' | 'open', operation: string): Promise<Outcome> {
    const session = roles[role];
    const c = cases[kind];
    const auth = (r: ReturnType<Harness['http']>['get'] extends (...a: never[]) => infer T ? T : never) =>
      session ? r.set(session.auth) : r;
    let response;
    switch (operation) {
      case 'read':
        response = await auth(h.http().get(`/api/v1/solutions/${c.solutionId}`));
        return response.status === 200 && response.body.approach.includes(c.token) ? 'allowed' : response.status;
      case 'list':
        response = await auth(h.http().get(`/api/v1/scenarios/${c.scenarioId}/solutions`));
        return response.status === 200 &&
          response.body.items.some((s: { id: string; title: string }) => s.id === c.solutionId && s.title.includes(c.token))
          ? 'allowed'
          : response.status;
      case 'download':
        response = await auth(h.http().get(c.attachmentUrl));
        return response.status === 200 ? 'allowed' : response.status;
      case 'export':
        response = await auth(h.http().get(`/api/v1/scenarios/${c.scenarioId}/solutions/export?format=csv`));
        return response.status === 200 && response.text.includes(c.token) ? 'allowed' : response.status;
      case 'search':
        response = await auth(h.http().get(`/api/v1/scenarios?q=${c.token}`));
        return response.status === 200 && JSON.stringify(response.body).includes(c.token) ? 'allowed' : 'not found';
      default:
        throw new Error(operation);
    }
  }

  const OPERATIONS = ['read', 'list', 'download', 'export', 'search'] as const;
  const ROLES = ['submitter', 'other', 'agency', 'admin', 'reviewer', 'visitor'] as const;

  /** What each role may do: the allowed cells; every other cell must be refused. */
  function expected(
    role: (typeof ROLES)[number],
    kind: 'sealed' | 'open',
    after: boolean,
  ): Record<(typeof OPERATIONS)[number], Outcome | 'not found'> {
    const refuse = { read: 404, list: 403, download: 404, export: 403, search: 'not found' } as const;
    const anonymous = { read: 401, list: 401, download: 404, export: 401, search: 'not found' } as const;
    if (role === 'visitor') return anonymous;
    if (role === 'submitter') return { ...refuse, read: 'allowed', download: 'allowed' };
    if ((role === 'agency' || role === 'admin') && (kind === 'open' || after))
      return { read: 'allowed', list: 'allowed', download: 'allowed', export: 'allowed', search: 'not found' };
    return refuse;
  }

  async function matrix(after: boolean) {
    const table: string[] = [];
    const mismatches: string[] = [];
    for (const kind of ['sealed', 'open'] as const) {
      for (const role of ROLES) {
        const want = expected(role, kind, after);
        for (const op of OPERATIONS) {
          const got = await attempt(role, kind, op);
          table.push(`${kind} ${role} ${op}: ${got}`);
          if (got !== want[op]) mismatches.push(`${kind} ${role} ${op}: expected ${want[op]}, got ${got}`);
        }
      }
    }
    return { table, mismatches };
  }

  it('before the deadline: only the submitting enterprise reads a sealed solution; the agency sees only the count', async () => {
    const { mismatches } = await matrix(false);
    expect(mismatches).toEqual([]);
    const sealedList = await h.http().get(`/api/v1/scenarios/${cases.sealed.scenarioId}/solutions`).set(roles.agency!.auth).expect(403);
    expect(sealedList.body.code).toBe('SEALED_UNTIL_DEADLINE');
    const count = await h.http().get(`/api/v1/scenarios/${cases.sealed.scenarioId}/solutions/count`).set(roles.agency!.auth).expect(200);
    expect(count.body).toMatchObject({ received: 1, sealed: true });
    await h.http().get(`/api/v1/scenarios/${cases.sealed.scenarioId}/solutions/count`).set(roles.other!.auth).expect(403);
  });

  it('after the deadline: the agency and admins read, list, download and export; nobody else does; search never holds solution content', async () => {
    clock.set(new Date(Math.max(cases.sealed.deadline, cases.open.deadline) + 1_000));
    const { mismatches } = await matrix(true);
    expect(mismatches).toEqual([]);
  });

  it('records every read of a solution in the audit log, with who read it', async () => {
    const rows = await h.app
      .get(DataSource)
      .getRepository(AuditEntry)
      .find({ where: [{ targetId: cases.sealed.solutionId }, { targetId: cases.sealed.scenarioId }] });
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['solution.read', 'solution.list_read', 'solution.attachment_read', 'solution.exported']),
    );
    const agencyRead = rows.find(
      (r) =>
        r.action === 'solution.read' &&
        r.actorOrganizationId !== null &&
        r.actorOrganizationId !== rows.find((x) => x.action === 'solution.submitted')?.actorOrganizationId,
    );
    expect(agencyRead).toBeDefined();
  });
});
