import type { NestExpressApplication } from '@nestjs/platform-express';
import { listRoutes } from './routes';
import { startTestApp } from './test-app';

describe('route access decisions', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('finds the registered routes (the walk itself works)', () => {
    const routes = listRoutes(app);
    expect(routes).toContainEqual(expect.objectContaining({ method: 'GET', path: '/api/v1/health', access: { kind: 'public' } }));
  });

  it('every route declares who may call it (Public, SignedIn or Roles)', () => {
    const undecided = listRoutes(app)
      .filter((route) => !route.access)
      .map((route) => `${route.method} ${route.path} (${route.controller}.${route.handler})`);
    expect(undecided).toEqual([]);
  });
});
