import { DataSource } from 'typeorm';
import { ManualClock } from '../../common/clock';
import { createScratchDatabase } from '../../../test/scratch-database';
import { buildCreditCode, buildRegistration, Harness, sessionFrom, STRONG_PASSWORD } from '../../../test/factories';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';

describe('auth: registration', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.close());

  it('creates a pending organisation with its first member as organisation admin, and returns no secrets', async () => {
    const input = buildRegistration({ kind: 'agency' });
    const response = await h.http().post('/api/v1/auth/register').send(input).expect(201);
    expect(response.body.organization).toMatchObject({
      kind: 'agency',
      name: input.organization.name,
      creditCode: input.organization.creditCode,
      status: 'pending',
    });
    expect(response.body.user).toMatchObject({ email: input.email, memberRole: 'owner', roles: ['publisher'] });
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(input.password);
    expect(text).not.toMatch(/hash/i);
  });

  it('lower-cases the e-mail and upper-cases the credit code', async () => {
    const input = buildRegistration();
    const mixed = {
      ...input,
      email: input.email.toUpperCase(),
      organization: { ...input.organization, creditCode: input.organization.creditCode.toLowerCase() },
    };
    const response = await h.http().post('/api/v1/auth/register').send(mixed).expect(201);
    expect(response.body.user.email).toBe(input.email);
    expect(response.body.organization.creditCode).toBe(input.organization.creditCode);
  });

  /** What the registration would have written (other suites write to the same database meanwhile). */
  async function written(input: Input) {
    const ds = h.app.get(DataSource);
    return {
      users: await ds.getRepository(User).count({ where: { displayName: input.displayName } }),
      organizations: await ds.getRepository(Organization).count({ where: { name: input.organization.name } }),
    };
  }

  type Input = ReturnType<typeof buildRegistration>;
  it.each<[string, string, string, (i: Input) => object]>([
    [
      'an invalid credit code',
      'INVALID_CREDIT_CODE',
      'organization.creditCode',
      (i) => ({ ...i, organization: { ...i.organization, creditCode: '91350100M000100Y44' } }),
    ],
    ['a weak password', 'WEAK_PASSWORD', 'password', (i) => ({ ...i, password: 'password123' })],
    ['a short password', 'WEAK_PASSWORD', 'password', (i) => ({ ...i, password: 'Xy#1short' })],
    ['a malformed e-mail', 'INVALID_EMAIL', 'email', (i) => ({ ...i, email: 'not-an-address' })],
    [
      'an unknown kind',
      'VALIDATION_FAILED',
      'organization.kind',
      (i) => ({ ...i, organization: { ...i.organization, kind: 'university' } }),
    ],
    ['an unexpected field', 'UNKNOWN_FIELD', 'platformRole', (i) => ({ ...i, platformRole: 'admin' })],
  ])('refuses %s with 400 %s on %s and writes nothing', async (_name, code, field, mutate) => {
    const input = buildRegistration();
    const response = await h.http().post('/api/v1/auth/register').send(mutate(input)).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code });
    expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await written(input)).toEqual({ users: 0, organizations: 0 });
  });

  it('refuses a duplicate e-mail (in any letter case) with 409 EMAIL_TAKEN', async () => {
    const first = buildRegistration();
    await h.http().post('/api/v1/auth/register').send(first).expect(201);
    const again = buildRegistration({ email: first.email.replace('member', 'MEMBER') });
    const response = await h.http().post('/api/v1/auth/register').send(again).expect(409);
    expect(response.body.code).toBe('EMAIL_TAKEN');
  });

  it('refuses an organisation whose credit code is already registered with 409 CREDIT_CODE_TAKEN', async () => {
    const creditCode = buildCreditCode();
    await h.http().post('/api/v1/auth/register').send(buildRegistration({ creditCode })).expect(201);
    const response = await h.http().post('/api/v1/auth/register').send(buildRegistration({ creditCode })).expect(409);
    expect(response.body.code).toBe('CREDIT_CODE_TAKEN');
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await h
      .http()
      .post('/api/v1/auth/register')
      .set('Content-Type', 'application/json')
      .send('{"email": "a@b.c", ')
      .expect(400);
    expect(response.body.code).toBe('MALFORMED_JSON');
  });

  it('lets exactly one of two simultaneous registrations with the same e-mail through', async () => {
    const a = buildRegistration();
    const b = buildRegistration({ email: a.email });
    const results = await Promise.all([h.http().post('/api/v1/auth/register').send(a), h.http().post('/api/v1/auth/register').send(b)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await h.app.get(DataSource).getRepository(User).countBy({ email: a.email })).toBe(1);
  });
});

describe('auth: sign-in, session, sign-out', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.close());

  it('signs in with an access token and an httpOnly, SameSite=Strict refresh cookie; /me then tells who I am', async () => {
    const { input } = await h.register({ kind: 'enterprise' });
    const response = await h.http().post('/api/v1/auth/login').send({ email: input.email, password: input.password }).expect(200);
    expect(response.body).toMatchObject({ expiresIn: 900, user: { email: input.email, roles: ['solver'] } });
    const cookie = ([] as string[]).concat(response.headers['set-cookie']).find((c) => c.startsWith('sb_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);

    const me = await h.http().get('/api/v1/me').set('Authorization', `Bearer ${response.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ email: input.email, organization: { name: input.organization.name, status: 'pending' } });
  });

  it('answers 401 without a token, with a malformed one, and with a forged one', async () => {
    expect((await h.http().get('/api/v1/me').expect(401)).body.code).toBe('UNAUTHENTICATED');
    await h.http().get('/api/v1/me').set('Authorization', 'Bearer not-a-jwt').expect(401);
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSIsInR5cCI6ImFjY2VzcyJ9.c2lnbmF0dXJl';
    await h.http().get('/api/v1/me').set('Authorization', `Bearer ${forged}`).expect(401);
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const { input } = await h.register();
    const wrongPassword = await h
      .http()
      .post('/api/v1/auth/login')
      .send({ email: input.email, password: 'Not-The-Password-1' })
      .expect(401);
    const unknown = await h
      .http()
      .post('/api/v1/auth/login')
      .send({ email: `nobody.${Date.now()}@example.com`, password: 'Not-The-Password-1' })
      .expect(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(strip(wrongPassword.body)).toEqual(strip(unknown.body));
    expect(wrongPassword.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('refreshes with the cookie (which rotates), and signs out: access token and cookie stop working', async () => {
    const { input } = await h.register();
    const first = await h.signIn(input.email, input.password);

    const refreshed = await h.http().post('/api/v1/auth/refresh').set('Cookie', first.cookie).expect(200);
    const second = sessionFrom(refreshed);
    expect(second.cookie).not.toBe(first.cookie);
    await h.http().get('/api/v1/me').set(second.auth).expect(200);

    await h.http().post('/api/v1/auth/logout').set(second.auth).set('Cookie', second.cookie).expect(204);
    await h.http().get('/api/v1/me').set(second.auth).expect(401);
    await h.http().get('/api/v1/me').set(first.auth).expect(401);
    expect((await h.http().post('/api/v1/auth/refresh').set('Cookie', second.cookie).expect(401)).body.code).toBe('SESSION_EXPIRED');
  });

  it('answers a refresh without a cookie with 401', async () => {
    expect((await h.http().post('/api/v1/auth/refresh').expect(401)).body.code).toBe('SESSION_EXPIRED');
  });
});

describe('auth: refresh-token reuse and lockout (controlled clock)', () => {
  let h: Harness;
  let proxied: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const clock = new ManualClock();
  // A database of its own: locking 127.0.0.1 must not lock out the suites running beside this one.
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start(
      {
        DATABASE_URL: scratch.url,
        RUN_MIGRATIONS: 'true',
        SIGN_IN_MAX_FAILURES: '5',
        SIGN_IN_MAX_FAILURES_PER_IP: '12',
        SIGN_IN_LOCK_MINUTES: '15',
      },
      { clock },
    );
    // The same product behind one proxy, so requests can come from different client addresses.
    proxied = await Harness.start(
      { DATABASE_URL: scratch.url, SIGN_IN_MAX_FAILURES: '5', SIGN_IN_MAX_FAILURES_PER_IP: '12', TRUST_PROXY_HOPS: '1' },
      { clock },
    );
  });
  afterAll(async () => {
    await h.close();
    await proxied?.close();
    await scratch.drop();
  });

  it('treats a second use of a rotated refresh token as theft after the grace period: the whole sign-in ends', async () => {
    const { input } = await h.register();
    const first = await h.signIn(input.email, input.password);
    const second = sessionFrom(await h.http().post('/api/v1/auth/refresh').set('Cookie', first.cookie).expect(200));

    // A near-simultaneous second refresh (another tab) is told to retry, nothing is revoked.
    expect((await h.http().post('/api/v1/auth/refresh').set('Cookie', first.cookie).expect(409)).body.code).toBe('SESSION_ROTATED');
    await h.http().get('/api/v1/me').set(second.auth).expect(200);

    clock.advance(60_000);
    await h.http().post('/api/v1/auth/refresh').set('Cookie', first.cookie).expect(401);
    await h.http().get('/api/v1/me').set(second.auth).expect(401);
    await h.http().post('/api/v1/auth/refresh').set('Cookie', second.cookie).expect(401);
  });

  it('locks an account at the address that fails repeatedly, even for the right password, until the lock ends (with Retry-After)', async () => {
    const { input } = await h.register();
    for (let i = 0; i < 5; i++) {
      await h
        .http()
        .post('/api/v1/auth/login')
        .send({ email: input.email, password: `Wrong-Password-${i}` })
        .expect(401);
    }
    const locked = await h.http().post('/api/v1/auth/login').send({ email: input.email, password: input.password }).expect(429);
    expect(locked.body.code).toBe('SIGN_IN_LOCKED');
    expect(locked.body.details[0].retryAfterSeconds).toBeGreaterThan(800);
    expect(Number(locked.headers['retry-after'])).toBe(locked.body.details[0].retryAfterSeconds);

    clock.advance(16 * 60_000);
    await h.http().post('/api/v1/auth/login').send({ email: input.email, password: input.password }).expect(200);
  });

  it('does not let a stranger lock a colleague out: failures from one address lock that address, not the account elsewhere', async () => {
    const victim = await h.register();
    const from = (address: string) => ({ 'X-Forwarded-For': address });
    const attempt = (address: string, password: string) =>
      proxied.http().post('/api/v1/auth/login').set(from(address)).send({ email: victim.input.email, password });
    for (let i = 0; i < 5; i++) await attempt('203.0.113.7', `Wrong-Password-${i}`).expect(401);
    // The stranger is locked …
    const stranger = await attempt('203.0.113.7', victim.input.password).expect(429);
    expect(stranger.body.code).toBe('SIGN_IN_LOCKED');
    expect(Number(stranger.headers['retry-after'])).toBeGreaterThan(800);
    // … the owner, at their own desk, signs in as usual.
    await attempt('198.51.100.20', victim.input.password).expect(200);
    // An unknown e-mail gets exactly the same answers, so locks tell nothing about who is registered.
    const ghost = `ghost.${Date.now()}@example.com`;
    for (let i = 0; i < 5; i++)
      expect(
        (await proxied.http().post('/api/v1/auth/login').set(from('203.0.113.8')).send({ email: ghost, password: 'Wrong-Password-1' }))
          .status,
      ).toBe(401);
    const ghostLocked = await proxied
      .http()
      .post('/api/v1/auth/login')
      .set(from('203.0.113.8'))
      .send({ email: ghost, password: 'x-Wrong-1' });
    expect([ghostLocked.status, ghostLocked.body.code]).toEqual([429, 'SIGN_IN_LOCKED']);
  });

  it('locks an IP address that fails on many accounts, until the lock ends', async () => {
    const { input } = await h.register();
    // Every test request comes from 127.0.0.1: twelve failures on twelve different accounts lock that address.
    for (let i = 0; i < 12; i++) {
      await h
        .http()
        .post('/api/v1/auth/login')
        .send({ email: `ghost${i}.${Date.now()}@example.com`, password: 'Wrong-Password-1' })
        .expect(401);
    }
    const blocked = await h.http().post('/api/v1/auth/login').send({ email: input.email, password: STRONG_PASSWORD }).expect(429);
    expect(blocked.body.code).toBe('SIGN_IN_LOCKED');
    clock.advance(16 * 60_000);
    await h.http().post('/api/v1/auth/login').send({ email: input.email, password: STRONG_PASSWORD }).expect(200);
  });
});
