import { Harness, STRONG_PASSWORD } from '../../../test/factories';
import { unique } from '../../../test/test-app';

const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');

describe('expert pool', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.close());

  it('creates a reviewer with expertise; the reviewer sets a password through the one-time link and signs in as reviewer', async () => {
    const admin = await h.adminSession();
    const email = `expert.${unique()}@university.edu.cn`;
    const created = await h
      .http()
      .post('/api/v1/admin/reviewers')
      .set(admin.auth)
      .send({ email, displayName: '王强', expertise: [' 计算机视觉 ', '智能交通', '计算机视觉'] })
      .expect(201);
    expect(created.body.reviewer).toMatchObject({ email, roles: ['reviewer'], expertise: ['计算机视觉', '智能交通'], organization: null });
    const token = tokenOf(created.body.link);

    // No password yet: signing in is refused like any wrong password.
    await h.http().post('/api/v1/auth/login').send({ email, password: STRONG_PASSWORD }).expect(401);
    await h.http().post('/api/v1/auth/password').send({ token, password: 'password123' }).expect(400);
    await h.http().post('/api/v1/auth/password').send({ token, password: STRONG_PASSWORD }).expect(200);
    expect((await h.http().post('/api/v1/auth/password').send({ token, password: STRONG_PASSWORD }).expect(400)).body.code).toBe(
      'LINK_INVALID',
    );

    const reviewer = await h.signIn(email, STRONG_PASSWORD);
    const me = await h.http().get('/api/v1/me').set(reviewer.auth).expect(200);
    expect(me.body.roles).toEqual(['reviewer']);
    await h.http().get('/api/v1/admin/reviewers').set(reviewer.auth).expect(403);

    const found = await h
      .http()
      .get(`/api/v1/admin/reviewers?q=${encodeURIComponent('智能交通')}`)
      .set(admin.auth)
      .expect(200);
    expect(found.body.items.map((r: { email: string }) => r.email)).toContain(email);
  });

  it('deactivates a reviewer: sessions end at once and sign-in is refused; re-activation restores access', async () => {
    const admin = await h.adminSession();
    const email = `retired.${unique()}@example.org`;
    const created = await h
      .http()
      .post('/api/v1/admin/reviewers')
      .set(admin.auth)
      .send({ email, displayName: '退休专家', expertise: ['智慧农业'] })
      .expect(201);
    await h
      .http()
      .post('/api/v1/auth/password')
      .send({ token: tokenOf(created.body.link), password: STRONG_PASSWORD })
      .expect(200);
    const session = await h.signIn(email, STRONG_PASSWORD);

    const id = created.body.reviewer.id;
    await h.http().post(`/api/v1/admin/reviewers/${id}/deactivate`).set(admin.auth).expect(200);
    await h.http().get('/api/v1/me').set(session.auth).expect(401);
    expect((await h.http().post('/api/v1/auth/login').send({ email, password: STRONG_PASSWORD }).expect(403)).body.code).toBe(
      'ACCOUNT_DISABLED',
    );
    await h.http().post(`/api/v1/admin/reviewers/${id}/deactivate`).set(admin.auth).expect(409);

    await h.http().post(`/api/v1/admin/reviewers/${id}/activate`).set(admin.auth).expect(200);
    await h.signIn(email, STRONG_PASSWORD);
  });

  it('issues a new link that replaces the earlier one; rejects duplicates and bad input', async () => {
    const admin = await h.adminSession();
    const email = `relink.${unique()}@example.org`;
    const first = await h
      .http()
      .post('/api/v1/admin/reviewers')
      .set(admin.auth)
      .send({ email, displayName: '专家', expertise: ['大模型'] })
      .expect(201);
    const second = await h.http().post(`/api/v1/admin/reviewers/${first.body.reviewer.id}/link`).set(admin.auth).expect(201);
    await h
      .http()
      .post('/api/v1/auth/password')
      .send({ token: tokenOf(first.body.link), password: STRONG_PASSWORD })
      .expect(400);
    await h
      .http()
      .post('/api/v1/auth/password')
      .send({ token: tokenOf(second.body.link), password: STRONG_PASSWORD })
      .expect(200);

    expect(
      (
        await h
          .http()
          .post('/api/v1/admin/reviewers')
          .set(admin.auth)
          .send({ email, displayName: '重复', expertise: ['x'] })
          .expect(409)
      ).body.code,
    ).toBe('EMAIL_TAKEN');
    await h
      .http()
      .post('/api/v1/admin/reviewers')
      .set(admin.auth)
      .send({ email: `e.${unique()}@example.org`, displayName: '无专长', expertise: [] })
      .expect(400);
    const { organizationId } = await h.register();
    await h.http().post(`/api/v1/admin/reviewers/${organizationId}/deactivate`).set(admin.auth).expect(404);
  });
});
