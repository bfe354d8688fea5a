import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@scenebridge/local/spawn';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const API_MAIN = path.join(REPO_ROOT, 'api', 'dist', 'main.js');
export const WEB_DIST = path.join(REPO_ROOT, 'web', 'dist');
/** The platform admin of the shared end-to-end product. */
export const E2E_ADMIN = { email: 'admin@e2e.scenebridge.local', password: 'E2E-Admin-Password-1' };

export const LAUNCHER = path.join(REPO_ROOT, 'infra', 'local', 'dist', 'start.js');

export interface RunningApi {
  baseUrl: string;
  process: ChildProcess;
  output: () => string;
  /** File that receives everything the API prints (for suites in other processes). */
  logFile: string;
  stop(): Promise<void>;
}

/** Starts the built API (node api/dist/main.js, as in production) and waits until it is healthy. */
export async function startApi(env: Record<string, string>): Promise<RunningApi> {
  if (!existsSync(API_MAIN) || !existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error('The API or web app is not built; run "npm run build" first.');
  }
  const port = await freePort();
  const logFile = path.join(mkdtempSync(path.join(tmpdir(), 'scenebridge-api-log-')), 'api.log');
  const log = createWriteStream(logFile);
  let output = '';
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_DIST_DIR: WEB_DIST,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      JWT_SECRET: randomBytes(32).toString('hex'),
      PUBLIC_URL: `http://localhost:${port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const capture = (chunk: Buffer) => {
    output += chunk.toString();
    log.write(chunk);
  };
  child.stdout!.on('data', capture);
  child.stderr!.on('data', capture);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://localhost:${port}`;
  await waitForHealth(
    baseUrl,
    60_000,
    () => child.exitCode !== null,
    () => output,
  );
  return {
    baseUrl,
    process: child,
    output: () => output,
    logFile,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      log.end();
    },
  };
}

/** Polls GET /api/v1/health until 200; fails early if `dead()` says the process is gone. */
export async function waitForHealth(baseUrl: string, timeoutMs: number, dead: () => boolean, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (dead()) throw new Error(`The process exited before becoming healthy:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Not healthy after ${timeoutMs} ms:\n${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
