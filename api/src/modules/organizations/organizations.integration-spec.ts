import { DataSource } from 'typeorm';
import { ManualClock } from '../../common/clock';
import { Harness, STRONG_PASSWORD } from '../../../test/factories';
import { unique } from '../../../test/test-app';
import { AuditEntry } from '../audit/audit-entry.entity';

const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');

describe('organisation verification', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.close());

  it('puts a new organisation in the queue; the admin verifies it; its member sees "verified" and is notified', async () => {
    const { organizationId, session } = await h.register({ kind: 'agency' });
    const admin = await h.adminSession();

    const queue = await h.http().get('/api/v1/admin/organizations?status=pending&pageSize=100').set(admin.auth).expect(200);
    expect(queue.body.items.map((o: { id: string }) => o.id)).toContain(organizationId);
    const adminBell = await h.http().get('/api/v1/notifications').set(admin.auth).expect(200);
    expect(
      adminBell.body.items.some(
        (n: { type: string; params: { organizationId: string } }) =>
          n.type === 'organization.pending_review' && n.params.organizationId === organizationId,
      ),
    ).toBe(true);

    const verified = await h.http().post(`/api/v1/admin/organizations/${organizationId}/verify`).set(admin.auth).expect(200);
    expect(verified.body).toMatchObject({ status: 'verified', rejectionReason: null });
    expect(verified.body.verifiedAt).toEqual(expect.any(String));

    const me = await h.http().get('/api/v1/me').set(session.auth).expect(200);
    expect(me.body.organization.status).toBe('verified');
    const unread = await h.http().get('/api/v1/notifications/unread-count').set(session.auth).expect(200);
    expect(unread.body.unread).toBe(1);
    const list = await h.http().get('/api/v1/notifications').set(session.auth).expect(200);
    expect(list.body.items[0]).toMatchObject({ type: 'organization.verified', readAt: null });

    const entries = await h.app.get(DataSource).getRepository(AuditEntry).findBy({ targetId: organizationId });
    expect(entries.map((e) => e.action).sort()).toEqual(['organization.registered', 'organization.verified']);
  });

  it('rejects with a reason the member can read, and the member can correct and resubmit', async () => {
    const { organizationId, session } = await h.register();
    const admin = await h.adminSession();
    const reason = '营业执照名称与填写的单位名称不一致。';
    await h.http().post(`/api/v1/admin/organizations/${organizationId}/reject`).set(admin.auth).send({ reason }).expect(200);

    const mine = await h.http().get('/api/v1/organizations/me').set(session.auth).expect(200);
    expect(mine.body).toMatchObject({ status: 'rejected', rejectionReason: reason });
    const note = await h.http().get('/api/v1/notifications').set(session.auth).expect(200);
    expect(note.body.items[0]).toMatchObject({ type: 'organization.rejected', params: expect.objectContaining({ reason }) });

    const corrected = await h
      .http()
      .patch('/api/v1/organizations/me')
      .set(session.auth)
      .send({ name: `更正后的单位 ${unique()}` })
      .expect(200);
    expect(corrected.body.status).toBe('rejected');
    const resubmitted = await h.http().post('/api/v1/organizations/me/resubmit').set(session.auth).expect(200);
    expect(resubmitted.body.status).toBe('pending');
  });

  it('refuses to verify or reject twice (409) and requires a reason to reject (400)', async () => {
    const { organizationId } = await h.register();
    const admin = await h.adminSession();
    await h.http().post(`/api/v1/admin/organizations/${organizationId}/reject`).set(admin.auth).send({}).expect(400);
    await h.http().post(`/api/v1/admin/organizations/${organizationId}/verify`).set(admin.auth).expect(200);
    expect((await h.http().post(`/api/v1/admin/organizations/${organizationId}/verify`).set(admin.auth).expect(409)).body.code).toBe(
      'INVALID_STATE',
    );
    await h
      .http()
      .post(`/api/v1/admin/organizations/${organizationId}/reject`)
      .set(admin.auth)
      .send({ reason: 'too late now' })
      .expect(409);
  });

  it('keeps a verified organisation’s identity fixed (409 ORGANIZATION_LOCKED)', async () => {
    const { session } = await h.registerVerified();
    expect((await h.http().patch('/api/v1/organizations/me').set(session.auth).send({ region: '北京市' }).expect(409)).body.code).toBe(
      'ORGANIZATION_LOCKED',
    );
  });

  it('closes the admin routes to anonymous callers (401) and to members (403)', async () => {
    const { organizationId, session } = await h.register();
    await h.http().get('/api/v1/admin/organizations').expect(401);
    await h.http().get('/api/v1/admin/organizations').set(session.auth).expect(403);
    await h.http().post(`/api/v1/admin/organizations/${organizationId}/verify`).set(session.auth).expect(403);
    await h.http().get('/api/v1/admin/audit').set(session.auth).expect(403);
    await h
      .http()
      .post('/api/v1/admin/reviewers')
      .set(session.auth)
      .send({ email: 'x@example.com', displayName: 'X', expertise: ['a'] })
      .expect(403);
  });

  it('hides another organisation’s details (404) but shows them to its members and to admins', async () => {
    const a = await h.register();
    const b = await h.register();
    await h.http().get(`/api/v1/organizations/${a.organizationId}`).set(b.session.auth).expect(404);
    const own = await h.http().get(`/api/v1/organizations/${a.organizationId}`).set(a.session.auth).expect(200);
    expect(own.body.members).toHaveLength(1);
    await h
      .http()
      .get(`/api/v1/organizations/${a.organizationId}`)
      .set((await h.adminSession()).auth)
      .expect(200);
    await h.http().get('/api/v1/organizations/not-a-uuid').set(a.session.auth).expect(400);
  });

  it('keeps notifications private: marking someone else’s as read answers 404', async () => {
    const a = await h.registerVerified();
    const b = await h.register();
    const [notification] = (await h.http().get('/api/v1/notifications').set(a.session.auth).expect(200)).body.items;
    await h.http().post(`/api/v1/notifications/${notification.id}/read`).set(b.session.auth).expect(404);
    const read = await h.http().post(`/api/v1/notifications/${notification.id}/read`).set(a.session.auth).expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
  });
});

describe('organisation members and invitations', () => {
  let h: Harness;
  const clock = new ManualClock();
  beforeAll(async () => {
    h = await Harness.start({ LINK_TTL_HOURS: '72', PUBLIC_URL: 'https://portal.example.gov.cn' }, { clock });
  });
  afterAll(() => h.close());

  it('lets the organisation admin invite a colleague, who accepts through the one-time link and signs in', async () => {
    const owner = await h.registerVerified({ kind: 'agency' });
    const email = `colleague.${unique()}@example.gov.cn`;
    const invited = await h.http().post('/api/v1/organizations/me/invitations').set(owner.session.auth).send({ email }).expect(201);
    expect(invited.body).toMatchObject({ email, status: 'pending' });
    expect(invited.body.link).toMatch(/^https:\/\/portal\.example\.gov\.cn\/invite#token=[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(invited.body.link);

    const preview = await h.http().post('/api/v1/auth/invitations/preview').send({ token }).expect(200);
    expect(preview.body).toMatchObject({ email, organizationName: owner.input.organization.name, organizationKind: 'agency' });

    const accepted = await h
      .http()
      .post('/api/v1/auth/invitations/accept')
      .send({ token, displayName: '李芳', password: STRONG_PASSWORD })
      .expect(201);
    expect(accepted.body).toMatchObject({
      email,
      memberRole: 'member',
      roles: ['publisher'],
      organization: { id: owner.organizationId, status: 'verified' },
    });

    await h.signIn(email, STRONG_PASSWORD);
    expect(
      (await h.http().post('/api/v1/auth/invitations/accept').send({ token, displayName: 'Again', password: STRONG_PASSWORD }).expect(400))
        .body.code,
    ).toBe('LINK_INVALID');

    const members = await h.http().get('/api/v1/organizations/me/members').set(owner.session.auth).expect(200);
    expect(members.body.items.map((m: { email: string }) => m.email)).toEqual([owner.input.email, email]);
    const invitations = await h.http().get('/api/v1/organizations/me/invitations').set(owner.session.auth).expect(200);
    expect(invitations.body.items[0]).toMatchObject({ email, status: 'accepted' });
    expect(JSON.stringify(invitations.body)).not.toContain(token);
  });

  it('lets only the organisation admin invite and remove (403 for other members)', async () => {
    const owner = await h.registerVerified();
    const email = `plain.${unique()}@example.com`;
    const link = (await h.http().post('/api/v1/organizations/me/invitations').set(owner.session.auth).send({ email }).expect(201)).body
      .link;
    await h
      .http()
      .post('/api/v1/auth/invitations/accept')
      .send({ token: tokenOf(link), displayName: '普通成员', password: STRONG_PASSWORD })
      .expect(201);
    const member = await h.signIn(email, STRONG_PASSWORD);
    expect(
      (
        await h
          .http()
          .post('/api/v1/organizations/me/invitations')
          .set(member.auth)
          .send({ email: `x.${unique()}@example.com` })
          .expect(403)
      ).body.code,
    ).toBe('FORBIDDEN');
    await h.http().post(`/api/v1/organizations/me/members/${owner.userId}/remove`).set(member.auth).expect(403);
    await h.http().get('/api/v1/organizations/me/members').set(member.auth).expect(200);
  });

  it('removes a member: their access ends at once; the admin cannot remove themself; outsiders get 404', async () => {
    const owner = await h.registerVerified();
    const other = await h.registerVerified();
    const email = `leaver.${unique()}@example.com`;
    const link = (await h.http().post('/api/v1/organizations/me/invitations').set(owner.session.auth).send({ email }).expect(201)).body
      .link;
    const joined = await h
      .http()
      .post('/api/v1/auth/invitations/accept')
      .send({ token: tokenOf(link), displayName: '离职成员', password: STRONG_PASSWORD })
      .expect(201);
    const leaver = await h.signIn(email, STRONG_PASSWORD);

    await h.http().post(`/api/v1/organizations/me/members/${joined.body.id}/remove`).set(other.session.auth).expect(404);
    expect(
      (await h.http().post(`/api/v1/organizations/me/members/${owner.userId}/remove`).set(owner.session.auth).expect(409)).body.code,
    ).toBe('CANNOT_REMOVE_SELF');

    const removed = await h.http().post(`/api/v1/organizations/me/members/${joined.body.id}/remove`).set(owner.session.auth).expect(200);
    expect(removed.body.active).toBe(false);
    await h.http().get('/api/v1/me').set(leaver.auth).expect(401);
    await h.http().post('/api/v1/auth/refresh').set('Cookie', leaver.cookie).expect(401);
    expect((await h.http().post('/api/v1/auth/login').send({ email, password: STRONG_PASSWORD }).expect(403)).body.code).toBe(
      'ACCOUNT_DISABLED',
    );
  });

  it('expires invitation links and honours revocation', async () => {
    const owner = await h.registerVerified();
    const late = (
      await h
        .http()
        .post('/api/v1/organizations/me/invitations')
        .set(owner.session.auth)
        .send({ email: `late.${unique()}@example.com` })
        .expect(201)
    ).body;
    const revoked = (
      await h
        .http()
        .post('/api/v1/organizations/me/invitations')
        .set(owner.session.auth)
        .send({ email: `revoked.${unique()}@example.com` })
        .expect(201)
    ).body;
    await h.http().post(`/api/v1/organizations/me/invitations/${revoked.id}/revoke`).set(owner.session.auth).expect(200);
    await h
      .http()
      .post('/api/v1/auth/invitations/preview')
      .send({ token: tokenOf(revoked.link) })
      .expect(400);

    clock.advance(73 * 3_600_000);
    expect(
      (
        await h
          .http()
          .post('/api/v1/auth/invitations/preview')
          .send({ token: tokenOf(late.link) })
          .expect(400)
      ).body.code,
    ).toBe('LINK_INVALID');
    const list = await h.http().get('/api/v1/organizations/me/invitations').set(owner.session.auth).expect(200);
    expect(list.body.items.map((i: { status: string }) => i.status).sort()).toEqual(['expired', 'revoked']);
  });

  it('invites an address registered elsewhere exactly like a new one (no oracle on who has an account); only its owner learns, on accepting, that it is taken', async () => {
    const owner = await h.registerVerified();
    const other = await h.register();
    const elsewhere = await h
      .http()
      .post('/api/v1/organizations/me/invitations')
      .set(owner.session.auth)
      .send({ email: other.input.email })
      .expect(201);
    const fresh = await h
      .http()
      .post('/api/v1/organizations/me/invitations')
      .set(owner.session.auth)
      .send({ email: `fresh.${unique()}@example.com` })
      .expect(201);
    expect(Object.keys(elsewhere.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(elsewhere.body.status).toBe(fresh.body.status);
    const accepted = await h
      .http()
      .post('/api/v1/auth/invitations/accept')
      .send({ token: tokenOf(elsewhere.body.link), displayName: '他人', password: STRONG_PASSWORD })
      .expect(409);
    expect(accepted.body.code).toBe('EMAIL_TAKEN');
    // Someone already in the organisation is simply named as such.
    expect(
      (await h.http().post('/api/v1/organizations/me/invitations').set(owner.session.auth).send({ email: owner.input.email }).expect(409))
        .body.code,
    ).toBe('ALREADY_MEMBER');
  });

  it('refuses to invite twice while an invitation is pending (409)', async () => {
    const owner = await h.registerVerified();
    const email = `twice.${unique()}@example.com`;
    await h.http().post('/api/v1/organizations/me/invitations').set(owner.session.auth).send({ email }).expect(201);
    expect(
      (await h.http().post('/api/v1/organizations/me/invitations').set(owner.session.auth).send({ email }).expect(409)).body.code,
    ).toBe('INVITATION_PENDING');
  });
});
