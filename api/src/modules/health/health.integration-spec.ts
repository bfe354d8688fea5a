import { makeTempDataDir, spawnServices } from '@scenebridge/local/spawn';
import { rmSync } from 'node:fs';
import request from 'supertest';
import { startTestApp } from '../../../test/test-app';

describe('GET /api/v1/health', () => {
  it('answers 200 with database and search up when both are reachable', async () => {
    const app = await startTestApp();
    try {
      const response = await request(app.getHttpServer()).get('/api/v1/health').expect(200);
      expect(response.body).toEqual({ status: 'ok', checks: { database: 'up', search: 'up' } });
    } finally {
      await app.close();
    }
  });

  it('answers 503 with search down while Meilisearch is killed, and 200 again once it is back, without restarting the API', async () => {
    const dir = makeTempDataDir();
    let services = await spawnServices({ dataDir: dir, meili: true });
    const meili = services.meili!;
    const app = await startTestApp({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey });
    try {
      await request(app.getHttpServer()).get('/api/v1/health').expect(200);

      process.kill(meili.pid, 'SIGKILL');
      await services.stop();
      const down = await request(app.getHttpServer()).get('/api/v1/health').expect(503);
      expect(down.body).toEqual({ status: 'error', checks: { database: 'up', search: 'down' } });

      services = await spawnServices({ dataDir: dir, meili: { port: meili.port, masterKey: meili.masterKey } });
      const up = await request(app.getHttpServer()).get('/api/v1/health').expect(200);
      expect(up.body.checks).toEqual({ database: 'up', search: 'up' });
    } finally {
      await app.close();
      await services.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 503 with database down while PostgreSQL is stopped, and recovers by itself when it returns', async () => {
    const dir = makeTempDataDir();
    let services = await spawnServices({ dataDir: dir, postgres: true });
    const postgres = services.postgres!;
    const app = await startTestApp({ DATABASE_URL: postgres.url });
    try {
      await request(app.getHttpServer()).get('/api/v1/health').expect(200);

      await services.stop();
      const down = await request(app.getHttpServer()).get('/api/v1/health').expect(503);
      expect(down.body).toEqual({ status: 'error', checks: { database: 'down', search: 'up' } });

      services = await spawnServices({ dataDir: dir, postgres: { port: postgres.port } });
      const up = await request(app.getHttpServer()).get('/api/v1/health').expect(200);
      expect(up.body.checks.database).toBe('up');
    } finally {
      await app.close();
      await services.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
