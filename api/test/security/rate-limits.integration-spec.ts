import { Harness } from '../factories';

/**
 * One rate limit per client across all routes (a signed-in person, or else an address), and a
 * stricter one for sign-in, registration, password links and invitations. Each harness here
 * starts with fresh counters.
 */
describe('security: rate limits per client', () => {
  it('counts a client’s requests to every route together: two routes share one limit', async () => {
    const h = await Harness.start({ RATE_LIMIT_PER_MINUTE: '4' });
    try {
      await h.http().get('/api/v1/health').expect(200);
      await h.http().get('/api/v1/sectors').expect(200);
      await h.http().get('/api/v1/health').expect(200);
      await h.http().get('/api/v1/sectors').expect(200);
      const limited = await h.http().get('/api/v1/stats').expect(429);
      expect(limited.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    } finally {
      await h.close();
    }
  });

  it('counts a signed-in person apart from the address, and a forged token like the address', async () => {
    const h = await Harness.start({ RATE_LIMIT_PER_MINUTE: '5' });
    try {
      // Registering and signing in: two anonymous requests from this address.
      const { session } = await h.register();
      for (let i = 0; i < 3; i++) await h.http().get('/api/v1/sectors').expect(200);
      await h.http().get('/api/v1/sectors').expect(429);
      await h.http().get('/api/v1/sectors').set('Authorization', 'Bearer forged.token.value').expect(429);
      // The signed-in person has a limit of their own, on every route.
      for (let i = 0; i < 5; i++)
        await h
          .http()
          .get(i % 2 ? '/api/v1/me' : '/api/v1/sectors')
          .set(session.auth)
          .expect(200);
      const limited = await h.http().get('/api/v1/me').set(session.auth).expect(429);
      expect(limited.body.code).toBe('RATE_LIMITED');
    } finally {
      await h.close();
    }
  });

  it('limits sign-in, registration and password links more strictly, across those routes, while other routes go on', async () => {
    const h = await Harness.start({ RATE_LIMIT_PER_MINUTE: '100', STRICT_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      await h.http().post('/api/v1/auth/login').send({ email: 'nobody@example.com', password: 'Wrong-password-1' }).expect(401);
      await h
        .http()
        .post('/api/v1/auth/password')
        .send({ token: 'x'.repeat(43), password: 'Another-password-2' })
        .expect(400);
      await h.http().post('/api/v1/auth/login').send({ email: 'nobody@example.com', password: 'Wrong-password-1' }).expect(401);
      const limited = await h.http().post('/api/v1/auth/register').send({}).expect(429);
      expect(limited.body.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      await h.http().get('/api/v1/sectors').expect(200);
    } finally {
      await h.close();
    }
  });
});
