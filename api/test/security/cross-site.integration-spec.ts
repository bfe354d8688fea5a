import { Harness } from '../factories';

/**
 * State-changing requests that a browser makes for another website are refused, whatever
 * the route; programs without an Origin (integrations) and the portal itself pass; bodies
 * are JSON (or multipart for files), never form-encoded.
 */
describe('security: requests from other websites', () => {
  let h: Harness;
  let input: Awaited<ReturnType<Harness['register']>>['input'];
  let session: Awaited<ReturnType<Harness['register']>>['session'];

  beforeAll(async () => {
    h = await Harness.start({ PUBLIC_URL: 'https://portal.example.gov.cn', CORS_ORIGINS: 'https://partner.example.com' });
    ({ input, session } = await h.register());
  });
  afterAll(() => h.close());

  const login = () => h.http().post('/api/v1/auth/login');
  const credentials = () => ({ email: input.email, password: input.password });

  it.each(['https://evil.example', 'http://portal.example.gov.cn', 'https://portal.example.gov.cn.evil.example', 'null', 'not a url'])(
    'refuses a sign-in whose Origin is %s, without a cookie',
    async (origin) => {
      const r = await login().set('Origin', origin).send(credentials()).expect(403);
      expect(r.body).toMatchObject({ statusCode: 403, code: 'CROSS_SITE_REQUEST' });
      expect(r.headers['set-cookie']).toBeUndefined();
    },
  );

  it('refuses a request the browser marks as cross-site even without an Origin', async () => {
    const r = await login().set('Sec-Fetch-Site', 'cross-site').send(credentials()).expect(403);
    expect(r.body.code).toBe('CROSS_SITE_REQUEST');
  });

  it('refuses the same on every state-changing route, signed in or not (sign-out, refresh, registration, profile, notifications)', async () => {
    for (const [method, path] of [
      ['post', '/api/v1/auth/logout'],
      ['post', '/api/v1/auth/refresh'],
      ['post', '/api/v1/auth/register'],
      ['put', '/api/v1/organizations/me/profile'],
      ['post', '/api/v1/notifications/read-all'],
    ] as const) {
      const r = await h.http()[method](path).set(session.auth).set('Cookie', session.cookie).set('Origin', 'https://evil.example').send({});
      expect([path, r.status, r.body.code]).toEqual([path, 403, 'CROSS_SITE_REQUEST']);
    }
  });

  it('lets the portal itself, its PUBLIC_URL, a CORS origin and programs without an Origin through', async () => {
    await login().set('Origin', 'https://portal.example.gov.cn').send(credentials()).expect(200);
    await login().set('Origin', 'https://partner.example.com').send(credentials()).expect(200);
    await login().set('Sec-Fetch-Site', 'same-origin').send(credentials()).expect(200);
    await login().send(credentials()).expect(200);
    // Same host as the request itself (e.g. the portal reached by another name).
    const own = await login()
      .set('Host', 'scenebridge.internal:8080')
      .set('Origin', 'http://scenebridge.internal:8080')
      .send(credentials());
    expect(own.status).toBe(200);
  });

  it('reads from anywhere: GET stays open to other origins', async () => {
    await h.http().get('/api/v1/sectors').set('Origin', 'https://evil.example').expect(200);
  });

  it('does not read form-encoded or text bodies: 415, nothing signed in', async () => {
    const form = await login().type('form').send(credentials()).expect(415);
    expect(form.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(form.headers['set-cookie']).toBeUndefined();
    const text = await login().set('Content-Type', 'text/plain').send(JSON.stringify(credentials())).expect(415);
    expect(text.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
