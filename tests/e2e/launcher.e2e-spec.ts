import { freePort, makeTempDataDir, spawnServices } from '@scenebridge/local/spawn';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { LAUNCHER, REPO_ROOT, waitForHealth } from '../support/product';
import { commandName, descendants, isRunning } from '../support/processes';

interface Launch {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function launch(env: Record<string, string>, options: { ownProcessGroup?: boolean; viaNpm?: boolean } = {}): Launch {
  let output = '';
  const clean = { ...process.env };
  for (const key of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'ADMIN_EMAIL', 'ADMIN_PASSWORD']) delete clean[key];
  // Through npm exactly as a person types it (the build step is skipped: it already ran).
  const [command, args] = options.viaNpm ? ['npm', ['start', '--ignore-scripts', '--silent']] : [process.execPath, [LAUNCHER]];
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...clean, LOG_FORMAT: 'json', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.ownProcessGroup ?? false,
  });
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitUntilUp(run: Launch, port: number): Promise<void> {
  await waitForHealth(`http://localhost:${port}`, 120_000, () => run.child.exitCode !== null, run.output);
  // The banner follows the first healthy answer.
  const until = Date.now() + 10_000;
  while (!run.output().includes('Press Ctrl-C to stop') && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
}

/**
 * Stops a launch and checks that it took every process it started with it. `ctrl-c` sends
 * SIGINT to the whole process group, as a terminal does; `sigterm` signals the launcher only.
 */
async function stopAndExpectNoLeftovers(run: Launch, how: 'sigterm' | 'ctrl-c' = 'sigterm'): Promise<void> {
  const started = descendants(run.child.pid!);
  expect(started.length).toBeGreaterThan(0);
  if (how === 'ctrl-c') process.kill(-run.child.pid!, 'SIGINT');
  else run.child.kill('SIGTERM');
  expect(await run.exited).toBe(0);
  const leftovers = started.filter(isRunning).map((pid) => `${pid} ${commandName(pid)}`);
  expect(leftovers).toEqual([]);
}

describe('npm start launcher (embedded PostgreSQL and Meilisearch)', () => {
  it('starts the whole product on a fresh data folder, stops on SIGTERM and on Ctrl-C without leftovers, and keeps the data on the next start', async () => {
    const dataDir = makeTempDataDir('scenebridge-launch-');
    const port = await freePort();
    try {
      const first = launch({ DATA_DIR: dataDir, PORT: String(port) });
      await waitUntilUp(first, port);
      const health = await (await fetch(`http://localhost:${port}/api/v1/health`)).json();
      expect(health).toEqual({ status: 'ok', checks: { database: 'up', search: 'up' } });
      const page = await (await fetch(`http://localhost:${port}/`, { headers: { Accept: 'text/html' } })).text();
      expect(page).toContain('<div id="root">');
      expect(first.output()).toContain(`SceneBridge is running:  http://localhost:${port}`);
      expect(first.output()).toContain('admin@scenebridge.local / ChangeMe-2026!');

      // The master key is generated once, kept owner-only, and never printed in full.
      const key = readFileSync(path.join(dataDir, 'meilisearch-master-key'), 'utf8').trim();
      expect(key.length).toBeGreaterThanOrEqual(32);
      expect(first.output()).not.toContain(key);

      const names = descendants(first.child.pid!).map(commandName);
      expect(names).toEqual(expect.arrayContaining(['postgres', 'meilisearch']));

      // Leave a mark in the database to find after the restart.
      const databaseUrl = embeddedDatabaseUrl(first.output(), dataDir);
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(
        `INSERT INTO organizations (kind, name, credit_code, region) VALUES ('agency', '重启检验单位', '12100000400000624D', '北京市')`,
      );
      const demoCount = Number((await client.query('SELECT count(*) FROM organizations')).rows[0].count);
      await client.end();
      expect(demoCount).toBeGreaterThan(1);

      await stopAndExpectNoLeftovers(first);

      const second = launch({ DATA_DIR: dataDir, PORT: String(port) }, { ownProcessGroup: true });
      await waitUntilUp(second, port);
      const again = new Client({ connectionString: embeddedDatabaseUrl(second.output(), dataDir) });
      await again.connect();
      const rows = await again.query(`SELECT count(*) FROM organizations`);
      const marked = await again.query(`SELECT name FROM organizations WHERE credit_code = '12100000400000624D'`);
      await again.end();
      expect(Number(rows.rows[0].count)).toBe(demoCount);
      expect(marked.rows).toEqual([{ name: '重启检验单位' }]);
      expect(readFileSync(path.join(dataDir, 'meilisearch-master-key'), 'utf8').trim()).toBe(key);
      await stopAndExpectNoLeftovers(second, 'ctrl-c');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('uses DATABASE_URL and MEILI_URL when set, starts nothing embedded, and stops when npm start gets SIGTERM', async () => {
    const external = await spawnServices({ postgres: true, meili: true });
    const dataDir = makeTempDataDir('scenebridge-launch-ext-');
    const port = await freePort();
    try {
      const run = launch(
        {
          DATA_DIR: dataDir,
          PORT: String(port),
          DATABASE_URL: external.postgres!.url,
          MEILI_URL: external.meili!.url,
          MEILI_MASTER_KEY: external.meili!.masterKey,
        },
        { viaNpm: true },
      );
      await waitUntilUp(run, port);
      expect(run.output()).toContain('PostgreSQL:              external (DATABASE_URL)');
      expect(run.output()).toContain('Meilisearch:             external (MEILI_URL)');
      const names = descendants(run.child.pid!).map(commandName);
      expect(names).not.toContain('postgres');
      expect(names).not.toContain('meilisearch');
      // Only the launcher's own signing secret is kept; no database or search data.
      expect(readdirSync(dataDir)).toEqual(['jwt-secret']);
      await stopAndExpectNoLeftovers(run);
    } finally {
      await external.stop();
      rmSync(external.dataDir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses to start with a clear message when the port is already in use, starting nothing', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const dataDir = makeTempDataDir('scenebridge-launch-busy-');
    try {
      const run = launch({ DATA_DIR: dataDir, PORT: String(port) });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Port ${port} is already in use`);
      expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false);
    } finally {
      blocker.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/** The embedded database URL: port from the launcher's banner, password from the data folder. */
function embeddedDatabaseUrl(output: string, dataDir: string): string {
  const port = /PostgreSQL:\s+embedded, 127\.0\.0\.1:(\d+)/.exec(output)?.[1];
  if (!port) throw new Error(`No embedded PostgreSQL in the banner:\n${output}`);
  const password = readFileSync(path.join(dataDir, 'postgres-password'), 'utf8').trim();
  return `postgres://postgres:${password}@127.0.0.1:${port}/scenebridge`;
}
