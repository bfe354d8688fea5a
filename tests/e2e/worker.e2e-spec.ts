import { spawn } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { call, signInApi } from '../support/api-client';
import { uniqueTag } from '../support/identities';
import { E2E_ADMIN, REPO_ROOT, startApi, type RunningApi } from '../support/product';

/**
 * Background work as its own process: an API that runs no jobs, and `node api/dist/worker.js`
 * beside it on the same database. Own database and index prefix, so the shared product's
 * worker cannot do the work for it.
 */
describe('the worker process', () => {
  let api: RunningApi;
  let database: { name: string; url: string; adminUrl: string };
  let sharedBaseUrl: string | undefined;

  async function onServer(text: string): Promise<void> {
    const client = new Client({ connectionString: database.adminUrl });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    const base = new URL(process.env.E2E_DATABASE_URL!);
    const name = `worker_${uniqueTag().replace(/[^a-z0-9]/g, '')}`;
    const url = new URL(base);
    url.pathname = `/${name}`;
    database = { name, url: url.toString(), adminUrl: base.toString() };
    await onServer(`CREATE DATABASE ${name}`);
    api = await startApi({
      DATABASE_URL: database.url,
      MEILI_URL: process.env.E2E_MEILI_URL!,
      MEILI_MASTER_KEY: process.env.E2E_MEILI_MASTER_KEY!,
      MEILI_INDEX_PREFIX: `${name}_`,
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      SIGN_IN_SLOWDOWN_MS: '1',
      SEED_DEMO_DATA: 'true',
      OUTBOX_WORKER: 'false',
      SCHEDULER: 'false',
    });
    sharedBaseUrl = process.env.E2E_BASE_URL;
    process.env.E2E_BASE_URL = api.baseUrl;
  });
  afterAll(async () => {
    process.env.E2E_BASE_URL = sharedBaseUrl;
    await api?.stop();
    if (database) await onServer(`DROP DATABASE IF EXISTS ${database.name} WITH (FORCE)`);
  });

  const total = async () => (await call<{ total: number }>('/api/v1/scenarios?pageSize=1')).body.total;

  it('does the search sync the API leaves to it, and stops cleanly on SIGTERM', async () => {
    const admin = await signInApi(E2E_ADMIN.email, E2E_ADMIN.password);
    const jobs = await call<{ name: string; enabled: boolean; runs: number }[]>('/api/v1/admin/jobs', { token: admin });
    expect(jobs.status).toBe(200);
    expect(jobs.body.find((j) => j.name === 'outbox')).toMatchObject({ enabled: false, runs: 0 });
    // The demo data is in PostgreSQL and waits in the outbox: search has none of it.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await total()).toBe(0);

    let output = '';
    const worker = spawn(process.execPath, [path.join(REPO_ROOT, 'api', 'dist', 'worker.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: database.url,
        MEILI_URL: process.env.E2E_MEILI_URL!,
        MEILI_MASTER_KEY: process.env.E2E_MEILI_MASTER_KEY!,
        MEILI_INDEX_PREFIX: `${database.name}_`,
        JWT_SECRET: 'x'.repeat(64),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    worker.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    worker.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((resolve) => worker.once('exit', (code) => resolve(code)));
    try {
      const end = Date.now() + 60_000;
      let found = 0;
      while (Date.now() < end && found === 0) {
        await new Promise((r) => setTimeout(r, 500));
        found = await total();
      }
      expect(found).toBeGreaterThan(0);
      const running = /SceneBridge worker running: ([a-z, ]+)/.exec(output)?.[1].split(', ').sort();
      expect(running).toEqual(['deadlines', 'mail', 'outbox', 'results']);
    } finally {
      worker.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output).not.toMatch(/Job \w+ failed|failed to start/);
  });
});
